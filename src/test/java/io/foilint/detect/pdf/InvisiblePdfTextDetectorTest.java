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

class InvisiblePdfTextDetectorTest {

  @Test
  void ocrWordsUnderABlackedOutAreaAreBlockWithMaskedEvidence() {
    Finding f = Findings.only(Events.events()
        .text(TextKind.BODY, "page 2", "text at 72,498 (60x11 pt)", "Jane Smith", "",
            Visibility.UNDER_DARK_IMAGE_AREA)
        .feed(new InvisiblePdfTextDetector()));
    assertThat(f.rule()).isEqualTo("invisible-pdf-text");
    assertThat(f.severity()).isEqualTo(Severity.BLOCK);
    assertThat(f.message()).contains("Page 2", "blacked-out", "text at 72,498");
    assertThat(f.evidence()).contains("J*** S****").doesNotContain("Jane");
  }

  @Test
  void hiddenWordsWhereThePageShowsOthersAreBlock() {
    Finding f = Findings.only(Events.events()
        .text(TextKind.BODY, "page 1", "text at 135,464 (90x13 pt)", "TROOPPER, LLC", "",
            Visibility.DIFFERENT_TEXT_SHOWN)
        .feed(new InvisiblePdfTextDetector()));
    assertThat(f.severity()).isEqualTo(Severity.BLOCK);
    assertThat(f.message()).contains("Page 1", "different words");
  }

  @Test
  void invisibleTextWithNothingUnderItIsReview() {
    Finding f = Findings.only(Events.events()
        .text(TextKind.BODY, "page 1", "text at 72,500 (100x11 pt)", "keywords here", "",
            Visibility.INVISIBLE_RENDER_MODE)
        .text(TextKind.BODY, "page 3", "text at 72,500 (100x11 pt)", "more keywords", "",
            Visibility.INVISIBLE_RENDER_MODE)
        .feed(new InvisiblePdfTextDetector()));
    assertThat(f.severity()).isEqualTo(Severity.REVIEW);
    assertThat(f.message()).contains("Pages 1 and 3", "invisible text");
  }

  @Test
  void visibleTextAnOcrLayerAndPunctuationAreNotReported() {
    List<Finding> findings = Events.events()
        .text(TextKind.BODY, "page 1", "", "Scanned letter text", "", Visibility.VISIBLE)
        .text(TextKind.BODY, "page 1", "text at 1,1 (5x5 pt)", "· · ·", "", Visibility.INVISIBLE_RENDER_MODE)
        .feed(new InvisiblePdfTextDetector());
    assertThat(findings).isEmpty();
  }
}
