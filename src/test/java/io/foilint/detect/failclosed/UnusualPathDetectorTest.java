package io.foilint.detect.failclosed;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.detect.Severity;
import io.foilint.model.FactKind;
import io.foilint.testing.Events;
import org.junit.jupiter.api.Test;

/** The engine reports this rule about paths (see ScanEngineTest); the detector reports nothing. */
class UnusualPathDetectorTest {

  @Test
  void reviewsByDefault() {
    assertThat(new UnusualPathDetector().info().severity()).isEqualTo(Severity.REVIEW);
    assertThat(new UnusualPathDetector().info().id()).isEqualTo("unusual-path");
  }

  @Test
  void reportsNothingFromContent() {
    assertThat(
            Events.sheet("S").row("../a", "/etc/passwd")
                .fact(FactKind.UNINSPECTED_PART, "../x.xlsx", "", "part")
                .feed(new UnusualPathDetector()))
        .isEmpty();
  }
}
