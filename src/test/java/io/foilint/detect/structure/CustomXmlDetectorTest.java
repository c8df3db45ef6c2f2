package io.foilint.detect.structure;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.detect.Finding;
import io.foilint.detect.Severity;
import io.foilint.model.FactKind;
import io.foilint.testing.Events;
import io.foilint.testing.Findings;
import org.junit.jupiter.api.Test;

class CustomXmlDetectorTest {

  @Test
  void customXmlPartIsReview() {
    Finding f =
        Findings.only(
            Events.events()
                .fact(FactKind.CUSTOM_XML_PART, "customXml/item1.xml", "customXml/item1.xml", "",
                    "bytes", "2048", "rootElement", "DataMashup")
                .feed(new CustomXmlDetector()));

    assertThat(f.rule()).isEqualTo("custom-xml");
    assertThat(f.severity()).isEqualTo(Severity.REVIEW);
    assertThat(f.message()).contains("customXml/item1.xml", "root element DataMashup", "2 KB");
  }

  @Test
  void noPartNoFinding() {
    assertThat(Events.events().fact(FactKind.THUMBNAIL, "docProps/thumbnail.jpeg", "", "")
            .feed(new CustomXmlDetector()))
        .isEmpty();
  }
}
