package io.foilint.detect.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.detect.Finding;
import io.foilint.detect.Severity;
import io.foilint.model.TextKind;
import io.foilint.model.Visibility;
import io.foilint.testing.Events;
import io.foilint.testing.Findings;
import org.junit.jupiter.api.Test;

class BackgroundColouredTextDetectorTest {

  @Test
  void whiteOnWhitePageTextIsBlock() {
    Finding f = Findings.only(Events.events()
        .text(TextKind.BODY, "page 4", "text at 72,600 (180x11 pt)", "informant PC Hartwell", "",
            Visibility.INVISIBLE_TEXT)
        .feed(new BackgroundColouredTextDetector()));
    assertThat(f.rule()).isEqualTo("background-coloured-text");
    assertThat(f.severity()).isEqualTo(Severity.BLOCK);
    assertThat(f.message()).contains("Page 4", "coloured like the background", "text at 72,600");
    assertThat(f.evidence()).doesNotContain("Hartwell");
  }

  @Test
  void spreadsheetCellsColouredLikeTheirBackgroundAreLeftToInvisibleText() {
    // Cells arrive as rows, not text blocks: the invisible-text rule reports them, this one not.
    assertThat(Events.sheet("Staff").styledRow(Visibility.INVISIBLE_TEXT, "Smith", "PC")
        .feed(new BackgroundColouredTextDetector())).isEmpty();
  }

  @Test
  void whiteTextARenderShowedIsVisibleAndNotReported() {
    assertThat(Events.events()
        .text(TextKind.BODY, "page 1", "", "Table heading", "", Visibility.VISIBLE)
        .feed(new BackgroundColouredTextDetector())).isEmpty();
  }

  @Test
  void aSingleWhiteDigitFormsNoWordAndIsOnlyInfo() {
    // corpus xlsx/poi__58325_db.xlsx: one white "3" at the foot of page 7 of an embedded PDF
    Finding f = Findings.only(Events.events()
        .text(TextKind.BODY, "page 7", "text at 568,19 (4x10 pt)", "3", "", Visibility.INVISIBLE_TEXT)
        .feed(new BackgroundColouredTextDetector()));
    assertThat(f.severity()).isEqualTo(Severity.INFO);
    assertThat(f.message()).contains("1 character", "too few to form a word");
  }

  @Test
  void threeLoneCharactersFormNoWordButTwoLettersInARowDo() {
    assertThat(Findings.only(Events.events()
        .text(TextKind.BODY, "page 1", "", "a", "", Visibility.INVISIBLE_TEXT)
        .text(TextKind.BODY, "page 2", "", "1 b", "", Visibility.INVISIBLE_TEXT)
        .feed(new BackgroundColouredTextDetector())).severity()).isEqualTo(Severity.INFO);
    assertThat(Findings.only(Events.events()
        .text(TextKind.BODY, "page 1", "", "Jo", "", Visibility.INVISIBLE_TEXT)
        .feed(new BackgroundColouredTextDetector())).severity()).isEqualTo(Severity.BLOCK);
  }

  @Test
  void fourCharactersOnDifferentPagesAreBlock() {
    // a few digits each on its own look harmless, but together they are more than a stray label
    assertThat(Findings.only(Events.events()
        .text(TextKind.BODY, "page 1", "", "4", "", Visibility.INVISIBLE_TEXT)
        .text(TextKind.BODY, "page 2", "", "7 1", "", Visibility.INVISIBLE_TEXT)
        .text(TextKind.BODY, "page 3", "", "9", "", Visibility.INVISIBLE_TEXT)
        .feed(new BackgroundColouredTextDetector())).severity()).isEqualTo(Severity.BLOCK);
  }
}
