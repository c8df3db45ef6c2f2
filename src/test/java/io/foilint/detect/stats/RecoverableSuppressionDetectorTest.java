package io.foilint.detect.stats;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.detect.Finding;
import io.foilint.detect.Severity;
import io.foilint.testing.Events;
import io.foilint.testing.Findings;
import org.junit.jupiter.api.Test;

class RecoverableSuppressionDetectorTest {

  @Test
  void aLoneSuppressedCellInARowWithATotalIsRecoverable() {
    Finding f = Findings.only(Events.sheet("Ward")
        .row("Ward", "Male victims", "Female victims", "Total")
        .row("Northgate", "*", "14", "17")
        .row("Riverside", "22", "19", "41")
        .feed(new RecoverableSuppressionDetector()));
    assertThat(f.rule()).isEqualTo("recoverable-suppression");
    assertThat(f.severity()).isEqualTo(Severity.REVIEW);
    assertThat(f.message()).contains("B2");
  }

  @Test
  void aLoneSuppressedCellInAColumnWithATotalRowIsRecoverable() {
    Finding f = Findings.only(Events.sheet("Ward")
        .row("Ward", "Victims")
        .row("Northgate", "<5")
        .row("Riverside", "22")
        .row("Total", "25")
        .feed(new RecoverableSuppressionDetector()));
    assertThat(f.message()).contains("B2");
  }

  @Test
  void secondarySuppressionProtectsTheCells() {
    assertThat(Events.sheet("Ward")
            .row("Ward", "Male victims", "Female victims", "Total")
            .row("Northgate", "*", "*", "17")
            .row("Riverside", "*", "19", "*")
            .row("Total", "40", "*", "58")
            .feed(new RecoverableSuppressionDetector()))
        .isEmpty();
  }

  @Test
  void noTotalNoRecovery() {
    assertThat(Events.sheet("Ward")
            .row("Ward", "Victims")
            .row("Northgate", "*")
            .row("Riverside", "22")
            .feed(new RecoverableSuppressionDetector()))
        .isEmpty();
  }
}
