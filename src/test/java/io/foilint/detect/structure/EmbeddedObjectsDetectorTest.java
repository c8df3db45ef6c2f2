package io.foilint.detect.structure;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.detect.Severity;
import io.foilint.model.FactKind;
import io.foilint.testing.Events;
import io.foilint.testing.Findings;
import org.junit.jupiter.api.Test;

class EmbeddedObjectsDetectorTest {

  @Test
  void embeddedFilesAreReviewWithScanNote() {
    var findings =
        Events.events()
            .fact(FactKind.EMBEDDED_OBJECT, "Sheet1", "xl/embeddings/Book1.xlsx", "Excel workbook",
                "bytes", "20480", "scanned", "true")
            .fact(FactKind.EMBEDDED_OBJECT, "Sheet1", "xl/embeddings/oleObject1.bin", "Package")
            .feed(new EmbeddedObjectsDetector());

    assertThat(Findings.severities(findings)).containsExactly(Severity.REVIEW, Severity.REVIEW);
    assertThat(findings.get(0).message()).contains("20 KB", "listed with its inner path");
    assertThat(findings.get(1).message()).contains("could not look inside");
  }

  @Test
  void noEmbeddingNoFinding() {
    assertThat(Events.sheet("S").row("x").feed(new EmbeddedObjectsDetector())).isEmpty();
  }
}
