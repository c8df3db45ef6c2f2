package io.foilint.detect.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.detect.Finding;
import io.foilint.detect.Severity;
import io.foilint.model.FactKind;
import io.foilint.testing.Events;
import io.foilint.testing.Findings;
import org.junit.jupiter.api.Test;

class DarkAnnotationDetectorTest {

  @Test
  void aDarkHighlightOverTextIsBlockWithMaskedEvidence() {
    Finding f = Findings.only(Events.events()
        .fact(FactKind.DARK_MARKUP, "page 1", "Highlight", "Jane Smith", "colour", "0.00 0.00 0.00",
            "author", "Kevin Brown")
        .feed(new DarkAnnotationDetector()));
    assertThat(f.rule()).isEqualTo("dark-annotation");
    assertThat(f.severity()).isEqualTo(Severity.BLOCK);
    assertThat(f.message()).contains("dark highlight", "K**** B****").doesNotContain("Kevin");
    assertThat(f.evidence()).contains("J*** S****").doesNotContain("Jane");
  }

  @Test
  void aDarkBoxOverNothingIsNotReported() {
    assertThat(Events.events().fact(FactKind.DARK_MARKUP, "page 1", "Square", "")
        .feed(new DarkAnnotationDetector())).isEmpty();
  }

  @Test
  void otherFactsAreNotThisRule() {
    assertThat(Events.events().fact(FactKind.UNAPPLIED_REDACTION, "page 1", "box", "")
        .feed(new DarkAnnotationDetector())).isEmpty();
  }
}
