package io.foilint.detect.stats;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.detect.Finding;
import io.foilint.detect.Severity;
import io.foilint.testing.Events;
import io.foilint.testing.Findings;
import org.junit.jupiter.api.Test;

class ExtremePercentagesDetectorTest {

  @Test
  void hundredPercentOfThreeOfficersIsReview() {
    Finding f = Findings.only(Events.sheet("Misconduct")
        .row("Station", "Officers", "% disciplined")
        .row("Northmere", "3", "100%")
        .row("Caldbridge", "41", "12%")
        .row("Easterholm", "5", "0%")
        .feed(new ExtremePercentagesDetector()));
    assertThat(f.rule()).isEqualTo("extreme-percentages");
    assertThat(f.severity()).isEqualTo(Severity.REVIEW);
    assertThat(f.message()).contains("2 percentages", "C2", "C4");
  }

  @Test
  void extremesOnLargeBasesAndMiddlingValuesOnSmallOnesAreFine() {
    assertThat(Events.sheet("S")
            .row("Station", "Officers", "% disciplined")
            .row("Northmere", "300", "100%")
            .row("Caldbridge", "4", "25%")
            .feed(new ExtremePercentagesDetector()))
        .isEmpty();
  }

  @Test
  void proportionsWrittenAsFractions() {
    assertThat(ExtremePercentagesDetector.isExtreme("1.0", "Proportion")).isTrue();
    assertThat(ExtremePercentagesDetector.isExtreme("0.5", "Proportion")).isFalse();
    assertThat(ExtremePercentagesDetector.isExtreme("100", "Percentage")).isTrue();
    assertThat(ExtremePercentagesDetector.isExtreme("n/a", "Percentage")).isFalse();
  }
}
