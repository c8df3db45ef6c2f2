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

class DarkHighlightDetectorTest {

  @Test
  void textUnderBlackHighlightingBlocks() {
    Finding f = Findings.only(Events.events()
        .text(TextKind.BODY, "paragraph 4", "", "PC Oisin Quenby", "", Visibility.DARK_HIGHLIGHT)
        .text(TextKind.BODY, "table 1", "row 2, cell 1", "Mireille Hartwell", "", Visibility.DARK_HIGHLIGHT)
        .feed(new DarkHighlightDetector()));
    assertThat(f.rule()).isEqualTo("dark-highlight");
    assertThat(f.severity()).isEqualTo(Severity.BLOCK);
    assertThat(f.message()).contains("2 passages", "paragraph 4", "table 1");
    Findings.assertNoneContain(List.of(f), "Oisin", "Quenby", "Hartwell");
  }

  @Test
  void otherHiddenReasonsAreNotThisRule() {
    assertThat(Events.events()
        .text(TextKind.BODY, "page 1", "box", "Covered words", "", Visibility.UNDER_BOX)
        .text(TextKind.BODY, "paragraph 2", "", "Black text", "", Visibility.VISIBLE)
        .feed(new DarkHighlightDetector())).isEmpty();
  }
}
