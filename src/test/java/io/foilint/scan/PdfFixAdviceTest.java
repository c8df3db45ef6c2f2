package io.foilint.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.FoiLint;
import io.foilint.detect.BuiltInDetectors;
import io.foilint.detect.Finding;
import io.foilint.detect.RuleInfo;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Findings in a PDF carry the rule's PDF fix, findings in an OpenDocument spreadsheet LibreOffice's;
 * findings in a workbook attached to a PDF keep the spreadsheet fix.
 */
class PdfFixAdviceTest {

  private static RuleInfo rule(String id) {
    return BuiltInDetectors.rules().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
  }

  private static List<Finding> findings(String fixture) throws Exception {
    return FoiLint.check(Path.of("test-fixtures", fixture)).files().get(0).findings();
  }

  @Test
  void aPdfsOwnFindingsGetThePdfFix() throws Exception {
    Finding properties = findings("pdf/metadata-author-and-path.pdf").stream()
        .filter(f -> f.rule().equals("document-properties")).findFirst().orElseThrow();

    assertThat(properties.fix()).isEqualTo(rule("document-properties").pdfFix()).contains("Acrobat");
  }

  @Test
  void aWorkbookAttachedToAPdfKeepsTheSpreadsheetFix() throws Exception {
    List<Finding> all = findings("pdf/attached-staff-workbook.pdf");
    Finding hiddenSheet = all.stream().filter(f -> f.rule().equals("hidden-sheet")).findFirst().orElseThrow();
    Finding attachment = all.stream().filter(f -> f.rule().equals("embedded-objects")).findFirst().orElseThrow();

    assertThat(hiddenSheet.fix()).isEqualTo(rule("hidden-sheet").fix());
    assertThat(attachment.fix()).isEqualTo(rule("embedded-objects").pdfFix()).contains("attachments pane");
  }

  @Test
  void anOpenDocumentSpreadsheetGetsLibreOfficeAdviceNotExcelMenus() throws Exception {
    List<Finding> all = findings("ods/meta-creator.ods");
    Finding properties = all.stream().filter(f -> f.rule().equals("document-properties")).findFirst().orElseThrow();

    assertThat(properties.fix()).isEqualTo(rule("document-properties").odsFix())
        .contains("Reset Properties", "Remove personal information on saving").doesNotContain("File > Info");
    assertThat(properties.message()).doesNotContain("File > Info");
    Finding hidden = findings("ods/hidden-sheet-staff-list.ods").stream()
        .filter(f -> f.rule().equals("hidden-sheet")).findFirst().orElseThrow();
    assertThat(hidden.fix()).isEqualTo(rule("hidden-sheet").odsFix()).contains("Sheet > Show Sheet");
  }

  @Test
  void aWorkbooksFindingsKeepTheGeneralFix() throws Exception {
    Finding properties = findings("xlsx/document-properties-people.xlsx").stream()
        .filter(f -> f.rule().equals("document-properties")).findFirst().orElseThrow();

    assertThat(properties.fix()).isEqualTo(rule("document-properties").fix());
  }
}
