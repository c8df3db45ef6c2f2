package io.foilint.extract.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.foilint.extract.EmbeddedRecorder;
import io.foilint.extract.ExtractionException;
import io.foilint.fixtures.MsgWriter;
import io.foilint.model.FactKind;
import io.foilint.model.TextBlock;
import io.foilint.model.TextKind;
import io.foilint.testing.RecordingHandler;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MsgExtractorTest {

  @TempDir Path dir;
  private final EmbeddedRecorder context = new EmbeddedRecorder();
  private final RecordingHandler out = new RecordingHandler();

  @Test
  void senderRecipientsWithTheirTypeSubjectBodyAndAttachments() throws Exception {
    byte[] msg = new MsgWriter("FOI Unit", "foi@north.example.invalid", "Complaint from Mr Pellow",
        "Please see the attached list.\r\n\r\nFOI Unit\r\n")
        .recipient("Grace Pellow", "grace@gmail.com", 1)
        .recipient("Aled Quenby", "aled@north.example.invalid", 2)
        .recipient("Hidden Copy", "hidden@mail.example.invalid", 3)
        .attachment("list.csv", "Name,NI\r\nA,B\r\n".getBytes(StandardCharsets.UTF_8))
        .toBytes();
    Path f = Files.write(dir.resolve("m.msg"), msg);
    new MsgExtractor().extract(f, context, out);
    assertThat(out.facts).filteredOn(x -> x.kind() == FactKind.EMAIL_ADDRESS)
        .extracting(x -> x.attr("role") + "|" + x.attr("name") + "|" + x.attr("address"))
        .containsExactly(
            "from|FOI Unit|foi@north.example.invalid",
            "to|Grace Pellow|grace@gmail.com",
            "cc|Aled Quenby|aled@north.example.invalid",
            "bcc|Hidden Copy|hidden@mail.example.invalid");
    assertThat(out.texts).filteredOn(t -> t.kind() == TextKind.OTHER)
        .extracting(TextBlock::text).containsExactly("Complaint from Mr Pellow");
    assertThat(out.texts).filteredOn(t -> t.kind() == TextKind.BODY)
        .extracting(TextBlock::text).containsExactly("Please see the attached list.", "FOI Unit");
    assertThat(context.embedded.keySet()).containsExactly("attachment 1: list.csv");
    assertThat(new String(context.embedded.get("attachment 1: list.csv"), StandardCharsets.UTF_8))
        .isEqualTo("Name,NI\r\nA,B\r\n");
  }

  @Test
  void aDamagedMessageIsRefused() throws Exception {
    byte[] msg = new MsgWriter("A", "a@b.example.invalid", "s", "b").toBytes();
    byte[] cut = java.util.Arrays.copyOf(msg, 1200);
    Path f = Files.write(dir.resolve("m.msg"), cut);
    assertThatThrownBy(() -> new MsgExtractor().extract(f, context, out))
        .isInstanceOfAny(ExtractionException.class, java.io.IOException.class);
  }

  @Test
  void anEncryptedMessageIsBlockedAsEncrypted() throws Exception {
    byte[] msg = new MsgWriter("A", "a@b.example.invalid", "s", "")
        .messageClass("IPM.Note.SMIME").attachment("smime.p7m", new byte[] {0x30, (byte) 0x82})
        .toBytes();
    Path f = Files.write(dir.resolve("m.msg"), msg);
    assertThatThrownBy(() -> new MsgExtractor().extract(f, context, out))
        .isInstanceOfSatisfying(ExtractionException.class,
            e -> assertThat(e.reason()).isEqualTo(ExtractionException.Reason.ENCRYPTED));
    assertThat(context.embedded).isEmpty();
  }
}
