package io.foilint.detect.structure;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.detect.Finding;
import io.foilint.detect.Severity;
import io.foilint.model.FactKind;
import io.foilint.model.TableOrigin;
import io.foilint.model.Visibility;
import io.foilint.testing.Events;
import io.foilint.testing.Findings;
import java.util.List;
import org.junit.jupiter.api.Test;

class RevisionLogDetectorTest {

  private static final String PART = "xl/revisions/revisionLog1.xml";

  @Test
  void logWithEarlierValuesBlocks() {
    Finding f =
        Findings.only(
            Events.events()
                .fact(FactKind.REVISION_LOG, PART, PART, "", "changes", "3", "users", "Siobhan Kelly")
                .table(TableOrigin.REVISION_LOG, "Revisions", PART, Visibility.REVISION_LOG)
                .row("sheet", "cell", "old value", "new value")
                .row("Staff", "B4", "Mulholland", "")
                // a change that only wrote a value keeps no earlier one
                .row("Staff", "B5", "", "Pellow")
                .feed(new RevisionLogDetector()));

    assertThat(f.rule()).isEqualTo("revision-log");
    assertThat(f.severity()).isEqualTo(Severity.BLOCK);
    assertThat(f.message()).contains("3 changes", "1 earlier cell value", "S****** K****");
    Findings.assertNoneContain(List.of(f), "Siobhan", "Kelly", "Mulholland");
  }

  @Test
  void logWithoutValuesIsReview() {
    assertThat(
            Findings.only(Events.events().fact(FactKind.REVISION_LOG, PART, PART, "", "changes", "2")
                .feed(new RevisionLogDetector())).severity())
        .isEqualTo(Severity.REVIEW);
  }

  @Test
  void noLogNoFinding() {
    assertThat(Events.sheet("S").row("a", "b").feed(new RevisionLogDetector())).isEmpty();
  }
}
