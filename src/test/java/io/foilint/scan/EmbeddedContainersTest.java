package io.foilint.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.FoiLint;
import io.foilint.detect.Finding;
import io.foilint.detect.Severity;
import io.foilint.fixtures.FixtureAccess;
import io.foilint.source.RawZip;
import io.foilint.verdict.Verdict;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a document carries inside it is read like a file given on its own: a zip attached to a
 * PDF is opened as a bundle (each entry read, an entry no decoder here can read BLOCK on its own),
 * and an embedded object of no kind foilint reads is reported as not inspected, not dropped.
 */
class EmbeddedContainersTest {

  @TempDir Path dir;

  @Test
  void aZipAttachedToAPdfIsOpenedAndEachWorkbookInItRead() throws Exception {
    FileReport r = scan("letter.pdf", FixtureAccess.pdfWithAttachment("annexes.zip", "application/zip",
        zipOf("annex-a.xlsx", FixtureAccess.hiddenSheetWorkbook())));
    assertThat(r.verdict()).isEqualTo(Verdict.BLOCK);
    assertThat(r.findings()).as(r.findings().toString()).anySatisfy(f -> {
      assertThat(f.rule()).isEqualTo("hidden-sheet");
      assertThat(f.severity()).isEqualTo(Severity.BLOCK);
      assertThat(f.location().container()).isEqualTo("annexes.zip!/annex-a.xlsx");
    });
  }

  @Test
  void anUndecodableEntryOfAnAttachedZipIsBlockedOnItsOwnAndTheRestIsRead() throws Exception {
    RawZip z = new RawZip();
    z.add("annex-a.xlsx", FixtureAccess.hiddenSheetWorkbook());
    z.add("annex-b.csv", "Surname,Staff number\r\n".getBytes(StandardCharsets.UTF_8)).method(93);
    FileReport r = scan("letter.pdf", FixtureAccess.pdfWithAttachment("annexes.zip", "application/zip", z.bytes()));
    assertThat(r.findings()).as(r.findings().toString()).anySatisfy(f -> {
      assertThat(f.rule()).isEqualTo("unreadable-file");
      assertThat(f.location().container()).isEqualTo("annexes.zip!/annex-b.csv");
      assertThat(f.message()).contains("zstd (method 93)");
    });
    assertThat(r.findings()).anySatisfy(f -> {
      assertThat(f.rule()).isEqualTo("hidden-sheet");
      assertThat(f.location().container()).isEqualTo("annexes.zip!/annex-a.xlsx");
    });
  }

  @Test
  void anAttachedZipWhoseDirectoriesDisagreeIsBlockedAsAWhole() throws Exception {
    RawZip z = new RawZip();
    z.add("annex-a.csv", "Ward,Count\r\nNorth,12\r\n");
    z.add("staff.csv", "Surname,Staff number\r\n").hidden(); // local header only
    FileReport r = scan("letter.pdf", FixtureAccess.pdfWithAttachment("annexes.zip", "application/zip", z.bytes()));
    assertThat(r.verdict()).isEqualTo(Verdict.BLOCK);
    assertThat(r.findings()).anySatisfy(f -> {
      assertThat(f.rule()).isEqualTo("unreadable-file");
      assertThat(f.location().container()).isEqualTo("annexes.zip");
    });
  }

  @Test
  void anAttachmentOfNoKnownKindIsReportedAsNotInspected() throws Exception {
    byte[] noise = new byte[4096];
    new Random(7).nextBytes(noise);
    noise[0] = 0x01; // not a picture or container signature
    noise[1] = 0x7F;
    FileReport r = scan("letter.pdf", FixtureAccess.pdfWithAttachment("data.bin", "application/octet-stream", noise));
    List<Finding> notRead = r.findings().stream().filter(f -> f.rule().equals("uninspected-part")).toList();
    assertThat(notRead).as(r.findings().toString()).anySatisfy(f -> {
      assertThat(f.severity()).isEqualTo(Severity.REVIEW);
      assertThat(f.message()).contains("4,096 bytes").contains("binary data of unknown kind");
    });
    assertThat(r.verdict()).isNotEqualTo(Verdict.PASS);
  }

  @Test
  void aPictureAttachmentAddsNoNotInspectedFinding() throws Exception {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    FileReport r = scan("letter.pdf", FixtureAccess.pdfWithAttachment("photo.png", "image/png", png));
    assertThat(r.findings()).noneMatch(f -> f.rule().equals("uninspected-part"));
    assertThat(r.findings()).anyMatch(f -> f.rule().equals("embedded-objects"));
  }

  @Test
  void aWorkbookDecryptedFromExcelsDefaultPasswordGoesThroughTheSameZipChecks() throws Exception {
    RawZip z = ZipIntegrityScanTest.xlsx(FixtureAccess.hiddenSheetWorkbook());
    z.add("xl/staff.csv", "Surname,Staff number\r\n").hidden(); // a local header no directory lists
    FileReport r = scan("headcount.xlsx", FixtureAccess.withExcelDefaultPassword(z.bytes()));
    assertThat(r.verdict()).isEqualTo(Verdict.BLOCK);
    assertThat(r.findings()).as(r.findings().toString()).anySatisfy(f -> {
      assertThat(f.rule()).isEqualTo("unreadable-file");
      assertThat(f.message()).contains("xl/staff.csv");
    });
    // the same package, intact, is read (so the block above comes from the zip check)
    FileReport intact = scan("intact.xlsx",
        FixtureAccess.withExcelDefaultPassword(FixtureAccess.hiddenSheetWorkbook()));
    assertThat(intact.findings()).noneMatch(f -> f.rule().equals("unreadable-file"));
    assertThat(intact.findings()).anyMatch(f -> f.rule().equals("hidden-sheet"));
  }

  private FileReport scan(String name, byte[] bytes) throws Exception {
    Path p = dir.resolve(name);
    Files.write(p, bytes);
    List<FileReport> files = FoiLint.check(p).files();
    assertThat(files).hasSize(1);
    return files.get(0);
  }

  private static byte[] zipOf(String name, byte[] data) {
    RawZip z = new RawZip();
    z.add(name, data);
    return z.bytes();
  }
}
