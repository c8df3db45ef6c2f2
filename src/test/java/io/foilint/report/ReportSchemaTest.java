package io.foilint.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.detect.Finding;
import io.foilint.detect.Severity;
import io.foilint.model.FileType;
import io.foilint.model.Location;
import io.foilint.scan.FileReport;
import io.foilint.scan.ScanReport;
import io.foilint.verdict.Verdict;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every JSON the tests pin down keeps the contract of docs/report.schema.json. */
class ReportSchemaTest {

  static Stream<Path> goldenJson() throws IOException {
    try (Stream<Path> s = Files.list(Path.of("src/test/resources/golden"))) {
      List<Path> all = s.filter(p -> p.toString().endsWith(".json") && !p.toString().endsWith(".sarif.json"))
          .sorted().toList();
      return all.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenJson")
  void everyGoldenJsonReportValidates(Path golden) throws IOException {
    assertThat(ReportSchema.reportViolations(Files.readString(golden))).isEmpty();
  }

  @Test
  void theGoldensAreThere() throws IOException {
    assertThat(goldenJson().count()).isEqualTo(ReportGoldenTest.fixtures().size());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.foilint.report.ReportGoldenTest#fixtures")
  void everyJsonLinesLineValidatesAsAFileEntry(String fixture) throws IOException {
    String lines = ReportGoldenTest.render(new JsonLinesReporter(), fixture);
    assertThat(lines.lines()).isNotEmpty();
    for (String line : lines.lines().toList()) {
      assertThat(ReportSchema.fileViolations(line)).as(line).isEmpty();
    }
  }

  /** A waived finding, a box, a run without a clock: the parts no fixture golden shows. */
  @Test
  void waivedFindingsAndTypedLocationsValidate() throws IOException {
    Finding waived = new Finding("hidden-sheet", Severity.INFO, Location.of("Staff", "A1:C9"), "Waived", "", "",
        new Finding.Waiver("published list", "A. Officer"));
    Finding box = new Finding("text-under-box", Severity.BLOCK, Location.of("page 2", "box at 72,540 (150x14 pt)"),
        "Text under a box", "J*** S****", "");
    FileReport f = new FileReport("a.xlsx", FileType.XLSX, Verdict.BLOCK, List.of(box, waived), 10, "0".repeat(64));
    StringWriter out = new StringWriter();
    new JsonReporter().write(new ScanReport("1", List.of(f)), out);
    String json = out.toString();
    assertThat(ReportSchema.reportViolations(json)).isEmpty();
    assertThat(json).contains("\"waived\" : true").contains("\"by\" : \"A. Officer\"")
        .contains("\"page\" : 2").contains("\"x\" : 72").contains("\"startedAt\" : null");
  }

  /** The schema is not vacuous: a report breaking it is caught. */
  @Test
  void aReportWithoutSchemaVersionOrWithABadVerdictFails() throws IOException {
    assertThat(ReportSchema.reportViolations("{\"tool\":{\"name\":\"foilint\",\"version\":\"1\"},\"verdict\":\"OK\",\"files\":[]}"))
        .isNotEmpty();
    assertThat(ReportSchema.fileViolations("{\"path\":\"a\",\"type\":\"csv\",\"verdict\":\"PASS\",\"size\":1,"
        + "\"sha256\":\"xyz\",\"inspection\":{\"status\":\"complete\"},\"findings\":[]}")).isNotEmpty();
  }
}
