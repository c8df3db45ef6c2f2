package io.foilint.detect.structure;

import static io.foilint.model.Visibility.FILTERED_OUT;
import static io.foilint.model.Visibility.VISIBLE;
import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.detect.Finding;
import io.foilint.detect.Severity;
import io.foilint.testing.Events;
import io.foilint.testing.Findings;
import java.util.List;
import org.junit.jupiter.api.Test;

class FilteredRowsDetectorTest {

  @Test
  void rowsHiddenByAFilterBlock() {
    Events e = Events.sheet("Cases").row("Name", "Outcome").row("Shown", "Closed");
    for (int i = 0; i < 5; i++) {
      e.row(FILTERED_OUT, "Mcallister" + i, "Charged");
    }
    Finding f = Findings.only(e.feed(new FilteredRowsDetector()));

    assertThat(f.rule()).isEqualTo("filtered-rows");
    assertThat(f.severity()).isEqualTo(Severity.BLOCK);
    assertThat(f.message()).contains("5 rows hidden by a filter", "rows 3-7", "Name, Outcome");
    Findings.assertNoneContain(List.of(f), "Mcallister", "Charged");
  }

  @Test
  void singleFilteredRowIsReview() {
    assertThat(Findings.only(Events.sheet("C").row(FILTERED_OUT, "x1", "y1")
            .feed(new FilteredRowsDetector())).severity())
        .isEqualTo(Severity.REVIEW);
  }

  @Test
  void noFilterNoFinding() {
    assertThat(Events.sheet("C").rows(9, VISIBLE, "v", 2).feed(new FilteredRowsDetector())).isEmpty();
  }
}
