package io.foilint.detect.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.detect.Finding;
import io.foilint.detect.Severity;
import io.foilint.model.TextKind;
import io.foilint.model.Visibility;
import io.foilint.testing.Events;
import io.foilint.testing.Findings;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextUnderBoxDetectorTest {

  @Test
  void textUnderBoxesIsBlockPerPageWithTheBoxesNamedAndMasked() {
    List<Finding> findings =
        Events.events()
            .text(TextKind.BODY, "page 3", "box at 72,540 (150x14 pt)", "Jane Smith", "",
                Visibility.UNDER_BOX)
            .text(TextKind.BODY, "page 3", "box at 72,500 (90x14 pt)", "07700 900123", "",
                Visibility.UNDER_BOX)
            .text(TextKind.BODY, "page 5", "box at 300,100 (40x12 pt)", "Leeds", "",
                Visibility.UNDER_BOX)
            .feed(new TextUnderBoxDetector());

    assertThat(findings).hasSize(2);
    Finding page3 = findings.get(0);
    assertThat(page3.rule()).isEqualTo("text-under-box");
    assertThat(page3.severity()).isEqualTo(Severity.BLOCK);
    assertThat(page3.message())
        .contains("Page 3 has 2 boxes", "box at 72,540 (150x14 pt)", "box at 72,500 (90x14 pt)",
            "select-all or copy reveals it")
        .doesNotContain("Jane", "Smith");
    assertThat(page3.evidence()).contains("J*** S****").doesNotContain("Jane");
    assertThat(findings.get(1).message()).startsWith("Page 5 has a box");
  }

  @Test
  void visibleTextAndOtherHiddenTextAreNotBoxes() {
    assertThat(
            Events.events()
                .text(TextKind.BODY, "page 1", "", "Jane Smith", "", Visibility.VISIBLE)
                .text(TextKind.BODY, "page 1", "", "John Brown", "",
                    Visibility.INVISIBLE_RENDER_MODE)
                .feed(new TextUnderBoxDetector()))
        .isEmpty();
  }

  @Test
  void manyBoxesAreCountedNotAllListed() {
    Events e = Events.events();
    for (int i = 0; i < 5; i++) {
      e.text(TextKind.BODY, "page 1", "box at 72," + (700 - 20 * i) + " (50x14 pt)", "Name " + i,
          "", Visibility.UNDER_BOX);
    }
    Finding f = Findings.only(e.feed(new TextUnderBoxDetector()));
    assertThat(f.message()).contains("5 boxes", "and 2 more");
  }
}
