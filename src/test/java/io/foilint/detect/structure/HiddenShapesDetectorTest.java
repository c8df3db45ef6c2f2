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

class HiddenShapesDetectorTest {

  private static final String DRAWING = "xl/drawings/drawing1.xml";

  @Test
  void hiddenTextBoxIsReview() {
    Finding f =
        Findings.only(
            Events.events()
                .text(TextKind.SHAPE_TEXT, DRAWING, "TextBox 3", "Informant: Declan Murphy", "",
                    Visibility.HIDDEN_SHAPE)
                .feed(new HiddenShapesDetector()));

    assertThat(f.rule()).isEqualTo("hidden-shapes");
    assertThat(f.severity()).isEqualTo(Severity.REVIEW);
    assertThat(f.message()).contains("1 hidden text box or shape", DRAWING);
    Findings.assertNoneContain(List.of(f), "Declan", "Murphy", "Informant");
  }

  @Test
  void fiveHiddenShapesBlock() {
    Events e = Events.events();
    for (int i = 0; i < 5; i++) {
      e.text(TextKind.SHAPE_TEXT, DRAWING, "Shape " + i, "note " + i, "", Visibility.HIDDEN_SHAPE);
    }
    assertThat(Findings.only(e.feed(new HiddenShapesDetector())).severity()).isEqualTo(Severity.BLOCK);
  }

  @Test
  void hiddenButtonCaptionsOfOneWordAreReviewHoweverMany() {
    // corpus xlsx/poi__mv-calculator-final-2-20-2013.xlsm: a hidden "Calculate" button and eight "All" labels
    Events e = Events.events();
    e.text(TextKind.SHAPE_TEXT, DRAWING, "Button 108", "Calculate", "", Visibility.HIDDEN_SHAPE);
    for (int i = 0; i < 8; i++) {
      e.text(TextKind.SHAPE_TEXT, DRAWING, "ded_all" + i, " All ", "", Visibility.HIDDEN_SHAPE);
    }
    Finding f = Findings.only(e.feed(new HiddenShapesDetector()));
    assertThat(f.severity()).isEqualTo(Severity.REVIEW);
    assertThat(f.message()).contains("9 hidden text boxes or shapes");
  }

  @Test
  void fiveWordedShapesAmongCaptionsStillBlock() {
    Events e = Events.events();
    e.text(TextKind.SHAPE_TEXT, DRAWING, "Button 1", "OK", "", Visibility.HIDDEN_SHAPE);
    for (int i = 0; i < 5; i++) {
      e.text(TextKind.SHAPE_TEXT, DRAWING, "TextBox " + i, "Call back Mr Okafor", "", Visibility.HIDDEN_SHAPE);
    }
    assertThat(Findings.only(e.feed(new HiddenShapesDetector())).severity()).isEqualTo(Severity.BLOCK);
    assertThat(HiddenShapesDetector.words(" Calculate ")).isEqualTo(1);
    assertThat(HiddenShapesDetector.words("note 4 - see")).isEqualTo(3);
  }

  @Test
  void visibleShapesNoFinding() {
    assertThat(
            Events.events()
                .text(TextKind.SHAPE_TEXT, DRAWING, "TextBox 1", "Title", "", Visibility.VISIBLE)
                .feed(new HiddenShapesDetector()))
        .isEmpty();
  }
}
