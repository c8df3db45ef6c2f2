package io.foilint.detect.structure;

import static io.foilint.model.Visibility.COLLAPSED_OUTLINE;
import static io.foilint.model.Visibility.HIDDEN_ROW;
import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.detect.Finding;
import io.foilint.detect.Severity;
import io.foilint.testing.Events;
import io.foilint.testing.Findings;
import java.util.List;
import org.junit.jupiter.api.Test;

class CollapsedOutlineDetectorTest {

  @Test
  void collapsedGroupOfRecordsBlocks() {
    Events e = Events.sheet("Totals").row("Team", "Total");
    for (int i = 0; i < 7; i++) {
      e.row(COLLAPSED_OUTLINE, "Whitfield" + i, "42");
    }
    Finding f = Findings.only(e.feed(new CollapsedOutlineDetector()));

    assertThat(f.rule()).isEqualTo("collapsed-outline");
    assertThat(f.severity()).isEqualTo(Severity.BLOCK);
    assertThat(f.message()).contains("7 rows folded into collapsed outline groups", "rows 2-8");
    Findings.assertNoneContain(List.of(f), "Whitfield");
  }

  @Test
  void smallGroupIsReview() {
    assertThat(
            Findings.only(Events.sheet("T").rows(2, COLLAPSED_OUTLINE, "w", 3)
                .feed(new CollapsedOutlineDetector())).severity())
        .isEqualTo(Severity.REVIEW);
  }

  @Test
  void plainHiddenRowsAreNotThisRule() {
    assertThat(Events.sheet("T").rows(8, HIDDEN_ROW, "w", 3).feed(new CollapsedOutlineDetector()))
        .isEmpty();
  }
}
