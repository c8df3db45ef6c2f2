package io.foilint.detect.structure;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.detect.Finding;
import io.foilint.detect.Severity;
import io.foilint.model.FactKind;
import io.foilint.testing.Events;
import io.foilint.testing.Findings;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataValidationListDetectorTest {

  @Test
  void dropDownListsAreInfoPerSheet() {
    Finding f =
        Findings.only(
            Events.events()
                .fact(FactKind.DATA_VALIDATION_LIST, "Form", "B2:B200", "=Lists!$A$1:$A$20")
                .fact(FactKind.DATA_VALIDATION_LIST, "Form", "C2:C200", "Yvonne,Brendan")
                .feed(new DataValidationListDetector()));

    assertThat(f.rule()).isEqualTo("data-validation-list");
    assertThat(f.severity()).isEqualTo(Severity.INFO);
    assertThat(f.message()).contains("2 drop-down lists", "B2:B200 from =Lists!$A$1:$A$20", "C2:C200");
    Findings.assertNoneContain(List.of(f), "Yvonne", "Brendan");
  }

  @Test
  void noListsNoFinding() {
    assertThat(Events.sheet("Form").row("x").feed(new DataValidationListDetector())).isEmpty();
  }
}
