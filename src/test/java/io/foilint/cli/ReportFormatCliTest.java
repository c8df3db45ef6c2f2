package io.foilint.cli;

import static io.foilint.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.foilint.cli.CliTest.Run;
import io.foilint.report.Rfc4180;
import io.foilint.report.SarifSchema;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --format sarif|html|csv} end to end: the same exit codes as text and JSON, and output
 * that parses. The workbook hides a sheet named {@code <script>}, which every format must carry
 * safely.
 */
class ReportFormatCliTest {

  private static final String CLEAN = "test-fixtures/xlsx/clean-aggregate-rank-by-district.xlsx";
  private static final String LOCATION = "'<script>'!A1:C41";

  @TempDir Path dir;
  private Path hostile;

  @BeforeEach
  void hiddenSheetNamedScript() throws Exception {
    hostile = dir.resolve("answer <Q3>.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(hostile)) {
      Sheet visible = wb.createSheet("Summary");
      visible.createRow(0).createCell(0).setCellValue("Headcount");
      Sheet hidden = wb.createSheet("<script>");
      Row header = hidden.createRow(0);
      header.createCell(0).setCellValue("Surname");
      header.createCell(1).setCellValue("Rank");
      header.createCell(2).setCellValue("Staff number");
      for (int r = 1; r <= 40; r++) {
        Row row = hidden.createRow(r);
        row.createCell(0).setCellValue("Quenby" + r);
        row.createCell(1).setCellValue("Constable");
        row.createCell(2).setCellValue("FX" + (100000 + r));
      }
      wb.setSheetHidden(1, true);
      wb.write(out);
    }
  }

  @Test
  void sarifIsValidAgainstTheSchemaAndExitCodesAreUnchanged() throws Exception {
    Run r = run("scan", "--format", "sarif", hostile.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(SarifSchema.violations(r.out())).isEmpty();
    JsonNode run = new ObjectMapper().readTree(r.out()).at("/runs/0");
    assertThat(run.at("/tool/driver/name").asText()).isEqualTo("foilint");
    assertThat(run.at("/properties/verdict").asText()).isEqualTo("BLOCK");
    JsonNode result = run.at("/results/0");
    assertThat(result.at("/ruleId").asText()).isEqualTo("hidden-sheet");
    assertThat(result.at("/level").asText()).isEqualTo("error");
    assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
        .endsWith("answer%20%3CQ3%3E.xlsx");
    assertThat(result.at("/locations/0/logicalLocations/0/fullyQualifiedName").asText()).isEqualTo(LOCATION);

    Run clean = run("scan", "--format", "sarif", CLEAN);
    assertThat(clean.exit()).isZero();
    assertThat(SarifSchema.violations(clean.out())).isEmpty();
  }

  @Test
  void htmlEscapesTheSheetNameAndThePath() throws Exception {
    Run r = run("scan", "--format", "html", hostile.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).startsWith("<!DOCTYPE html>")
        .contains("<code>&#39;&lt;script&gt;&#39;!A1:C41</code>")
        .contains("answer &lt;Q3&gt;.xlsx")
        .doesNotContain("<script").doesNotContain("<Q3>");
    assertThat(run("scan", "--format", "html", CLEAN).exit()).isZero();
  }

  @Test
  void csvRoundTripsThroughAStrictParser() throws Exception {
    Run r = run("scan", "--format", "csv", hostile.toString());
    assertThat(r.exit()).isEqualTo(1);
    List<List<String>> rows = Rfc4180.parse(r.out());
    assertThat(rows.get(0)).containsExactly("path", "file_verdict", "rule", "severity", "location", "message",
        "evidence", "fix", "about");
    List<String> hiddenSheet = rows.stream().filter(row -> row.get(2).equals("hidden-sheet")).findFirst().orElseThrow();
    assertThat(hiddenSheet.get(0)).endsWith("answer <Q3>.xlsx");
    assertThat(hiddenSheet.subList(1, 5)).containsExactly("BLOCK", "hidden-sheet", "block", LOCATION);
    assertThat(rows).allSatisfy(row -> assertThat(row).hasSize(9));

    Run clean = run("scan", "--format", "csv", CLEAN);
    assertThat(clean.exit()).isZero();
    assertThat(Rfc4180.parse(clean.out())).hasSizeGreaterThan(1).allSatisfy(row -> assertThat(row).hasSize(9));
  }

  @Test
  void failOnReviewStillAppliesToTheNewFormats() throws Exception {
    Path review = Path.of("test-fixtures/xlsx/custom-xml-part.xlsx"); // REVIEW in the manifest
    for (String format : List.of("sarif", "html", "csv")) {
      assertThat(run("scan", "--format", format, review.toString()).exit()).as(format).isZero();
      assertThat(run("scan", "--format", format, "--fail-on", "review", review.toString()).exit()).as(format).isEqualTo(1);
    }
  }

  @Test
  void unknownFormatIsAUsageError() {
    Run r = run("scan", "--format", "pdf", CLEAN);
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("sarif").contains("html").contains("csv");
  }
}
