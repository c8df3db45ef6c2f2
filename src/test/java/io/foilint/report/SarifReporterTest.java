package io.foilint.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import org.junit.jupiter.api.Test;

/** SARIF output: the schema, the mapping of foilint's fields, and stable fingerprints. */
class SarifReporterTest {

  private static final Finding HIDDEN_SHEET =
      new Finding("hidden-sheet", Severity.BLOCK, Location.of("Data", "A1:F201"),
          "Sheet 'Data' is hidden but holds 200 rows", "Q***** N.; H******* P.", "Delete the sheet");
  private static final Finding COMMENT =
      new Finding("comments", Severity.REVIEW, Location.of("Staff", "B2"), "1 comment", "", "Delete it");
  private static final Finding PROPERTIES =
      new Finding("document-properties", Severity.INFO, Location.of("docProps/core.xml"), "Title set.", "", "");
  private static final Finding UNREADABLE =
      new Finding("unreadable-file", Severity.BLOCK, Location.of(""), "Not inspected", "", "Open it");

  static JsonNode render(ScanReport report) throws IOException {
    StringWriter out = new StringWriter();
    new SarifReporter().write(report, out);
    String sarif = out.toString();
    assertThat(SarifSchema.violations(sarif)).as("SARIF 2.1.0 schema violations").isEmpty();
    return new ObjectMapper().readTree(sarif);
  }

  private static ScanReport report(FileReport... files) {
    return new ScanReport("1.2.3", List.of(files));
  }

  private static FileReport file(String path, Verdict verdict, Finding... findings) {
    return new FileReport(path, FileType.XLSX, verdict, List.of(findings));
  }

  @Test
  void theSchemaRejectsALogThatBreaksIt() throws IOException {
    ObjectNode sarif = (ObjectNode) render(report(file("a.xlsx", Verdict.BLOCK, HIDDEN_SHEET)));
    ObjectNode result = (ObjectNode) sarif.at("/runs/0/results/0");
    result.remove("message");
    result.put("level", "block");
    assertThat(SarifSchema.violations(sarif)).hasSizeGreaterThanOrEqualTo(2);
    ObjectNode noVersion = (ObjectNode) render(report(file("a.xlsx", Verdict.PASS)));
    noVersion.remove("version");
    assertThat(SarifSchema.violations(noVersion)).isNotEmpty();
  }

  @Test
  void driverListsEveryBuiltInRuleWithDefaultLevelHelpAndDocsPage() throws IOException {
    JsonNode driver = render(report(file("a.xlsx", Verdict.PASS))).at("/runs/0/tool/driver");
    assertThat(driver.at("/name").asText()).isEqualTo("foilint");
    assertThat(driver.at("/version").asText()).isEqualTo("1.2.3");
    List<RuleInfo> rules = BuiltInDetectors.rules();
    assertThat(driver.at("/rules").size()).isEqualTo(rules.size());
    for (int i = 0; i < rules.size(); i++) {
      RuleInfo info = rules.get(i);
      JsonNode rule = driver.at("/rules/" + i);
      assertThat(rule.at("/id").asText()).isEqualTo(info.id());
      assertThat(rule.at("/shortDescription/text").asText()).isEqualTo(info.summary());
      // GitHub code scanning needs a full description and help; both come from the rule's page
      assertThat(rule.at("/fullDescription/text").asText()).as(info.id()).isNotBlank().doesNotContain("**", "`")
          .hasSizeLessThanOrEqualTo(SarifReporter.MAX_DESCRIPTION);
      assertThat(rule.at("/shortDescription/text").asText().length()).isLessThanOrEqualTo(SarifReporter.MAX_DESCRIPTION);
      assertThat(rule.at("/help/markdown").asText()).as(info.id()).startsWith("# ").contains("(`" + info.id() + "`)");
      assertThat(rule.at("/help/text").asText()).isEqualTo(rule.at("/help/markdown").asText());
      assertThat(rule.at("/helpUri").asText()).isEqualTo(SarifReporter.DEFAULT_DOCS_URL + info.id() + ".md");
      assertThat(rule.at("/defaultConfiguration/level").asText())
          .isEqualTo(SarifLevel.of(info.severity()).value());
      assertThat(rule.at("/properties/docs").asText()).isEqualTo("docs/rules/" + info.id() + ".md");
    }
    assertThat(driver.at("/rules/0/defaultConfiguration/level").asText()).isEqualTo("error");
    assertThat(driver.at("/informationUri").asText()).startsWith("https://");
  }

