package io.foilint.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.extract.ExtractionContext;
import io.foilint.model.Location;
import io.foilint.model.TextBlock;
import io.foilint.model.TextKind;
import io.foilint.model.Visibility;
import io.foilint.testing.RecordingHandler;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlainTextExtractorTest {

  @TempDir Path dir;

  private RecordingHandler extract(byte[] bytes) throws Exception {
    Path f = Files.write(dir.resolve("t.txt"), bytes);
    RecordingHandler h = new RecordingHandler();
    new PlainTextExtractor().extract(f, ExtractionContext.standalone(), h);
    return h;
  }

  @Test
  void paragraphsAreVisibleBodyTextLocatedByTheirFirstLine() throws Exception {
    String letter = "Dear Ms Quenby,\r\n\r\nThank you for your request.\r\nWe hold the figures.\r\n\r\n\r\n"
        + "Yours sincerely,\r\nAled Hartwell\r\n";
    RecordingHandler h = extract(letter.getBytes(StandardCharsets.UTF_8));
    assertThat(h.texts).extracting(TextBlock::text).containsExactly(
        "Dear Ms Quenby,", "Thank you for your request.\nWe hold the figures.",
        "Yours sincerely,\nAled Hartwell");
    assertThat(h.texts).extracting(TextBlock::location).containsExactly(
        Location.of("line 1"), Location.of("line 3"), Location.of("line 7"));
    assertThat(h.texts).allMatch(t -> t.kind() == TextKind.BODY && t.visibility() == Visibility.VISIBLE);
    assertThat(h.tables).isEmpty();
    assertThat(h.facts).isEmpty();
  }

  @Test
  void blocksAreBoundedWhateverTheFileHolds() throws Exception {
    String oneLongLine = "word ".repeat(5000);
    String manyLines = "a short line of text\n".repeat(2000);
    RecordingHandler h = extract((oneLongLine + "\n" + manyLines).getBytes(StandardCharsets.UTF_8));
    assertThat(h.texts).allMatch(t -> t.text().length() <= BlockWriter.MAX_BLOCK);
    assertThat(String.join(" ", h.texts.stream().map(TextBlock::text).toList()).split("word", -1))
        .hasSize(5001); // no word lost at a cut
    assertThat(h.texts.get(h.texts.size() - 1).location().place()).startsWith("line ");
  }

  @Test
  void utf16AndUtf32TextIsDecoded() throws Exception {
    for (Charset cs : new Charset[] {StandardCharsets.UTF_16LE, Charset.forName("UTF-32BE")}) {
      RecordingHandler h = extract("Caf\u00e9 notes\nfrom Northmere\n".getBytes(cs));
      assertThat(h.texts).extracting(TextBlock::text).containsExactly("Caf\u00e9 notes\nfrom Northmere");
    }
  }

  @Test
  void invalidBytesAreReported() throws Exception {
    byte[] text = "Notes from the meeting \u00e9t\u00e9\n".getBytes(StandardCharsets.UTF_8);
    byte[] bad = new byte[text.length + 2];
    System.arraycopy(text, 0, bad, 0, text.length);
    bad[text.length] = (byte) 0x81; // undefined in Windows-1252, the fallback for invalid UTF-8
    bad[text.length + 1] = '\n';
    RecordingHandler h = extract(bad);
    assertThat(h.facts).singleElement().satisfies(f -> {
      assertThat(f.flag("sentence")).isTrue();
      assertThat(f.value()).contains("1 byte sequence is not valid windows-1252");
    });
  }
}
