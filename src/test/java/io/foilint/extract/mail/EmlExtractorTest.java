package io.foilint.extract.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.foilint.extract.EmbeddedRecorder;
import io.foilint.extract.ExtractionException;
import io.foilint.model.Fact;
import io.foilint.model.FactKind;
import io.foilint.model.TextBlock;
import io.foilint.model.TextKind;
import io.foilint.model.Visibility;
import io.foilint.testing.RecordingHandler;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmlExtractorTest {

  @TempDir Path dir;
  private final EmbeddedRecorder context = new EmbeddedRecorder();
  private final RecordingHandler out = new RecordingHandler();

  private void extract(String eml) throws Exception {
    Path f = Files.writeString(dir.resolve("m.eml"), eml.replace("\n", "\r\n"), StandardCharsets.UTF_8);
    new EmlExtractor().extract(f, context, out);
  }

  private static final String HEADERS = """
      From: FOI Unit <foi@north.example.invalid>
      To: "Pellow, Grace" <grace.pellow@gmail.com>, analyst@north.example.invalid
      Cc: Team: Aled Quenby <aled@north.example.invalid>;
      Bcc: hidden.person@mail.example.invalid
      Reply-To: foi@north.example.invalid
      Subject: =?utf-8?Q?Re:_request_from_Mrs_Pellow?=
      MIME-Version: 1.0
      """;

  @Test
  void headersBecomeAddressFactsAndTheSubjectText() throws Exception {
    extract(HEADERS + "Content-Type: text/plain\n\nDear requester,\n\nRegards\n");
    assertThat(out.facts).filteredOn(f -> f.kind() == FactKind.EMAIL_ADDRESS)
        .extracting(f -> f.attr("role") + "|" + f.attr("name") + "|" + f.attr("address"))
        .containsExactly(
            "from|FOI Unit|foi@north.example.invalid",
            "to|Pellow, Grace|grace.pellow@gmail.com",
            "to||analyst@north.example.invalid",
            "cc|Aled Quenby|aled@north.example.invalid",
            "bcc||hidden.person@mail.example.invalid",
            "reply-to||foi@north.example.invalid");
    assertThat(out.texts).filteredOn(t -> t.kind() == TextKind.OTHER)
        .extracting(TextBlock::text).containsExactly("Re: request from Mrs Pellow");
    assertThat(out.texts).filteredOn(t -> t.kind() == TextKind.BODY)
        .extracting(TextBlock::text).containsExactly("Dear requester,", "Regards");
    assertThat(out.texts).allMatch(t -> t.visibility() == Visibility.VISIBLE);
    assertThat(context.embedded).isEmpty();
  }

  @Test
  void plainTextIsPreferredToItsHtmlAlternativeAndAttachmentsGoToTheEngine() throws Exception {
    String csv = Base64.getEncoder().encodeToString("Name,NI\nA,B\n".getBytes(StandardCharsets.UTF_8));
    extract(HEADERS + """
        Content-Type: multipart/mixed; boundary="M"

        --M
        Content-Type: multipart/alternative; boundary="A"

        --A
        Content-Type: text/plain; charset=utf-8

        Plain words
        --A
        Content-Type: text/html; charset=utf-8

        <p>Html words</p>
        --A--
        --M
        Content-Type: text/csv; name="staff.csv"
        Content-Disposition: attachment; filename="staff.csv"
        Content-Transfer-Encoding: base64

        """ + csv + """

        --M
        Content-Type: message/rfc822

        From: a@north.example.invalid
        Subject: inner

        inner body
        --M
        Content-Type: text/plain; charset=utf-8
        Content-Disposition: attachment; filename="C:\\\\Users\\\\jo\\\\notes!.txt"

        attached notes
        --M--
        """);
    assertThat(out.texts).filteredOn(t -> t.kind() == TextKind.BODY)
        .extracting(TextBlock::text).containsExactly("Plain words");
    assertThat(context.embedded.keySet()).containsExactly(
        "attachment 1: staff.csv", "attachment 2", "attachment 3: notes.txt");
    assertThat(new String(context.embedded.get("attachment 1: staff.csv"), StandardCharsets.UTF_8))
        .isEqualTo("Name,NI\nA,B\n".replace("\n", "\r\n").replace("\r\n", "\n"));
    assertThat(new String(context.embedded.get("attachment 2"), StandardCharsets.UTF_8))
        .contains("Subject: inner").contains("inner body");
  }

  @Test
  void anHtmlOnlyBodyIsReadAsAWebPage() throws Exception {
    extract(HEADERS + """
        Content-Type: text/html; charset=utf-8

        <html><head><title>T</title><script>var secret = 1;</script></head>
        <body><p>First paragraph</p><p>Second one</p></body></html>
        """);
    assertThat(out.texts).filteredOn(t -> t.kind() == TextKind.BODY)
        .extracting(TextBlock::text).containsExactly("First paragraph", "Second one");
    assertThat(out.texts).filteredOn(t -> t.kind() == TextKind.BODY)
        .allMatch(t -> t.location().place().equals("message body"));
  }

  @Test
  void theDeadlineStopsTheMessage() {
    context.timeUp = true;
    assertThatThrownBy(() -> extract(HEADERS + "\nbody\n"))
        .isInstanceOfSatisfying(ExtractionException.class,
            e -> assertThat(e.reason()).isEqualTo(ExtractionException.Reason.TIMEOUT));
  }

  @Test
  void tooManyHeaderFieldsAreRefusedNotRead() {
    String many = "X-Filler: 1\n".repeat(10_001);
    assertThatThrownBy(() -> extract("From: a@b.example.invalid\n" + many + "\nbody\n"))
        .isInstanceOf(ExtractionException.class);
  }

  @Test
  void factsCarryAReadableValue() throws Exception {
    extract(HEADERS + "\nx\n");
    Fact first = out.facts.get(0);
    assertThat(first.value()).isEqualTo("FOI Unit <foi@north.example.invalid>");
    assertThat(first.location().place()).isEqualTo("message headers");
  }

  @Test
  void anEncryptedMessageIsBlockedAsEncryptedAndASignedOneIsRead() throws Exception {
    assertThatThrownBy(() -> extract(HEADERS + """
        Content-Type: application/pkcs7-mime; smime-type=enveloped-data; name=smime.p7m
        Content-Transfer-Encoding: base64

        MIAGCSqGSIb3DQEHA6CAMIACAQAxggFr
        """))
        .isInstanceOfSatisfying(ExtractionException.class,
            e -> assertThat(e.reason()).isEqualTo(ExtractionException.Reason.ENCRYPTED));
    extract(HEADERS + """
        Content-Type: multipart/signed; protocol="application/pkcs7-signature"; boundary="S"

        --S
        Content-Type: text/plain

        Signed words
        --S
        Content-Type: application/pkcs7-signature; name=smime.p7s
        Content-Disposition: attachment; filename=smime.p7s
        Content-Transfer-Encoding: base64

        MIAGCSqGSIb3DQEHAqCAMIACAQEx
        --S--
        """);
    assertThat(out.texts).extracting(TextBlock::text).contains("Signed words");
    assertThat(context.embedded).isEmpty(); // a signature is not an attachment anyone reads
  }
}
