package io.foilint.detect.structure;

import static io.foilint.model.Visibility.FAR_OFF_CELL;
import static io.foilint.model.Visibility.VISIBLE;
import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.detect.Finding;
import io.foilint.detect.Severity;
import io.foilint.testing.Events;
import io.foilint.testing.Findings;
import java.util.List;
import org.junit.jupiter.api.Test;

class FarOffCellsDetectorTest {

  @Test
  void remoteCellsAreLocated() {
    Events e = Events.sheet("Data").row("Area", "Total");
    e.rowAt(50_000, VISIBLE, FAR_OFF_CELL, "", "", "", "Oyelaran", "07700900123");
    Finding f = Findings.only(e.feed(new FarOffCellsDetector()));

    assertThat(f.rule()).isEqualTo("far-off-cells");
    assertThat(f.severity()).isEqualTo(Severity.REVIEW);
    assertThat(f.location().ref()).isEqualTo("D50001:E50001");
    assertThat(f.message()).contains("2 cells far outside", "row 50001");
    Findings.assertNoneContain(List.of(f), "Oyelaran", "07700900123");
  }

  @Test
  void manyRemoteCellsBlock() {
    Events e = Events.sheet("Data");
    for (int i = 0; i < 5; i++) {
      e.rowAt(90_000 + i, VISIBLE, FAR_OFF_CELL, "v" + i);
    }
    assertThat(Findings.only(e.feed(new FarOffCellsDetector())).severity()).isEqualTo(Severity.BLOCK);
  }

  @Test
  void ordinaryCellsNoFinding() {
    assertThat(Events.sheet("Data").row("a", "b").feed(new FarOffCellsDetector())).isEmpty();
  }
}
