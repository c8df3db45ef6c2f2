package io.foilint.detect.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.detect.Finding;
import io.foilint.detect.Severity;
import io.foilint.model.FactKind;
import io.foilint.model.TextKind;
import io.foilint.model.Visibility;
import io.foilint.testing.Events;
import io.foilint.testing.Findings;
import org.junit.jupiter.api.Test;

class EarlierRevisionDetectorTest {

  @Test
  void textOnlyAnEarlierRevisionHasIsBlockWithWhereAndHowMuch() {
    Finding f = Findings.only(Events.events()
        .text(TextKind.BODY, "revision 1 of 2", "page 3", "Complainant: Jane Smith\nDOB 01/02/1980", "",
            Visibility.EARLIER_REVISION)
        .fact(FactKind.PDF_REVISIONS, "revisions", "revisions", "2", "compared", "1",
            "changedPages", "revision 1: page 3")
        .feed(new EarlierRevisionDetector()));
    assertThat(f.rule()).isEqualTo("earlier-revision");
    assertThat(f.severity()).isEqualTo(Severity.BLOCK);
    assertThat(f.message()).contains("2 lines", "revision 1 of 2, page 3");
    Findings.assertNoneContain(java.util.List.of(f), "Jane Smith", "01/02/1980");
  }

  @Test
  void revisionsWithNothingLostAreOnlyInfo() {
    assertThat(Findings.severities(Events.events()
        .text(TextKind.BODY, "page 1", "", "Complainant: Jane Smith", "", Visibility.VISIBLE)
        .fact(FactKind.PDF_REVISIONS, "revisions", "revisions", "3", "compared", "2")
        .feed(new EarlierRevisionDetector()))).containsExactly(Severity.INFO);
  }

  @Test
  void aSingleRevisionSaysNothingAndUnreadableOnesAreReview() {
    assertThat(Events.events().fact(FactKind.PDF_REVISIONS, "revisions", "revisions", "1")
        .feed(new EarlierRevisionDetector())).isEmpty();
    Finding f = Findings.only(Events.events()
        .fact(FactKind.PDF_REVISIONS, "revisions", "revisions", "3", "compared", "2", "unreadable", "1")
        .feed(new EarlierRevisionDetector()));
    assertThat(f.severity()).isEqualTo(Severity.REVIEW);
    assertThat(f.message()).contains("could not be opened");
  }
}
