package io.foilint.detect.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.detect.Finding;
import io.foilint.detect.Severity;
import io.foilint.model.TextKind;
import io.foilint.model.Visibility;
import io.foilint.testing.Events;
import io.foilint.testing.Findings;
import org.junit.jupiter.api.Test;

class TinyTextDetectorTest {

  @Test
  void textTooSmallToReadIsReview() {
    Finding f = Findings.only(Events.events()
        .text(TextKind.BODY, "page 1", "text at 72,700 (9x1 pt)", "Hidden keyword list", "",
            Visibility.TINY_TEXT)
        .feed(new TinyTextDetector()));
    assertThat(f.rule()).isEqualTo("tiny-text");
    assertThat(f.severity()).isEqualTo(Severity.REVIEW);
    assertThat(f.message()).contains("Page 1", "17 characters", "too small to read");
  }

  @Test
  void otherHiddenTextIsNotTiny() {
    assertThat(Events.events()
        .text(TextKind.BODY, "page 1", "text at 72,700 (9x1 pt)", "Footnote", "", Visibility.VISIBLE)
        .text(TextKind.BODY, "page 1", "text at 72,700 (9x1 pt)", "Cropped", "", Visibility.OUTSIDE_PAGE)
        .feed(new TinyTextDetector())).isEmpty();
  }
}
