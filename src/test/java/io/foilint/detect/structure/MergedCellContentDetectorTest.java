package io.foilint.detect.structure;

import static io.foilint.model.Visibility.COVERED_BY_MERGE;
import static io.foilint.model.Visibility.INVISIBLE_TEXT;
import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.detect.Finding;
import io.foilint.detect.Severity;
import io.foilint.testing.Events;
import io.foilint.testing.Findings;
import java.util.List;
import org.junit.jupiter.api.Test;

class MergedCellContentDetectorTest {

  @Test
  void valuesUnderAMergeAreFoundAndMasked() {
    Events e = Events.sheet("Summary").row("Area", "Total");
    e.styledRow(COVERED_BY_MERGE, "Ostrander", "Pellow");
    Finding f = Findings.only(e.feed(new MergedCellContentDetector()));
    assertThat(f.rule()).isEqualTo("merged-cell-content");
    assertThat(f.severity()).isEqualTo(Severity.REVIEW);
    assertThat(f.message()).contains("2 cells", "merged");
    Findings.assertNoneContain(List.of(f), "Ostrander", "Pellow");
  }

  @Test
  void fiveCoveredCellsBlock() {
    Events e = Events.sheet("S");
    e.styledRow(COVERED_BY_MERGE, "a", "b", "c", "d", "e");
    assertThat(Findings.only(e.feed(new MergedCellContentDetector())).severity()).isEqualTo(Severity.BLOCK);
  }

  @Test
  void otherHiddenCellsAreNotThisRule() {
    assertThat(Events.sheet("S").styledRow(INVISIBLE_TEXT, "x").feed(new MergedCellContentDetector())).isEmpty();
  }
}
