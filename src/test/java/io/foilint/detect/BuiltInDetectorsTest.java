package io.foilint.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BuiltInDetectorsTest {

  private static final Path ROOT = Path.of(System.getProperty("user.dir"));

  @Test
  void idsAreUniqueKebabCase() {
    Set<String> seen = new HashSet<>();
    for (RuleInfo r : BuiltInDetectors.rules()) {
      assertThat(r.id()).matches("[a-z][a-z0-9]*(-[a-z0-9]+)*");
      assertThat(seen.add(r.id())).as("duplicate id %s", r.id()).isTrue();
    }
  }

  @Test
  void everyRuleHasAPage() throws Exception {
    for (RuleInfo r : BuiltInDetectors.rules()) {
      Path page = ROOT.resolve(r.docPath());
      assertThat(page).as("page for %s", r.id()).exists();
      String text = Files.readString(page);
      assertThat(text).as("page %s names its id", page).contains("`" + r.id() + "`");
      assertThat(text).as("page %s gives the severity", page).containsIgnoringCase("severity");
      assertThat(text).as("page %s says how to fix", page).containsIgnoringCase("how to fix");
    }
  }

  @Test
  void everyPageHasARule() throws Exception {
    Set<String> ids = new HashSet<>(BuiltInDetectors.rules().stream().map(RuleInfo::id).toList());
    try (var pages = Files.list(ROOT.resolve("docs/rules"))) {
      List<String> orphans =
          pages.map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".md"))
              .map(n -> n.substring(0, n.length() - 3))
              .filter(id -> !ids.contains(id))
              .toList();
      assertThat(orphans).as("pages without a rule").isEmpty();
    }
  }

  @Test
  void summariesAndFixesAreSentencesWithoutTrailingPeriod() {
    for (RuleInfo r : BuiltInDetectors.rules()) {
      assertThat(r.summary()).as(r.id()).isNotBlank().doesNotEndWith(".");
      assertThat(r.fix()).as(r.id()).isNotBlank();
    }
  }

  @Test
  void everyDetectorHasATestClass() {
    for (Detector d : BuiltInDetectors.newInstances()) {
      String testName = d.getClass().getName() + "Test";
      assertThat(exists(testName)).as("test class %s", testName).isTrue();
    }
  }

  @Test
  void newInstancesAreFreshEachTime() {
    List<Detector> a = BuiltInDetectors.newInstances();
    List<Detector> b = BuiltInDetectors.newInstances();
    assertThat(a).hasSameSizeAs(BuiltInDetectors.ALL);
    for (int i = 0; i < a.size(); i++) {
      assertThat(a.get(i)).isNotSameAs(b.get(i));
    }
  }

  @Test
  void includesTheRulesOtherCodeRefersTo() {
    assertThat(BuiltInDetectors.rules())
        .extracting(RuleInfo::id)
        .contains("encrypted-file", "unreadable-file", "limit-exceeded", "hidden-sheet",
            "very-hidden-sheet", "hidden-rows", "hidden-columns", "collapsed-outline",
            "filtered-rows", "invisible-text", "blank-number-format", "far-off-cells",
            "pivot-cache", "data-model", "external-link", "chart-cache", "comments",
            "document-properties", "custom-xml", "defined-names", "data-connections", "macros",
            "embedded-objects", "revision-log", "header-footer", "hidden-shapes",
            "data-validation-list", "csv-injection");
  }

  private static boolean exists(String className) {
    try {
      Class.forName(className);
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
