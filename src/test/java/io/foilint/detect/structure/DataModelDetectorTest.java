package io.foilint.detect.structure;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.detect.Finding;
import io.foilint.detect.Severity;
import io.foilint.model.FactKind;
import io.foilint.testing.Events;
import io.foilint.testing.Findings;
import org.junit.jupiter.api.Test;

class DataModelDetectorTest {

  @Test
  void dataModelBlocksBecauseItCannotBeInspected() {
    Finding f =
        Findings.only(
            Events.events().fact(FactKind.DATA_MODEL, "xl/model/item.data", "", "", "bytes", "2097152")
                .feed(new DataModelDetector()));

    assertThat(f.rule()).isEqualTo("data-model");
    assertThat(f.severity()).isEqualTo(Severity.BLOCK);
    assertThat(f.message()).contains("Power Pivot data model", "2.0 MB", "cannot inspect");
    assertThat(f.location().place()).isEqualTo("xl/model/item.data");
  }

  @Test
  void otherFactsNoFinding() {
    assertThat(
            Events.events().fact(FactKind.CUSTOM_XML_PART, "customXml/item1.xml", "", "")
                .feed(new DataModelDetector()))
        .isEmpty();
  }
}
