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

class CoveredTextRepeatedDetectorTest {

  @Test
  void aNameUnderABoxThatABookmarkRepeatsIsBlock() {
    Finding f = Findings.only(Events.events()
        .text(TextKind.OTHER, "bookmarks", "Annex A / Statement of Grace Quenby",
            "Statement of Grace Quenby", "", Visibility.METADATA)
        .text(TextKind.BODY, "page 3", "box at 72,540 (90x14 pt)", "Grace Quenby", "", Visibility.UNDER_BOX)
        .feed(new CoveredTextRepeatedDetector()));
    assertThat(f.rule()).isEqualTo("covered-text-repeated");
    assertThat(f.severity()).isEqualTo(Severity.BLOCK);
    assertThat(f.location().place()).isEqualTo("page 3");
    assertThat(f.message()).contains("page 3 (box at 72,540 (90x14 pt))", "a bookmark")
        .doesNotContain("Quenby");
    assertThat(f.evidence()).contains("G**** Q*****").doesNotContain("Quenby");
  }

  @Test
  void textUnderADarkHighlightRepeatedInAFormFieldIsBlock() {
    Finding f = Findings.only(Events.events()
        .fact(FactKind.DARK_MARKUP, "page 1", "Highlight", "PC 4471 Aled Hartwell")
        .text(TextKind.OTHER, "form field", "officer", "Aled Hartwell", "", Visibility.VISIBLE)
        .feed(new CoveredTextRepeatedDetector()));
    assertThat(f.message()).contains("form field officer");
  }

  @Test
  void coveredTextNotRepeatedIsNotThisRule() {
    assertThat(Events.events()
        .text(TextKind.OTHER, "bookmarks", "Annex A", "Annex A: statements", "", Visibility.METADATA)
        .text(TextKind.BODY, "page 3", "box", "Grace Quenby", "", Visibility.UNDER_BOX)
        .feed(new CoveredTextRepeatedDetector())).isEmpty();
  }

  @Test
  void partOfAWordIsNotARepeat() {
    // "Anne" is covered; the bookmark says "Annex" — not the same word.
    assertThat(Events.events()
        .text(TextKind.OTHER, "bookmarks", "Annex", "Annex B", "", Visibility.METADATA)
        .text(TextKind.BODY, "page 1", "box", "Anne", "", Visibility.UNDER_BOX)
        .feed(new CoveredTextRepeatedDetector())).isEmpty();
  }

  @Test
  void visibleBodyTextIsNeitherCoveredNorACopy() {
    assertThat(Events.events()
        .text(TextKind.BODY, "page 1", "", "Grace Quenby", "", Visibility.VISIBLE)
        .text(TextKind.BODY, "page 2", "", "Grace Quenby", "", Visibility.VISIBLE)
        .feed(new CoveredTextRepeatedDetector())).isEmpty();
  }
}
