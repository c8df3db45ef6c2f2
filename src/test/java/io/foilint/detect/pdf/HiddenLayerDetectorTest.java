package io.foilint.detect.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.detect.Finding;
import io.foilint.detect.Severity;
import io.foilint.model.FactKind;
import io.foilint.model.TextKind;
import io.foilint.model.Visibility;
import io.foilint.testing.Events;
import io.foilint.testing.Findings;
import java.util.List;
import org.junit.jupiter.api.Test;

class HiddenLayerDetectorTest {

  @Test
  void textOnAHiddenLayerIsBlock() {
    List<Finding> findings = Events.events()
        .text(TextKind.BODY, "page 1", "layer 'Reviewer notes'", "Complainant is Jane Smith", "",
            Visibility.HIDDEN_LAYER)
        .fact(FactKind.PDF_LAYER, "layers", "Reviewer notes", "off", "used", "true", "pages", "1", "hasText", "true")
        .feed(new HiddenLayerDetector());
    Finding f = Findings.only(findings);
    assertThat(f.rule()).isEqualTo("hidden-layer");
    assertThat(f.severity()).isEqualTo(Severity.BLOCK);
    assertThat(f.message()).contains("page 1, layer 'Reviewer notes'");
    Findings.assertNoneContain(findings, "Jane Smith");
  }

  @Test
  void aHiddenLayerWithOnlyGraphicsIsReviewAndLayersOnOrUnusedSayNothing() {
    assertThat(Findings.only(Events.events()
        .fact(FactKind.PDF_LAYER, "layers", "Site plan", "off", "used", "true", "pages", "2, 3", "hasText", "false")
        .feed(new HiddenLayerDetector())))
        .satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.REVIEW);
          assertThat(f.message()).contains("'Site plan'", "pages 2, 3");
        });
    assertThat(Events.events()
        .fact(FactKind.PDF_LAYER, "layers", "Body", "on", "used", "true", "pages", "1", "hasText", "false")
        .fact(FactKind.PDF_LAYER, "layers", "Spare", "off", "used", "false", "hasText", "false")
        .text(TextKind.BODY, "page 1", "", "Decision", "", Visibility.VISIBLE)
        .feed(new HiddenLayerDetector())).isEmpty();
  }
}
