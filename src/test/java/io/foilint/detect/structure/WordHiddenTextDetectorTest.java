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

class WordHiddenTextDetectorTest {

  @Test
  void hiddenWordTextIsReviewWithItsParagraphAndMaskedSample() {
    Finding f = Findings.only(Events.events()
        .text(TextKind.BODY, "paragraph 3", "", "Complainant: Niamh Quenby", "", Visibility.WORD_HIDDEN_TEXT)
        .feed(new WordHiddenTextDetector()));
    assertThat(f.rule()).isEqualTo("hidden-text");
    assertThat(f.severity()).isEqualTo(Severity.REVIEW);
    assertThat(f.message()).contains("1 passage", "paragraph 3");
    Findings.assertNoneContain(List.of(f), "Niamh", "Quenby");
  }

  @Test
  void visibleTextAndEmptyHiddenMarksAreNotReported() {
    assertThat(Events.events()
        .text(TextKind.BODY, "paragraph 1", "", "Dear Requester,", "", Visibility.VISIBLE)
        .text(TextKind.BODY, "paragraph 2", "", "  ", "", Visibility.WORD_HIDDEN_TEXT)
        .feed(new WordHiddenTextDetector())).isEmpty();
  }
}