  @Test
  void helpUriFollowsTheDocsUrlAndLinksBetweenPagesBecomeAbsolute() throws IOException {
    StringWriter out = new StringWriter();
    new SarifReporter("https://example.org/foilint/rules").write(report(file("a.xlsx", Verdict.PASS)), out);
    JsonNode rules = new ObjectMapper().readTree(out.toString()).at("/runs/0/tool/driver/rules");
    JsonNode hidden = null;
    for (JsonNode r : rules) {
      assertThat(r.at("/helpUri").asText()).isEqualTo("https://example.org/foilint/rules/" + r.at("/id").asText() + ".md");
      hidden = r.at("/id").asText().equals("hidden-sheet") ? r : hidden;
    }
    assertThat(hidden).isNotNull();
    // hidden-sheet.md links to very-hidden-sheet.md: outside the repository only an absolute link works
    assertThat(hidden.at("/help/markdown").asText())
        .contains("](https://example.org/foilint/rules/very-hidden-sheet.md)").doesNotContain("](very-hidden-sheet.md)");
  }

  /** The driver's rules are docs text: the same whatever was scanned, so they cannot carry a file's data. */
  @Test
  void ruleHelpDoesNotDependOnTheFilesScanned() throws IOException {
    JsonNode empty = render(report()).at("/runs/0/tool/driver/rules");
    JsonNode full = render(report(file("Priya Hartwell.xlsx", Verdict.BLOCK, HIDDEN_SHEET, COMMENT, UNREADABLE)))
        .at("/runs/0/tool/driver/rules");
    assertThat(full).isEqualTo(empty);
  }

