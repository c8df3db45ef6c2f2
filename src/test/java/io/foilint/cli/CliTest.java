package io.foilint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line as workflows use it: exit codes, JSON shape, usage errors. */
class CliTest {

  @TempDir Path dir;

  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int exit = cl.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  private Path unreadable() throws Exception {
    Path p = dir.resolve("broken.xlsx");
    Files.write(p, new byte[] {0, 1, 2, 3, (byte) 0xFF, 0, 0, 9, 8, 7, 0, 0, 1});
    return p;
  }

  @Test
  void blockedFileExitsOneAndJsonFollowsTheContract() throws Exception {
    Run r = run("scan", "--format", "json", unreadable().toString());
    assertThat(r.exit()).isEqualTo(1);
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.at("/tool/name").asText()).isEqualTo("foilint");
    assertThat(json.at("/tool/version").asText()).isNotBlank();
    assertThat(json.at("/verdict").asText()).isEqualTo("BLOCK");
    JsonNode file = json.at("/files/0");
    assertThat(file.at("/path").asText()).endsWith("broken.xlsx");
    assertThat(file.at("/verdict").asText()).isEqualTo("BLOCK");
    JsonNode finding = file.at("/findings/0");
    assertThat(finding.at("/rule").asText()).isEqualTo("unreadable-file");
    assertThat(finding.at("/severity").asText()).isEqualTo("block");
    assertThat(finding.has("location")).isTrue();
    assertThat(finding.has("message")).isTrue();
    assertThat(finding.has("evidence")).isTrue();
  }

  @Test
  void textReportNamesVerdictAndFix() throws Exception {
    Run r = run("scan", unreadable().toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("BLOCK").contains("unreadable-file").contains("fix:")
        .contains("Overall: BLOCK");
  }

  @Test
  void missingPathIsAUsageError() {
    Run r = run("scan", dir.resolve("nope.xlsx").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("No such file");
  }

  @Test
  void unknownOptionAndBadPolicyAreUsageErrors() throws Exception {
    assertThat(run("scan", "--frobnicate", dir.toString()).exit()).isEqualTo(2);
    Path policy = dir.resolve("p.yaml");
    Files.writeString(policy, "rules:\n  not-a-rule: off\n");
    Run r = run("scan", "--policy", policy.toString(), unreadable().toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("not-a-rule");
  }

  @Test
  void anOfficersWaiverLetsThatExactFilePass() throws Exception {
    Path staff = Path.of("test-fixtures/csv/staff-list-visible.csv");
    assertThat(run("scan", staff.toString()).exit()).isEqualTo(1);
    String sha = java.util.HexFormat.of().formatHex(
        java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(staff)));
    Path policy = dir.resolve("waivers.yaml");
    Files.writeString(policy, "waivers:\n  - file: " + sha + "\n    rule: personal-data-table\n"
        + "    reason: list published on the force website\n    by: FOI team lead\n");
    Run r = run("scan", "--format", "json", "--policy", policy.toString(), staff.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("Waived by FOI team lead (list published on the force website)");
    // a copy with one byte changed is another file: the waiver does not cover it
    Path changed = dir.resolve("staff-list-visible.csv");
    Files.writeString(changed, Files.readString(staff) + "\r\n");
    assertThat(run("scan", "--policy", policy.toString(), changed.toString()).exit()).isEqualTo(1);
  }

  @Test
  void noCommandIsAUsageError() {
    assertThat(run().exit()).isEqualTo(2);
  }

  @Test
  void rulesListsEveryRuleWithSeverity() {
    Run r = run("rules");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("unreadable-file").contains("limit-exceeded").contains("encrypted-file");
    // one column each for id, severity and summary, however long the longest id
    java.util.regex.Pattern line = java.util.regex.Pattern.compile("^\\S+\\s+(block|review|info) ");
    java.util.Set<Integer> severityColumns = r.out().lines()
        .map(line::matcher).filter(java.util.regex.Matcher::find)
        .map(m -> m.start(1))
        .collect(java.util.stream.Collectors.toSet());
    assertThat(r.out().lines().map(line::matcher).filter(java.util.regex.Matcher::find).count())
        .isGreaterThan(40);
    assertThat(severityColumns).hasSize(1);
  }

  @Test
  void rulesShowsMacrosAsReviewAsAVbaProjectIsGraded() {
    Run r = run("rules");
    assertThat(r.out().lines().filter(l -> l.startsWith("macros ")))
        .singleElement()
        .satisfies(l -> assertThat(l).matches("macros\\s+review .*"));
  }

  @Test
  void versionIsPrinted() {
    Run r = run("--version");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("foilint ");
  }
}
