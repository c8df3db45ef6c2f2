package io.foilint.detect.failclosed;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.detect.Severity;
import io.foilint.testing.Events;
import org.junit.jupiter.api.Test;

/** The engine reports this rule when a limit stops extraction; the detector reports nothing. */
class LimitExceededDetectorTest {

  @Test
  void blocksByDefault() {
    assertThat(new LimitExceededDetector().info().severity()).isEqualTo(Severity.BLOCK);
    assertThat(new LimitExceededDetector().info().id()).isEqualTo("limit-exceeded");
  }

  @Test
  void reportsNothingFromContent() {
    assertThat(Events.sheet("S").row("a", "b").feed(new LimitExceededDetector())).isEmpty();
  }
}