  @Test
  void onlyALineOfAPlainTextFileItselfGetsARegion() throws IOException {
    Finding inText = new Finding("personal-data-in-text", Severity.BLOCK, Location.of("line 12"), "Names", "", "");
    Finding inCell = new Finding("hidden-sheet", Severity.BLOCK, Location.of("Data", "A1:B2"), "Hidden", "", "");
    JsonNode results = render(report(
        new FileReport("a.txt", FileType.TEXT, Verdict.BLOCK, List.of(inText)),
        new FileReport("b.zip!/a.txt", FileType.TEXT, Verdict.BLOCK, List.of(inText)),
        new FileReport("a.xlsx", FileType.XLSX, Verdict.BLOCK, List.of(inCell)))).at("/runs/0/results");
    assertThat(results.get(0).at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(12);
    // a bundle entry's artifact is the bundle, whose lines these are not; cells are not lines
    assertThat(results.get(1).at("/locations/0/physicalLocation/region").isMissingNode()).isTrue();
    assertThat(results.get(2).at("/locations/0/physicalLocation/region").isMissingNode()).isTrue();
  }

  @Test
  void severitiesMapToLevels() throws IOException {
    JsonNode results = render(report(file("a.xlsx", Verdict.BLOCK, HIDDEN_SHEET, COMMENT, PROPERTIES)))
        .at("/runs/0/results");
    assertThat(results).hasSize(3);
    assertThat(results.get(0).at("/level").asText()).isEqualTo("error");
    assertThat(results.get(1).at("/level").asText()).isEqualTo("warning");
    assertThat(results.get(2).at("/level").asText()).isEqualTo("note");
  }

  @Test
  void resultCarriesRuleMessageWithMaskedEvidenceLocationAndProperties() throws IOException {
    JsonNode r = render(report(file("answers/a.xlsx", Verdict.BLOCK, HIDDEN_SHEET))).at("/runs/0/results/0");
    assertThat(r.at("/ruleId").asText()).isEqualTo("hidden-sheet");
    JsonNode ruleIndex = r.at("/ruleIndex");
    assertThat(BuiltInDetectors.rules().get(ruleIndex.asInt()).id()).isEqualTo("hidden-sheet");
    assertThat(r.at("/message/text").asText())
        .isEqualTo("Sheet 'Data' is hidden but holds 200 rows. Evidence (masked): Q***** N.; H******* P.");
    assertThat(r.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).isEqualTo("answers/a.xlsx");
    assertThat(r.at("/locations/0/logicalLocations")).hasSize(1);
    assertThat(r.at("/locations/0/logicalLocations/0/fullyQualifiedName").asText()).isEqualTo("Data!A1:F201");
    assertThat(r.at("/properties/fileVerdict").asText()).isEqualTo("BLOCK");
    assertThat(r.at("/properties/evidence").asText()).isEqualTo("Q***** N.; H******* P.");
    assertThat(r.at("/properties/fix").asText()).isEqualTo("Delete the sheet");
  }

  @Test
  void messageWithoutEvidenceIsJustTheSentence() throws IOException {
    JsonNode results = render(report(file("a.xlsx", Verdict.BLOCK, COMMENT, PROPERTIES))).at("/runs/0/results");
    assertThat(results.at("/0/message/text").asText()).isEqualTo("1 comment.");
    assertThat(results.at("/1/message/text").asText()).isEqualTo("Title set.");
  }

  @Test
  void zipEntryPointsAtTheBundleWithTheInnerPathAsALogicalLocation() throws IOException {
    JsonNode loc = render(report(file("in/bundle.zip!/FOI/annexes.zip!/annex.xlsx", Verdict.BLOCK, HIDDEN_SHEET)))
        .at("/runs/0/results/0/locations/0");
    assertThat(loc.at("/physicalLocation/artifactLocation/uri").asText()).isEqualTo("in/bundle.zip");
    assertThat(loc.at("/logicalLocations/0/fullyQualifiedName").asText()).isEqualTo("Data!A1:F201");
    assertThat(loc.at("/logicalLocations/1/fullyQualifiedName").asText()).isEqualTo("FOI/annexes.zip!/annex.xlsx");
    assertThat(loc.at("/logicalLocations/1/kind").asText()).isEqualTo("zipEntry");
  }

  @Test
  void findingOnTheWholeFileHasNoLogicalLocation() throws IOException {
    JsonNode loc = render(report(file("a.xlsx", Verdict.BLOCK, UNREADABLE))).at("/runs/0/results/0/locations/0");
    assertThat(loc.has("logicalLocations")).isFalse();
    assertThat(loc.at("/physicalLocation/artifactLocation/uri").asText()).isEqualTo("a.xlsx");
  }

  @Test
  void pathsBecomeValidUriReferences() throws IOException {
    JsonNode results = render(report(
        file("FOI answers/Q3 #2 100%.xlsx", Verdict.BLOCK, UNREADABLE),
        file("/srv/foi/ré ponse.xlsx", Verdict.BLOCK, UNREADABLE),
        file("C:\\FOI\\a b.xlsx", Verdict.BLOCK, UNREADABLE),
        file("case:12/a.xlsx", Verdict.BLOCK, UNREADABLE)))
        .at("/runs/0/results");
    assertThat(results.at("/0/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo("FOI%20answers/Q3%20%232%20100%25.xlsx");
    assertThat(results.at("/1/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo("file:///srv/foi/r%C3%A9%20ponse.xlsx");
    assertThat(results.at("/2/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo("file:///C:/FOI/a%20b.xlsx");
    assertThat(results.at("/3/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo("case%3A12/a.xlsx");
  }

  @Test
  void fingerprintIsStableAndDependsOnRuleFileAndLocationOnly() throws IOException {
    String first = fingerprintOf(file("a.xlsx", Verdict.BLOCK, HIDDEN_SHEET));
    assertThat(first).matches("[0-9a-f]{64}");
    assertThat(fingerprintOf(file("a.xlsx", Verdict.BLOCK, HIDDEN_SHEET))).isEqualTo(first);
    // other masked evidence, message or severity (e.g. after a policy change): same finding
    Finding changed = new Finding("hidden-sheet", Severity.REVIEW, Location.of("Data", "A1:F201"),
        "Other words", "X***** Y.", "Other fix");
    assertThat(fingerprintOf(file("a.xlsx", Verdict.REVIEW, changed))).isEqualTo(first);
    // another file, rule or place: another finding
    assertThat(fingerprintOf(file("b.xlsx", Verdict.BLOCK, HIDDEN_SHEET))).isNotEqualTo(first);
    assertThat(fingerprintOf(file("a.xlsx", Verdict.BLOCK, HIDDEN_SHEET.withLocation(Location.of("Data2", "A1:F201")))))
        .isNotEqualTo(first);
    Finding otherRule = new Finding("very-hidden-sheet", Severity.BLOCK, HIDDEN_SHEET.location(), "m", "", "");
    assertThat(fingerprintOf(file("a.xlsx", Verdict.BLOCK, otherRule))).isNotEqualTo(first);
    assertThat(first).isEqualTo(SarifReporter.fingerprint("hidden-sheet", "a.xlsx", "Data!A1:F201"));
  }

  private static String fingerprintOf(FileReport f) throws IOException {
    return render(report(f)).at("/runs/0/results/0/partialFingerprints").get(SarifReporter.FINGERPRINT).asText();
  }

  @Test
  void runRecordsSuccessOverallVerdictAndEveryFilesVerdict() throws IOException {
    JsonNode run = render(report(
        file("a.xlsx", Verdict.BLOCK, HIDDEN_SHEET),
        file("b.xlsx", Verdict.PASS),
        file("c.xlsx", Verdict.REVIEW, COMMENT))).at("/runs/0");
    assertThat(run.at("/invocations/0/executionSuccessful").asBoolean()).isTrue();
    assertThat(run.at("/properties/verdict").asText()).isEqualTo("BLOCK");
    assertThat(run.at("/properties/files")).hasSize(3);
    assertThat(run.at("/properties/files/1/path").asText()).isEqualTo("b.xlsx");
    assertThat(run.at("/properties/files/1/verdict").asText()).isEqualTo("PASS");
    assertThat(run.at("/properties/files/2/verdict").asText()).isEqualTo("REVIEW");
    assertThat(run.at("/results")).hasSize(2);
  }

  @Test
  void unknownRuleIdStillGivesAValidResultWithoutRuleIndex() throws IOException {
    Finding custom = new Finding("not-built-in", Severity.REVIEW, Location.of("S", "A1"), "m", "", "");
    JsonNode r = render(report(file("a.xlsx", Verdict.REVIEW, custom))).at("/runs/0/results/0");
    assertThat(r.at("/ruleId").asText()).isEqualTo("not-built-in");
    assertThat(r.has("ruleIndex")).isFalse();
  }
}
