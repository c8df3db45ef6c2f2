package io.foilint.detect.structure;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.detect.Finding;
import io.foilint.detect.Severity;
import io.foilint.model.TextKind;
import io.foilint.model.Visibility;
import io.foilint.testing.Events;
import io.foilint.testing.Findings;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpeakerNotesDetectorTest {

  @Test
  void notesAreReviewWithTheirSlidesAndMaskedSamples() {
    Finding f = Findings.only(Events.events()
        .text(TextKind.OTHER, "slide 2 notes", "", "Mention that Niamh Quenby complained", "",
            Visibility.SPEAKER_NOTES)
        .text(TextKind.OTHER, "slide 4 notes", "", "Pause for questions", "", Visibility.SPEAKER_NOTES)
        .feed(new SpeakerNotesDetector()));
    assertThat(f.rule()).isEqualTo("speaker-notes");
    assertThat(f.severity()).isEqualTo(Severity.REVIEW);
    assertThat(f.message()).contains("slide 2 notes, slide 4 notes", "letters and digits");
    assertThat(f.location().place()).isEqualTo("slide 2 notes");
    Findings.assertNoneContain(List.of(f), "Niamh", "Quenby");
  }

  @Test
  void eachEmbeddedPresentationGetsItsOwnFinding() {
    List<Finding> fs = Events.events()
        .text(TextKind.OTHER, "slide 1 notes", "", "Outer notes", "", Visibility.SPEAKER_NOTES)
        .inside("deck.pptx")
        .text(TextKind.OTHER, "slide 1 notes", "", "Inner notes", "", Visibility.SPEAKER_NOTES)
        .feed(new SpeakerNotesDetector());
    assertThat(fs).hasSize(2);
  }

  @Test
  void emptyNotesAndSlideTextAreNotReported() {
    assertThat(Events.events()
        .text(TextKind.OTHER, "slide 1 notes", "", "   ", "", Visibility.SPEAKER_NOTES)
        .text(TextKind.BODY, "slide 1", "Title 1", "Annual report", "", Visibility.VISIBLE)
        .text(TextKind.BODY, "slide 2", "Title 1", "Hidden", "", Visibility.HIDDEN_SLIDE)
        .feed(new SpeakerNotesDetector())).isEmpty();
  }
}
