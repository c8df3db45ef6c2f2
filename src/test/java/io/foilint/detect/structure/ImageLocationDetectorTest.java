package io.foilint.detect.structure;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.detect.Severity;
import io.foilint.model.FactKind;
import io.foilint.testing.Events;
import io.foilint.testing.Findings;
import org.junit.jupiter.api.Test;

class ImageLocationDetectorTest {

  @Test
  void aPictureWithAGpsPositionIsReviewWithThePositionRounded() {
    var finding = Findings.only(
        Events.events()
            .fact(FactKind.IMAGE_LOCATION, "word/media/image1.jpeg", "GPS", "51.501350, -0.141889",
                "latitude", "51.50135", "longitude", "-0.141889", "format", "JPEG")
            .feed(new ImageLocationDetector()));

    assertThat(finding.severity()).isEqualTo(Severity.REVIEW);
    assertThat(finding.location().place()).isEqualTo("word/media/image1.jpeg");
    assertThat(finding.message()).contains("word/media/image1.jpeg", "about 51.5° N, 0.1° W");
    assertThat(finding.evidence()).isEqualTo("about 51.5° N, 0.1° W");
    // the exact position never reaches the report
    Findings.assertNoneContain(java.util.List.of(finding), "51.50135", "0.14189", "51.501");
  }

  @Test
  void southernAndEasternPositionsAreNamedSo() {
    assertThat(ImageLocationDetector.rounded("-33.8688", "151.2093"))
        .isEqualTo("about 33.9° S, 151.2° E");
  }

  @Test
  void otherFactsAndPicturesWithoutPositionGiveNothing() {
    assertThat(Events.events()
        .fact(FactKind.DOCUMENT_PROPERTY, "word/media/image1.jpeg", "Exif IFD0:Software", "GIMP")
        .fact(FactKind.UNINSPECTED_PART, "picture", "1 picture", "a JPEG picture", "pictures", "true")
        .feed(new ImageLocationDetector())).isEmpty();
  }
}
