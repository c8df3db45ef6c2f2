package io.foilint.detect.structure;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.detect.Finding;
import io.foilint.detect.Severity;
import io.foilint.model.FactKind;
import io.foilint.testing.Events;
import io.foilint.testing.Findings;
import org.junit.jupiter.api.Test;

class UninspectedPartDetectorTest {

  @Test
  void unknownPartIsReview() {
    Finding f = Findings.only(Events.events()
        .fact(FactKind.UNINSPECTED_PART, "xl/xmlMaps.xml", "xl/xmlMaps.xml", "application/xml")
        .feed(new UninspectedPartDetector()));
    assertThat(f.rule()).isEqualTo("uninspected-part");
    assertThat(f.severity()).isEqualTo(Severity.REVIEW);
    assertThat(f.message()).contains("xl/xmlMaps.xml", "not checked");
  }

  @Test
  void archiverClutterIsOnlyNoted() {
    Finding f = Findings.only(Events.events()
        .fact(FactKind.UNINSPECTED_PART, "xl/.DS_Store", "xl/.DS_Store",
            "archiver clutter that Excel ignores (not part of the workbook)")
        .feed(new UninspectedPartDetector()));
    assertThat(f.severity()).isEqualTo(Severity.INFO);
  }

  @Test
  void aFactFlaggedAsASentenceIsTheWholeMessage() {
    Finding f = Findings.only(Events.events()
        .fact(FactKind.UNINSPECTED_PART, "PDF structure", "PDF structure",
            "The PDF is damaged (it may have been cut short); it was read after rebuilding it",
            "sentence", "true")
        .feed(new UninspectedPartDetector()));
    assertThat(f.severity()).isEqualTo(Severity.REVIEW);
    assertThat(f.message())
        .isEqualTo("The PDF is damaged (it may have been cut short); it was read after rebuilding it");
  }

  @Test
  void aPartThatIsADocumentIsBlock() {
    Finding f = Findings.only(Events.events()
        .fact(FactKind.UNINSPECTED_PART, "xl/media/image1.png", "xl/media/image1.png",
            "a part of type image/png, 9,000 bytes, holds a zip package", "block", "true")
        .feed(new UninspectedPartDetector()));
    assertThat(f.severity()).isEqualTo(Severity.BLOCK);
    assertThat(f.message()).isEqualTo(
        "Part xl/media/image1.png: a part of type image/png, 9,000 bytes, holds a zip package");
  }

  @Test
  void thePicturesOfAPackageAreOneReview() {
    Finding f = Findings.only(Events.events()
        .fact(FactKind.UNINSPECTED_PART, "xl/media/image1.png", "2 pictures",
            "2 pictures, 300 bytes in all: xl/media/image1.png, xl/media/image2.png", "pictures", "true")
        .feed(new UninspectedPartDetector()));
    assertThat(f.severity()).isEqualTo(Severity.REVIEW);
    assertThat(f.message()).startsWith("2 pictures, 300 bytes in all");
  }

  @Test
  void otherFactsAreNotThisRule() {
    assertThat(Events.events().fact(FactKind.CUSTOM_XML_PART, "customXml/item1.xml", "x", "")
        .feed(new UninspectedPartDetector())).isEmpty();
  }
}
