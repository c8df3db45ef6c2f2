package io.foilint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.foilint.detect.BuiltInDetectors;
import io.foilint.detect.RuleInfo;
import io.foilint.detect.Severity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code foilint pii-badger --file}, as WhatDoTheyKnow's PIIBadgerJob runs it and reads it. */
class PiiBadgerCliTest {

  @TempDir Path dir;

  /**
   * Standard output parsed as Alaveteli does (all of it, one JSON document): exactly one object
   * whose only member is the list, and nothing after it.
   */
  static JsonNode leaks(String stdout) throws Exception {
    ObjectMapper m = new ObjectMapper();
    try (JsonParser p = m.getFactory().createParser(stdout)) {
      JsonNode json = m.readTree(p);
      assertThat(p.nextToken()).as("anything after the object on stdout").isNull();
      assertThat(json.isObject()).isTrue();
      assertThat(json.size()).isEqualTo(1);
      assertThat(json.get("potential_pii_leaks").isArray()).isTrue();
      return json.get("potential_pii_leaks");
    }
  }

  private static List<String> rules(JsonNode leaks) {
    List<String> out = new ArrayList<>();
    leaks.forEach(l -> out.add(l.get("rule").asText()));
    return out;
  }

  @Test
  void hiddenStaffListIsHeldWithMaskedEvidence() throws Exception {
    CliTest.Run r = CliTest.run("pii-badger", "--file", "test-fixtures/xlsx/hidden-sheet-staff-list.xlsx");
    assertThat(r.exit()).isZero();
    JsonNode leaks = leaks(r.out());
    assertThat(rules(leaks)).contains("hidden-sheet");
    for (JsonNode l : leaks) {
      assertThat(l.get("severity").asText()).isIn("block", "review");
      assertThat(l.has("location")).isTrue();
      assertThat(l.get("message").asText()).isNotBlank();
      assertThat(l.has("evidence")).isTrue();
      assertThat(l.has("file")).as("the temporary path Alaveteli gave is not repeated").isFalse();
    }
    assertThat(leaks.toString()).contains("*");
  }

  @Test
  void reviewAboutPeopleHoldsTheFile() throws Exception {
    CliTest.Run r = CliTest.run("pii-badger", "--file", "test-fixtures/xlsx/document-properties-people.xlsx");
    assertThat(r.exit()).isZero();
    JsonNode leaks = leaks(r.out());
    assertThat(rules(leaks)).containsOnly("document-properties");
    assertThat(leaks.get(0).get("severity").asText()).isEqualTo("review");
  }

  @Test
  void reviewWithoutPersonalDataAndPassGiveAnEmptyList() throws Exception {
    // custom-xml is REVIEW (content no Excel screen shows) but names no one by that rule
    CliTest.Run review = CliTest.run("pii-badger", "--file", "test-fixtures/xlsx/custom-xml-part.xlsx");
    CliTest.Run scan = CliTest.run("scan", "--format", "json", "test-fixtures/xlsx/custom-xml-part.xlsx");
    assertThat(new ObjectMapper().readTree(scan.out()).at("/verdict").asText()).isEqualTo("REVIEW");
    assertThat(review.exit()).isZero();
    assertThat(leaks(review.out())).isEmpty();
    CliTest.Run pass = CliTest.run("pii-badger", "--file", "test-fixtures/xlsx/clean-aggregate-rank-by-district.xlsx");
    assertThat(pass.exit()).isZero();
    assertThat(leaks(pass.out())).isEmpty();
  }

  @Test
  void aFileThatCannotBeReadIsHeld() throws Exception {
    CliTest.Run missing = CliTest.run("pii-badger", "--file", dir.resolve("gone.xlsx").toString());
    assertThat(missing.exit()).isZero();
    assertThat(rules(leaks(missing.out()))).containsExactly("unreadable-file");
    Path broken = dir.resolve("broken.xlsx");
    Files.write(broken, new byte[] {'P', 'K', 3, 4, 0, 1, 2, 3, (byte) 0xFF, 0, 0, 9});
    CliTest.Run corrupt = CliTest.run("pii-badger", "--file", broken.toString());
    assertThat(corrupt.exit()).isZero();
    assertThat(leaks(corrupt.out())).isNotEmpty();
    assertThat(leaks(corrupt.out()).get(0).get("severity").asText()).isEqualTo("block");
    Path empty = Files.createDirectory(dir.resolve("empty"));
    CliTest.Run nothing = CliTest.run("pii-badger", "--file", empty.toString());
    assertThat(rules(leaks(nothing.out()))).containsExactly("unreadable-file");
  }

  @Test
  void withoutFileItIsAUsageErrorAndStdoutStaysEmpty() {
    CliTest.Run r = CliTest.run("pii-badger");
    assertThat(r.exit()).isEqualTo(ExitCodes.ERROR);
    assertThat(r.out()).isEmpty();
  }

  @Test
  void everyRuleNamedAsPersonalAtReviewIsABuiltInReviewRule() throws Exception {
    java.lang.reflect.Field f = io.foilint.gate.PersonalDataRules.class.getDeclaredField("PERSONAL_AT_REVIEW");
    f.setAccessible(true);
    @SuppressWarnings("unchecked")
    java.util.Set<String> ids = (java.util.Set<String>) f.get(null);
    List<String> reviewRules = BuiltInDetectors.rules().stream()
        .filter(r -> r.severity() == Severity.REVIEW).map(RuleInfo::id).toList();
    assertThat(reviewRules).containsAll(ids);
  }

  /**
   * A real process started the way Alaveteli starts it: {@code IO.popen} of the command line as
   * one string, so through a shell; standard output read whole and parsed.
   */
  @Test
  void asARealProcessThroughAShellStdoutIsOneJsonObject() throws Exception {
    Path sh = Path.of("/bin/sh");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(sh), "no /bin/sh here");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path copy = dir.resolve("ActiveStorage-42-.xlsx"); // Alaveteli's temporary name
    Files.copy(Path.of("test-fixtures/xlsx/hidden-sheet-staff-list.xlsx"), copy);
    String command = "'" + java + "' -Xmx512m -cp '" + System.getProperty("java.class.path")
        + "' io.foilint.cli.Main pii-badger";
    Process p = new ProcessBuilder(sh.toString(), "-c", command + " --file " + copy)
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isZero();
    assertThat(rules(leaks(out))).contains("hidden-sheet");
  }
}
