package io.foilint.detect.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.detect.Finding;
import io.foilint.detect.Severity;
import io.foilint.model.FactKind;
import io.foilint.testing.Events;
import io.foilint.testing.Findings;
import org.junit.jupiter.api.Test;

class UnappliedRedactionDetectorTest {

  @Test
  void markedRedactionsAreBlockPerPage() {
    Finding f = Findings.only(Events.events()
        .fact(FactKind.UNAPPLIED_REDACTION, "page 2", "box at 72,700 (200x14 pt)", "")
        .fact(FactKind.UNAPPLIED_REDACTION, "page 2", "box at 72,680 (200x14 pt)", "s40(2)")
        .feed(new UnappliedRedactionDetector()));
    assertThat(f.rule()).isEqualTo("unapplied-redaction");
    assertThat(f.severity()).isEqualTo(Severity.BLOCK);
    assertThat(f.message()).contains("'page 2'", "2 redactions", "never applied");
  }

  @Test
  void otherFactsAreNotRedactions() {
    assertThat(Events.events().fact(FactKind.EMBEDDED_OBJECT, "page 1", "a.csv", "attached file")
        .feed(new UnappliedRedactionDetector())).isEmpty();
  }
}
