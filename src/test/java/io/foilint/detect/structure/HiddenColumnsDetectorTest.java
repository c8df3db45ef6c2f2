package io.foilint.detect.structure;

import static io.foilint.model.Visibility.HIDDEN_COLUMN;
import static io.foilint.model.Visibility.ZERO_WIDTH_COLUMN;
import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.detect.Finding;
import io.foilint.detect.Severity;
import io.foilint.testing.Events;
import io.foilint.testing.Findings;
import java.util.List;
import org.junit.jupiter.api.Test;

class HiddenColumnsDetectorTest {

  @Test
  void hiddenColumnOfDataBlocks() {
    Events e = Events.sheet("Pay").columns(HIDDEN_COLUMN, 2).row("Grade", "Total", "NI number");
    for (int i = 0; i < 6; i++) {
      e.row("G" + i, "10", "QQ12345" + i + "C");
    }
    Finding f = Findings.only(e.feed(new HiddenColumnsDetector()));

    assertThat(f.rule()).isEqualTo("hidden-columns");
    assertThat(f.severity()).isEqualTo(Severity.BLOCK);
    assertThat(f.message()).contains("1 hidden column", "7 values", "column C headed NI number");
    assertThat(f.location().ref()).isEqualTo("C1:C7");
    Findings.assertNoneContain(List.of(f), "QQ12345");
  }

  @Test
  void zeroWidthColumnWithFewCellsIsReview() {
    Finding f =
        Findings.only(
            Events.sheet("Pay").columns(ZERO_WIDTH_COLUMN, 0).row("Ahmed", "1").row("Lee", "2")
                .feed(new HiddenColumnsDetector()));

    assertThat(f.severity()).isEqualTo(Severity.REVIEW);
    assertThat(f.message()).contains("column A");
    Findings.assertNoneContain(List.of(f), "Ahmed");
  }

  @Test
  void visibleColumnsNoFinding() {
    assertThat(Events.sheet("Pay").row("a", "b").row("c", "d").feed(new HiddenColumnsDetector()))
        .isEmpty();
  }
}
