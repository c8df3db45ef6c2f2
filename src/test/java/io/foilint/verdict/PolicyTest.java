package io.foilint.verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.foilint.detect.Finding;
import io.foilint.detect.RuleInfo;
import io.foilint.detect.Severity;
import io.foilint.model.Location;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyTest {

  private static final List<RuleInfo> RULES =
      List.of(
          new RuleInfo("comments", Severity.REVIEW, "s", "f", "0.1"),
          new RuleInfo("hidden-rows", Severity.BLOCK, "s", "f", "0.1"),
          new RuleInfo("unreadable-file", Severity.BLOCK, "s", "f", "0.1"));

  @TempDir Path dir;

  private static Finding finding(String rule, Severity s) {
    return new Finding(rule, s, Location.of("Sheet1"), "m", "", "");
  }

  @Test
  void yamlPolicyRegradesAndSwitchesOff() throws Exception {
    Path p = dir.resolve("policy.yaml");
    Files.writeString(p, "rules:\n  comments: block\n  hidden-rows: off\n");
    Policy policy = Policy.load(p, RULES);
    List<Finding> out =
        policy.apply(List.of(finding("comments", Severity.REVIEW), finding("hidden-rows", Severity.BLOCK)));
    assertThat(out).extracting(Finding::rule, Finding::severity)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("comments", Severity.BLOCK));
  }

  @Test
  void jsonPolicyWithObjectForm() throws Exception {
    Path p = dir.resolve("policy.json");
    Files.writeString(p, "{\"rules\":{\"hidden-rows\":{\"severity\":\"review\"}}}");
    List<Finding> out = Policy.load(p, RULES).apply(List.of(finding("hidden-rows", Severity.BLOCK)));
    assertThat(out).singleElement().extracting(Finding::severity).isEqualTo(Severity.REVIEW);
    assertThat(Verdict.of(out)).isEqualTo(Verdict.REVIEW);
  }

  @Test
  void unknownRuleIsRefused() throws Exception {
    Path p = dir.resolve("policy.yaml");
    Files.writeString(p, "rules:\n  no-such-rule: off\n");
    assertThatThrownBy(() -> Policy.load(p, RULES)).hasMessageContaining("no-such-rule");
  }

  @Test
  void failClosedRulesCannotBeRelaxed() throws Exception {
    Path p = dir.resolve("policy.yaml");
    Files.writeString(p, "rules:\n  unreadable-file: review\n");
    assertThatThrownBy(() -> Policy.load(p, RULES)).hasMessageContaining("cannot relax");
  }

  @Test
  void badSeverityIsRefused() throws Exception {
    Path p = dir.resolve("policy.yaml");
    Files.writeString(p, "rules:\n  comments: maybe\n");
    assertThatThrownBy(() -> Policy.load(p, RULES)).hasMessageContaining("maybe");
  }

  @Test
  void disclosureControlPresetsSetTheSmallCountThreshold() throws Exception {
    Path p = dir.resolve("policy.yaml");
    Files.writeString(p, "disclosure-control: nhs\n");
    assertThat(Policy.load(p, RULES).settings().smallCountThreshold()).isEqualTo(7);
    Files.writeString(p, "disclosure-control: ons\n");
    assertThat(Policy.load(p, RULES).settings().smallCountThreshold()).isEqualTo(9);
    Files.writeString(p, "small-count-threshold: 2\n");
    assertThat(Policy.load(p, RULES).settings().smallCountThreshold()).isEqualTo(2);
    assertThat(Policy.DEFAULT.settings().smallCountThreshold()).isEqualTo(4);
  }

  @Test
  void unknownPresetIsRefused() throws Exception {
    Path p = dir.resolve("policy.yaml");
    Files.writeString(p, "disclosure-control: lenient\n");
    assertThatThrownBy(() -> Policy.load(p, RULES)).hasMessageContaining("lenient").hasMessageContaining("nhs");
    Files.writeString(p, "small-count-threshold: 0\n");
    assertThatThrownBy(() -> Policy.load(p, RULES)).hasMessageContaining("1 to 99");
  }

  @Test
  void aWaiverTurnsThatRulesFindingsOnThatFileIntoNotes() throws Exception {
    Path p = dir.resolve("policy.yaml");
    String hash = "a".repeat(64);
    Files.writeString(p, "waivers:\n  - file: sha256:" + hash + "\n    rule: comments\n"
        + "    reason: names already published\n    by: FOI team lead\n");
    Policy policy = Policy.load(p, RULES);
    List<Finding> waived = policy.apply(
        List.of(finding("comments", Severity.REVIEW), finding("hidden-rows", Severity.BLOCK)), hash);
    assertThat(waived).extracting(Finding::severity).containsExactly(Severity.INFO, Severity.BLOCK);
    assertThat(waived.get(0).message()).startsWith("Waived by FOI team lead (names already published): ");
    // another file (another hash) is not covered
    assertThat(policy.apply(List.of(finding("comments", Severity.REVIEW)), "b".repeat(64)))
        .extracting(Finding::severity).containsExactly(Severity.REVIEW);
  }

  @Test
  void waiversMustBeCompleteAndCannotCoverFailClosedRules() throws Exception {
    Path p = dir.resolve("policy.yaml");
    Files.writeString(p, "waivers:\n  - file: " + "a".repeat(64) + "\n    rule: comments\n    by: x\n");
    assertThatThrownBy(() -> Policy.load(p, RULES)).hasMessageContaining("reason");
    Files.writeString(p, "waivers:\n  - file: " + "a".repeat(64) + "\n    rule: unreadable-file\n"
        + "    reason: r\n    by: x\n");
    assertThatThrownBy(() -> Policy.load(p, RULES)).hasMessageContaining("cannot be waived");
    Files.writeString(p, "waivers:\n  - file: abc\n    rule: comments\n    reason: r\n    by: x\n");
    assertThatThrownBy(() -> Policy.load(p, RULES)).hasMessageContaining("SHA-256");
  }

  @Test
  void verdictIgnoresInfoAndTakesTheWorst() {
    assertThat(Verdict.of(List.of(finding("a", Severity.INFO)))).isEqualTo(Verdict.PASS);
    assertThat(Verdict.of(List.of(finding("a", Severity.INFO), finding("b", Severity.REVIEW))))
        .isEqualTo(Verdict.REVIEW);
    assertThat(Verdict.of(List.of(finding("b", Severity.REVIEW), finding("c", Severity.BLOCK))))
        .isEqualTo(Verdict.BLOCK);
  }
}
