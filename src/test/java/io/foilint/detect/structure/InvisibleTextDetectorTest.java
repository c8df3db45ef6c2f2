package io.foilint.detect.structure;

import static io.foilint.model.Visibility.BLANK_NUMBER_FORMAT;
import static io.foilint.model.Visibility.INVISIBLE_TEXT;
import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.detect.Finding;
import io.foilint.detect.Severity;
import io.foilint.testing.Events;
import io.foilint.testing.Findings;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvisibleTextDetectorTest {

  @Test
  void whiteOnWhiteCellsBlockFromFive() {
    Events e = Events.sheet("Summary").row("Area", "Total");
    e.styledRow(INVISIBLE_TEXT, "Fitzgerald", "Wexford", "Carlow");
    e.styledRow(INVISIBLE_TEXT, "Byrne", "Kildare");
    Finding f = Findings.only(e.feed(new InvisibleTextDetector()));

    assertThat(f.rule()).isEqualTo("invisible-text");
    assertThat(f.severity()).isEqualTo(Severity.BLOCK);
    assertThat(f.message()).contains("5 cells", "A2:C3", "rows 2-3");
    Findings.assertNoneContain(List.of(f), "Fitzgerald", "Wexford", "Byrne");
  }

  @Test
  void oneInvisibleCellIsReview() {
    assertThat(Findings.only(Events.sheet("S").styledRow(INVISIBLE_TEXT, "x")
            .feed(new InvisibleTextDetector())).severity())
        .isEqualTo(Severity.REVIEW);
  }

  @Test
  void otherCellStatesAreNotThisRule() {
    assertThat(Events.sheet("S").styledRow(BLANK_NUMBER_FORMAT, "x", "y")
            .feed(new InvisibleTextDetector()))
        .isEmpty();
  }
}
