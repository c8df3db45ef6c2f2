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

  @Test
  void severalFormatsAtOnceGoToAnOutputDirAsUtf8Files() throws Exception {
    Path out = dir.resolve("reports");
    Run r = run("scan", "--format", "html,json,csv-summary,sarif,jsonl", "--output-dir", out.toString(),
        "--output-name", "bundle-7", hostile.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    try (java.util.stream.Stream<Path> s = Files.list(out)) {
      assertThat(s.map(p -> p.getFileName().toString()).sorted()).containsExactly(
          "bundle-7.html", "bundle-7.json", "bundle-7.jsonl", "bundle-7.sarif", "bundle-7.summary.csv");
    }
    com.fasterxml.jackson.databind.JsonNode json =
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(Files.readString(out.resolve("bundle-7.json")));
    assertThat(json.at("/schemaVersion").asText()).isEqualTo("1.0");
    assertThat(json.at("/run/inputs/0").asText()).isEqualTo(hostile.toString());
    assertThat(json.at("/run/durationMs").asLong()).isNotNegative();
    // the JSON-lines file holds exactly the JSON report's files, one a line
    List<String> lines = Files.readAllLines(out.resolve("bundle-7.jsonl"), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(lines).hasSize(json.get("files").size());
    byte[] summary = Files.readAllBytes(out.resolve("bundle-7.summary.csv"));
    assertThat(summary).startsWith(0xEF, 0xBB, 0xBF); // UTF-8 byte-order mark
    assertThat(Files.readString(out.resolve("bundle-7.html"), java.nio.charset.StandardCharsets.UTF_8)).contains("<html");
  }

  @Test
  void severalFormatsWithoutAnOutputDirAreAUsageError() throws Exception {
    Run r = run("scan", "--format", "html,json", hostile.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("need --output-dir");
    assertThat(run("scan", "--format", "json,json", "--output-dir", dir.toString(), hostile.toString()).err())
        .contains("names a format twice");
    assertThat(run("scan", "--format", "pdf", hostile.toString()).err()).contains("'pdf' is not a report format");
    assertThat(run("scan", "--docs-url", "docs/rules", "--format", "sarif", hostile.toString()).exit()).isEqualTo(2);
  }

  @Test
  void outputFileIsUtf8AndDocsUrlSetsSarifHelpUri() throws Exception {
    Path sarif = dir.resolve("r.sarif");
    Run r = run("scan", "--format", "sarif", "--docs-url", "https://example.org/rules/", "--output", sarif.toString(),
        hostile.toString());
    assertThat(r.exit()).isEqualTo(1);
    String text = new String(Files.readAllBytes(sarif), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(text).contains("\"helpUri\" : \"https://example.org/rules/hidden-sheet.md\"");
    // a dash in the rules' help survives as UTF-8 whatever the platform charset
    assertThat(text).contains("—");
  }
}
