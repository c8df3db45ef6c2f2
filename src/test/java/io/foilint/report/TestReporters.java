package io.foilint.report;

import java.util.List;

/** Reporters configured for tests in other packages. */
public final class TestReporters {

  private TestReporters() {}

  /**
   * SARIF whose driver lists no rules: what is left is everything that depends on the files
   * scanned. The rules' help is the text of docs/rules, the same for every scan
   * ({@code SarifReporterTest} checks that), and quotes made-up example names that the masking
   * tests would otherwise find.
   */
  public static Reporter sarifWithoutRuleHelp() {
    return new SarifReporter(List.of());
  }
}
