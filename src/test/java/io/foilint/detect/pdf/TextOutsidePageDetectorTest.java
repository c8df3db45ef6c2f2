package io.foilint.detect.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.detect.Finding;
import io.foilint.detect.Severity;
import io.foilint.model.TextKind;
import io.foilint.model.Visibility;
import io.foilint.testing.Events;
import io.foilint.testing.Findings;
import org.junit.jupiter.api.Test;

class TextOutsidePageDetectorTest {

  @Test
  void aSlugBeyondTheCropBoxAndClippedTextAreOneReviewFinding() {
    Finding f = Findings.only(Events.events()
        .text(TextKind.BODY, "page 1", "text at 42,846 (300x20 pt)", "Draft OK to print", "",
            Visibility.OUTSIDE_PAGE)
        .text(TextKind.BODY, "page 2", "text at 72,300 (90x11 pt)", "Masked by the clip", "",
            Visibility.CLIPPED_AWAY)
        .feed(new TextOutsidePageDetector()));
    assertThat(f.rule()).isEqualTo("text-outside-page");
    assertThat(f.severity()).isEqualTo(Severity.REVIEW);
    assertThat(f.message()).contains("Pages 1 and 2", "outside the visible page area",
        "page 1, text at 42,846");
  }

  @Test
  void aParagraphHiddenOffOnePageIsBlock() {
    Finding f = Findings.only(Events.events()
        .text(TextKind.BODY, "page 1", "text at 700,100 (400x300 pt)", "word ".repeat(130), "",
            Visibility.OUTSIDE_PAGE)
        .feed(new TextOutsidePageDetector()));
    assertThat(f.severity()).isEqualTo(Severity.BLOCK);
  }

  @Test
  void aShapeOffASlideSpeaksOfSlidesWithPowerPointAdvice() {
    Finding f = Findings.only(Events.events()
        .text(TextKind.SHAPE_TEXT, "slide 2", "TextBox 3, line 1", "Not appointed: Grace Ostrander",
            "", Visibility.OUTSIDE_PAGE)
        .feed(new TextOutsidePageDetector()));
    assertThat(f.message()).startsWith("Slide 2 holds").contains("wholly off the slide")
        .doesNotContain("page area");
    assertThat(f.fix()).contains("PowerPoint", "Selection Pane");
    Finding pdf = Findings.only(Events.events()
        .text(TextKind.BODY, "page 1", "text at 42,846 (300x20 pt)", "Draft OK to print", "",
            Visibility.OUTSIDE_PAGE)
        .feed(new TextOutsidePageDetector()));
    assertThat(pdf.fix()).doesNotContain("PowerPoint");
  }

  @Test
  void textInsideThePageIsNotReported() {
    assertThat(Events.events()
        .text(TextKind.BODY, "page 1", "", "Inside the page", "", Visibility.VISIBLE)
        .feed(new TextOutsidePageDetector())).isEmpty();
  }
}
