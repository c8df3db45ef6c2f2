package io.foilint.extract.pdf.tables;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.FoiLint;
import io.foilint.detect.Finding;
import io.foilint.detect.Severity;
import io.foilint.scan.FileReport;
import io.foilint.testing.Findings;
import io.foilint.verdict.Verdict;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tables printed to PDF get the spreadsheet judgements, through the real engine. */
class PdfTableScanTest {

  @TempDir Path dir;

  private static FileReport scan(Path pdf) throws Exception {
    List<FileReport> files = FoiLint.check(pdf).files();
    assertThat(files).hasSize(1);
    return files.get(0);
  }

  private static List<Finding> rule(FileReport r, String id) {
    return r.findings().stream().filter(f -> f.rule().equals(id)).toList();
  }

  @Test
  void aStaffListTableInAPdfIsBlockedAsPersonalData() throws Exception {
    for (PdfTableSamples.Sample s : List.of(
        PdfTableSamples.ruledStaffList(dir.resolve("ruled.pdf")),
        PdfTableSamples.unruledStaffList(dir.resolve("unruled.pdf")))) {
      FileReport r = scan(s.file());

      Finding f = Findings.only(rule(r, "personal-data-table"));
      assertThat(f.severity()).as(s.name()).isEqualTo(Severity.BLOCK);
      assertThat(f.location().place()).isEqualTo("page 1");
      assertThat(f.message()).contains("PDF page table 'page 1 table 1'").contains("8 individuals");
      assertThat(r.verdict()).isEqualTo(Verdict.BLOCK);
      Findings.assertNoneContain(r.findings(), "Anderson", "Fitzpatrick", "Gallagher");
    }
  }

  @Test
  void aCountsByWardTableWithOnesAndTwosNeedsReview() throws Exception {
    for (PdfTableSamples.Sample s : List.of(
        PdfTableSamples.wardCounts(dir.resolve("counts.pdf"), false),
        PdfTableSamples.wardCounts(dir.resolve("counts-ruled.pdf"), true))) {
      FileReport r = scan(s.file());

      assertThat(rule(r, "small-counts")).as(s.name()).isNotEmpty()
          .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.REVIEW));
      assertThat(rule(r, "personal-data-table")).as(s.name()).isEmpty();
    }
  }

  @Test
  void aProseLetterHasNoTableAndNoTableFindings() throws Exception {
    FileReport r = scan(PdfTableSamples.proseOnly(dir.resolve("letter.pdf")).file());

    assertThat(r.findings()).extracting(Finding::rule)
        .doesNotContain("personal-data-table", "small-counts", "reidentification-risk");
  }
}
