package io.foilint.detect.structure;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.detect.Finding;
import io.foilint.detect.Severity;
import io.foilint.model.TableOrigin;
import io.foilint.model.TextKind;
import io.foilint.model.Visibility;
import io.foilint.testing.Events;
import io.foilint.testing.Findings;
import java.util.List;
import org.junit.jupiter.api.Test;

class HiddenSlideDetectorTest {

  @Test
  void hiddenSlideWithTextIsReviewNamingTheSlide() {
    Finding f = Findings.only(Events.events()
        .text(TextKind.BODY, "slide 3", "Title 1", "Background: Niamh Quenby's case", "",
            Visibility.HIDDEN_SLIDE)
        .feed(new HiddenSlideDetector()));
    assertThat(f.rule()).isEqualTo("hidden-slide");
    assertThat(f.severity()).isEqualTo(Severity.REVIEW);
    assertThat(f.message()).contains("Slide 3 is hidden", "letters and digits");
    Findings.assertNoneContain(List.of(f), "Niamh", "Quenby");
  }

  @Test
  void hiddenSlideWithATableOfRecordsIsBlockAtTheTable() {
    Events e = Events.events()
        .table(TableOrigin.SLIDE_TABLE, "table 1", "slide 4", Visibility.HIDDEN_SLIDE)
        .row(Visibility.HIDDEN_SLIDE, "Surname", "Rank", "Station");
    for (int i = 0; i < 6; i++) {
      e.row(Visibility.HIDDEN_SLIDE, "Quenby" + i, "Constable", "North");
    }
    Finding f = Findings.only(e.endTable().feed(new HiddenSlideDetector()));
    assertThat(f.severity()).isEqualTo(Severity.BLOCK);
    assertThat(f.location().place()).isEqualTo("slide 4");
    assertThat(f.location().ref()).isEqualTo("A1:C7");
    assertThat(f.message()).contains("a table of 6 rows");
  }

  @Test
  void aSmallTableOnAHiddenSlideIsReview() {
    Finding f = Findings.only(Events.events()
        .table(TableOrigin.SLIDE_TABLE, "table 1", "slide 2", Visibility.HIDDEN_SLIDE)
        .row(Visibility.HIDDEN_SLIDE, "Area", "Count")
        .row(Visibility.HIDDEN_SLIDE, "North", "12")
        .endTable()
        .feed(new HiddenSlideDetector()));
    assertThat(f.severity()).isEqualTo(Severity.REVIEW);
  }

  @Test
  void severalHiddenSlidesMakeOneFindingListingThem() {
    Finding f = Findings.only(Events.events()
        .text(TextKind.BODY, "slide 2", "Title 1", "Draft figures", "", Visibility.HIDDEN_SLIDE)
        .text(TextKind.BODY, "slide 5", "Title 1", "Old agenda", "", Visibility.HIDDEN_SLIDE)
        .feed(new HiddenSlideDetector()));
    assertThat(f.message()).contains("Slides 2, 5 are hidden");
  }

  @Test
  void visibleSlidesNotesAndEmptyHiddenSlidesAreNotReported() {
    assertThat(Events.events()
        .text(TextKind.BODY, "slide 1", "Title 1", "Annual report", "", Visibility.VISIBLE)
        .text(TextKind.OTHER, "slide 1 notes", "", "Say hello", "", Visibility.SPEAKER_NOTES)
        .text(TextKind.BODY, "slide 2", "Title 1", " - ", "", Visibility.HIDDEN_SLIDE)
        .table(TableOrigin.SLIDE_TABLE, "table 1", "slide 1", Visibility.VISIBLE)
        .row("Area", "Count")
        .endTable()
        .feed(new HiddenSlideDetector())).isEmpty();
  }
}
