package io.foilint.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.detect.Finding;
import io.foilint.detect.Severity;
import java.util.List;

/** Assertions on detector findings. */
public final class Findings {

  private Findings() {}

  /** No raw value may appear in any part of any finding (message, evidence, location, fix). */
  public static void assertNoneContain(List<Finding> findings, String... rawValues) {
    for (Finding f : findings) {
      String all = f.message() + "\n" + f.evidence() + "\n" + f.location() + "\n" + f.fix();
      for (String raw : rawValues) {
        assertThat(all).as("finding %s must not carry %s in clear", f.rule(), raw).doesNotContain(raw);
      }
    }
  }

  /** The single finding, asserting there is exactly one. */
  public static Finding only(List<Finding> findings) {
    assertThat(findings).hasSize(1);
    return findings.get(0);
  }

  public static List<Severity> severities(List<Finding> findings) {
    return findings.stream().map(Finding::severity).toList();
  }
}
