package io.foilint.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.foilint.detect.About;
import io.foilint.detect.BuiltInDetectors;
import io.foilint.detect.Finding;
import io.foilint.detect.RuleInfo;
import io.foilint.detect.Severity;
import io.foilint.model.FileType;
import io.foilint.model.Location;
import io.foilint.scan.FileReport;
import io.foilint.scan.ScanReport;
import io.foilint.verdict.Verdict;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Findings that say "not inspected" are told apart from findings about content in every report
 * format, from the one classification on each rule ({@link RuleInfo#about()}).
 */
class NotInspectedGroupTest {

  // the inspection finding comes first in the file's list: the reports must still put content first
  private static final Finding UNREADABLE = new Finding("unreadable-file", Severity.BLOCK,
      Location.of("embedded Word document (storage MBD0001)"), "Not inspected (unsupported format): Word",
      "", "Open it and check it by hand");
  private static final Finding HIDDEN = new Finding("hidden-sheet", Severity.BLOCK, Location.of("Data", "A1:C9"),
      "Sheet 'Data' is hidden but holds 8 rows of data", "Q***** N.", "Delete the hidden sheet");
  private static final ScanReport REPORT = new ScanReport("1", List.of(
      new FileReport("a.xls", FileType.XLS, Verdict.BLOCK, List.of(UNREADABLE, HIDDEN))));

  private static String render(Reporter reporter) throws IOException {
    StringWriter out = new StringWriter();
    reporter.write(REPORT, out);
    return out.toString();
  }

  @Test
  void theClassificationIsOnTheRules() {
    Set<String> inspection = BuiltInDetectors.rules().stream().filter(r -> r.about() == About.INSPECTION)
        .map(RuleInfo::id).collect(Collectors.toSet());
    assertThat(inspection).containsExactlyInAnyOrder(
        "uninspected-part", "unreadable-file", "encrypted-file", "limit-exceeded", "unusual-path");
    assertThat(BuiltInDetectors.about("hidden-sheet")).isEqualTo(About.CONTENT);
  }

  @Test
  void textListsContentFirstThenANotInspectedGroup() throws IOException {
    String text = render(new TextReporter());
    int hidden = text.indexOf("[BLOCK] hidden-sheet");
    int heading = text.indexOf("Not inspected (foilint could not read these");
    int unreadable = text.indexOf("[BLOCK] unreadable-file");
    assertThat(hidden).isPositive();
    assertThat(heading).isGreaterThan(hidden);
    assertThat(unreadable).isGreaterThan(heading);
  }

  @Test
  void textWithoutInspectionFindingsHasNoHeading() throws IOException {
    StringWriter out = new StringWriter();
    new TextReporter().write(new ScanReport("1", List.of(
        new FileReport("a.xls", FileType.XLS, Verdict.BLOCK, List.of(HIDDEN)))), out);
    assertThat(out.toString()).doesNotContain("Not inspected");
  }

  @Test
  void htmlHasItsOwnHeadingAfterTheContentTable() throws IOException {
    String html = render(new HtmlReporter());
    assertThat(html.indexOf("hidden-sheet</a>")).isLessThan(html.indexOf("<h3>Not inspected</h3>"));
    assertThat(html.indexOf("<h3>Not inspected</h3>")).isLessThan(html.indexOf("unreadable-file</a>"));
  }

  @Test
  void jsonSarifAndCsvCarryTheFieldPerFinding() throws IOException {
    JsonNode json = new ObjectMapper().readTree(render(new JsonReporter()));
    JsonNode findings = json.get("files").get(0).get("findings");
    assertThat(findings.get(0).get("rule").asText()).isEqualTo("unreadable-file");
    assertThat(findings.get(0).get("about").asText()).isEqualTo("inspection");
    assertThat(findings.get(1).get("about").asText()).isEqualTo("content");

    JsonNode results = new ObjectMapper().readTree(render(new SarifReporter())).get("runs").get(0).get("results");
    assertThat(results.get(0).get("properties").get("about").asText()).isEqualTo("inspection");
    assertThat(results.get(1).get("properties").get("about").asText()).isEqualTo("content");

    List<List<String>> rows = Rfc4180.parse(render(new CsvReporter()));
    int about = rows.get(0).indexOf("about");
    assertThat(about).isEqualTo(rows.get(0).size() - 1);
    assertThat(rows.get(1).get(about)).isEqualTo("inspection");
    assertThat(rows.get(2).get(about)).isEqualTo("content");
  }
}
