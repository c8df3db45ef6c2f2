package io.foilint.detect.structure;

import static io.foilint.model.Visibility.HIDDEN_SHEET;
import static io.foilint.model.Visibility.VERY_HIDDEN_SHEET;
import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.detect.Finding;
import io.foilint.detect.Severity;
import io.foilint.testing.Events;
import io.foilint.testing.Findings;
import java.util.List;
import org.junit.jupiter.api.Test;

class VeryHiddenSheetDetectorTest {

  @Test
  void veryHiddenSheetWithDataBlocks() {
    Events e = Events.sheet("Hr", VERY_HIDDEN_SHEET).row("Name", "Staff number");
    for (int i = 0; i < 10; i++) {
      e.row("Okonkwo" + i, "AB12345" + i);
    }
    Finding f = Findings.only(e.feed(new VeryHiddenSheetDetector()));

    assertThat(f.rule()).isEqualTo("very-hidden-sheet");
    assertThat(f.severity()).isEqualTo(Severity.BLOCK);
    assertThat(f.message()).contains("very hidden", "10 rows of data", "Name, Staff number");
    assertThat(f.location().ref()).isEqualTo("A1:B11");
    Findings.assertNoneContain(List.of(f), "Okonkwo", "AB12345");
  }

  @Test
  void emptyVeryHiddenSheetIsStillReview() {
    Finding f = Findings.only(Events.sheet("x", VERY_HIDDEN_SHEET).feed(new VeryHiddenSheetDetector()));

    assertThat(f.severity()).isEqualTo(Severity.REVIEW);
  }

  @Test
  void ordinaryHiddenSheetIsNotThisRule() {
    assertThat(
            Events.sheet("x", HIDDEN_SHEET).row("a", "b").feed(new VeryHiddenSheetDetector()))
        .isEmpty();
  }
}
