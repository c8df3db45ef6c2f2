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

class BlankNumberFormatDetectorTest {

  @Test
  void cellsBehindEmptyFormatAreReported() {
    Finding f =
        Findings.only(
            Events.sheet("S").styledRow(BLANK_NUMBER_FORMAT, "Nakamura", "1985-03-02")
                .feed(new BlankNumberFormatDetector()));

    assertThat(f.rule()).isEqualTo("blank-number-format");
    assertThat(f.severity()).isEqualTo(Severity.REVIEW);
    assertThat(f.message()).contains("2 cells whose number format displays nothing");
    Findings.assertNoneContain(List.of(f), "Nakamura", "1985");
  }

  @Test
  void fiveCellsBlock() {
    assertThat(
            Findings.only(Events.sheet("S").styledRow(BLANK_NUMBER_FORMAT, "1", "2", "3", "4", "5")
                .feed(new BlankNumberFormatDetector())).severity())
        .isEqualTo(Severity.BLOCK);
  }

  @Test
  void otherCellStatesAreNotThisRule() {
    assertThat(Events.sheet("S").styledRow(INVISIBLE_TEXT, "x").feed(new BlankNumberFormatDetector()))
        .isEmpty();
  }
}
