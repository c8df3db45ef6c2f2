package io.foilint.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.FoiLint;
import io.foilint.detect.Severity;
import io.foilint.extract.Limits;
import io.foilint.fixtures.MsgWriter;
import io.foilint.model.FileType;
import io.foilint.verdict.Policy;
import io.foilint.verdict.Verdict;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * E-mails through the whole engine: attachments and attached messages go through the one
 * recursion (inner paths, depth limit, outermost verdict the worst of its parts).
 */
class MailScanTest {

  @TempDir Path dir;

  private static FileReport scan(Path file) throws Exception {
    return FoiLint.check(file).files().get(0);
  }

  @Test
  void aNestedMessagesWorkbookIsLocatedByItsFullInnerPath() throws Exception {
    FileReport r = scan(Path.of("test-fixtures", "mail", "forward-of-reply.eml"));
    assertThat(r.type()).isEqualTo(FileType.EML);
    assertThat(r.verdict()).isEqualTo(Verdict.BLOCK);
    assertThat(r.findings()).anySatisfy(f -> {
      assertThat(f.rule()).isEqualTo("hidden-sheet");
      assertThat(f.location().container()).isEqualTo("attachment 1!/attachment 1: headcount.xlsx");
      assertThat(f.location().place()).isEqualTo("Data");
    });
  }

  @Test
  void messagesNestedBeyondTheDepthLimitAreBlockedNotFollowed() throws Exception {
    String inner = "From: a@north.example.invalid\r\nTo: b@north.example.invalid\r\nSubject: s\r\n\r\nhi\r\n";
    for (int i = 0; i < 8; i++) {
      inner = "From: a@north.example.invalid\r\nTo: b@north.example.invalid\r\nSubject: s" + i
          + "\r\nMIME-Version: 1.0\r\nContent-Type: message/rfc822\r\n\r\n" + inner;
    }
    Path f = Files.writeString(dir.resolve("deep.eml"), inner, StandardCharsets.UTF_8);
    FileReport r = scan(f);
    assertThat(r.verdict()).isEqualTo(Verdict.BLOCK);
    assertThat(r.findings()).anySatisfy(x -> {
      assertThat(x.rule()).isEqualTo("limit-exceeded");
      assertThat(x.message()).contains("nested more than");
    });
  }

  @Test
  void anOutlookMessageToAMemberOfThePublicIsReviewAndItsCleanAttachmentPasses() throws Exception {
    byte[] msg = new MsgWriter("FOI Unit", "foi@northmere.police.uk", "Your request",
        "Dear requester, the figures are attached.\r\n")
        .recipient("Grace Pellow", "grace.pellow@gmail.com", 1)
        .attachment("figures.csv", "Ward,Count\r\nNorth,120\r\nSouth,98\r\n".getBytes(StandardCharsets.UTF_8))
        .toBytes();
    FileReport r = scan(Files.write(dir.resolve("reply.msg"), msg));
    assertThat(r.type()).isEqualTo(FileType.MSG);
    assertThat(r.verdict()).as(r.findings().toString()).isEqualTo(Verdict.REVIEW);
    assertThat(r.findings()).filteredOn(x -> x.severity() != Severity.INFO)
        .extracting(x -> x.rule()).containsExactly("email-recipients");
  }

  @Test
  void anUnreadableMessageIsBlockedNeverPassed() throws Exception {
    byte[] msg = new MsgWriter("A", "a@north.example.invalid", "s", "b").toBytes();
    Path f = Files.write(dir.resolve("cut.msg"), java.util.Arrays.copyOf(msg, msg.length / 3));
    FileReport r = scan(f);
    assertThat(r.verdict()).isEqualTo(Verdict.BLOCK);
  }

  @Test
  void attachmentsOverTheTotalForOneFileAreBlockedNamingTheTotal() throws Exception {
    // three 44 kB attachments under a 100 kB total: the third is over it, the first two are read
    StringBuilder eml = new StringBuilder("From: a@north.example.invalid\r\nTo: b@north.example.invalid\r\n"
        + "Subject: s\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\n");
    String figures = "Ward,Count\r\n" + "North,120\r\n".repeat(4_000);
    for (int i = 1; i <= 3; i++) {
      eml.append("--b\r\nContent-Type: text/csv\r\nContent-Disposition: attachment; filename=\"part")
          .append(i).append(".csv\"\r\n\r\n").append(figures);
    }
    eml.append("--b--\r\n");
    Path f = Files.writeString(dir.resolve("many.eml"), eml, StandardCharsets.UTF_8);
    Limits small = new Limits(1L << 30, 20_000, 100_000, 200.0, 5, java.time.Duration.ofMinutes(1));
    FileReport r = new ScanEngine(small, Policy.DEFAULT).scan(List.of(f)).get(0);
    assertThat(r.verdict()).isEqualTo(Verdict.BLOCK);
    assertThat(r.findings()).filteredOn(x -> x.rule().equals("limit-exceeded")).singleElement()
        .satisfies(x -> {
          assertThat(x.message()).contains("together").contains("part3.csv");
          assertThat(x.location().container()).isEqualTo("attachment 3: part3.csv");
        });
  }
}
