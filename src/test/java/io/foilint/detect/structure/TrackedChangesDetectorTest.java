package io.foilint.detect.structure;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.detect.Finding;
import io.foilint.detect.Severity;
import io.foilint.model.FactKind;
import io.foilint.model.TextKind;
import io.foilint.model.Visibility;
import io.foilint.testing.Events;
import io.foilint.testing.Findings;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrackedChangesDetectorTest {

  @Test
  void deletedTextStillInTheFileBlocksWithMaskedAuthor() {
    Finding f = Findings.only(Events.events()
        .fact(FactKind.TRACKED_CHANGES, "", "word/document.xml", "", "insertions", "2",
            "deletions", "1", "authors", "Aled Hartwell")
        .text(TextKind.BODY, "paragraph 2", "", "The officer was Grace Ostrander.", "Aled Hartwell",
            Visibility.TRACKED_DELETION)
        .feed(new TrackedChangesDetector()));
    assertThat(f.rule()).isEqualTo("tracked-changes");
    assertThat(f.severity()).isEqualTo(Severity.BLOCK);
    assertThat(f.message()).contains("2 insertions", "1 deletion", "paragraph 2");
    Findings.assertNoneContain(List.of(f), "Hartwell", "Ostrander");
  }

  @Test
  void aDeletedLetterOrTwoThatFormNoWordIsReviewAndTwoLettersAreBlock() {
    Finding stray = Findings.only(Events.events()
        .fact(FactKind.TRACKED_CHANGES, "", "word/document.xml", "", "deletions", "2")
        .text(TextKind.BODY, "paragraph 4", "", "s.", "", Visibility.TRACKED_DELETION)
        .text(TextKind.BODY, "paragraph 9", "", "2", "", Visibility.TRACKED_DELETION)
        .feed(new TrackedChangesDetector()));
    assertThat(stray.severity()).isEqualTo(Severity.REVIEW);
    assertThat(stray.message()).contains("2 letters and digits that form no word");

    Finding word = Findings.only(Events.events()
        .text(TextKind.BODY, "paragraph 4", "", "Jo", "", Visibility.TRACKED_DELETION)
        .feed(new TrackedChangesDetector()));
    assertThat(word.severity()).isEqualTo(Severity.BLOCK);
    assertThat(word.location().toString()).contains("paragraph 4");
  }

  @Test
  void onlyInsertionsAreReview() {
    Finding f = Findings.only(Events.events()
        .fact(FactKind.TRACKED_CHANGES, "", "word/document.xml", "", "insertions", "3", "authors", "Author")
        .feed(new TrackedChangesDetector()));
    assertThat(f.severity()).isEqualTo(Severity.REVIEW);
    assertThat(f.message()).contains("3 insertions", "Author");
  }

  @Test
  void noChangesNoFinding() {
    assertThat(Events.events()
        .text(TextKind.BODY, "paragraph 1", "", "Dear Requester,", "", Visibility.VISIBLE)
        .feed(new TrackedChangesDetector())).isEmpty();
  }
}
