package io.foilint.detect.failclosed;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.detect.Severity;
import io.foilint.model.FactKind;
import io.foilint.testing.Events;
import org.junit.jupiter.api.Test;

/** The engine reports this rule when extraction fails; the detector itself reports nothing. */
class UnreadableFileDetectorTest {

  @Test
  void blocksByDefault() {
    assertThat(new UnreadableFileDetector().info().severity()).isEqualTo(Severity.BLOCK);
    assertThat(new UnreadableFileDetector().info().id()).isEqualTo("unreadable-file");
  }

  @Test
  void reportsNothingFromContent() {
    assertThat(
            Events.sheet("S").row("a", "b")
                .fact(FactKind.UNINSPECTED_PART, "xl/unknown.bin", "", "unknown part")
                .feed(new UnreadableFileDetector()))
        .isEmpty();
  }
}
