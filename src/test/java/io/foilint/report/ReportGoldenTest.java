package io.foilint.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.extract.Limits;
import io.foilint.scan.ScanEngine;
import io.foilint.scan.ScanReport;
import io.foilint.verdict.Policy;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden reports (PMD's renderer-test pattern): selected fixtures rendered in every format must
 * match the committed files in src/test/resources/golden after the version is normalised (and line
 * ends, so the CSV goldens hold LF where the report writes CRLF). SARIF goldens must also pass the
 * official SARIF 2.1.0 schema.
 * Regenerate with {@code mvn test -Dtest=ReportGoldenTest -Dgolden.update=true} and review the
 * diff.
 */
class ReportGoldenTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden");

  static List<String> fixtures() {
    return List.of(
        "xlsx/hidden-sheet-staff-list.xlsx",
        "xlsx/pivot-cache-source-sheet-deleted.xlsx",
        "xlsx/document-properties-people.xlsx",
        "xlsx/clean-aggregate-rank-by-district.xlsx",
        "xlsx/corrupt-garbage.xlsx",
        "xls/hidden-rows-records.xls",
        "ods/annotation-author.ods",
        "csv/injection-formulas.csv",
        "bundle/nested-zip.zip",
        "pdf/text-under-black-boxes.pdf",
        "pdf/attached-staff-workbook.pdf",
        "pdf/earlier-revision-names.pdf",
        "xlsx/sheet-names-people.xlsx",
        "bundle/entry-names-escapes.zip",
        "pdf/names-layer-attachment-field.pdf",
        // a plain-text file: its findings are lines of the file, so SARIF gives them a region
        "text/covering-letter-ni-number.txt");
  }

  /**
   * The run header of every golden: a fixed clock (start 2026-01-01T00:00:00Z, 1,234 ms) and a
   * fixed rules version, so no golden depends on the time of day or on a detector's bytes.
   */
  static ScanReport.Run fixedRun(String fixture) {
    Instant start = Instant.parse("2026-01-01T00:00:00Z");
    Clock end = Clock.fixed(start.plusMillis(1234), ZoneOffset.UTC);
    return ScanReport.Run.ended("VERSION+000000000000", start, end, List.of("test-fixtures/" + fixture));
  }

  static String render(Reporter reporter, String fixture) throws IOException {
    ScanReport report =
        new ScanReport(
            "VERSION",
            new ScanEngine(Limits.DEFAULT, Policy.DEFAULT).scan(List.of(Path.of("test-fixtures", fixture))),
            fixedRun(fixture));
    StringWriter out = new StringWriter();
    reporter.write(report, out);
    return out.toString().replace("\r\n", "\n");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void textReportMatchesGolden(String fixture) throws IOException {
    check(fixture, ".txt", render(new TextReporter(), fixture));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void jsonReportMatchesGolden(String fixture) throws IOException {
    check(fixture, ".json", render(new JsonReporter(), fixture));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void sarifReportMatchesGoldenAndSchema(String fixture) throws IOException {
    String sarif = render(new SarifReporter(), fixture);
    // the rules' help comes from docs/rules in the jar: a missing page would fall back silently
    assertThat(sarif).contains("\"markdown\" : \"# ").contains("\"helpUri\" : \"https://");
    assertThat(SarifSchema.violations(sarif)).as("SARIF 2.1.0 schema violations").isEmpty();
    check(fixture, ".sarif.json", sarif);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void htmlReportMatchesGolden(String fixture) throws IOException {
    check(fixture, ".html", render(new HtmlReporter(), fixture));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void csvReportMatchesGolden(String fixture) throws IOException {
    check(fixture, ".csv", render(new CsvReporter(), fixture));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void csvSummaryReportMatchesGolden(String fixture) throws IOException {
    check(fixture, ".summary.csv", render(new CsvSummaryReporter(), fixture));
  }

  private static void check(String fixture, String ext, String actual) throws IOException {
    Path golden = GOLDEN.resolve(fixture.replace('/', '_') + ext);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertThat(golden).as("golden file (create with -Dgolden.update=true)").exists();
    assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}
