package io.foilint.detect.structure;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.detect.Severity;
import io.foilint.model.FactKind;
import io.foilint.testing.Events;
import io.foilint.testing.Findings;
import org.junit.jupiter.api.Test;

class CroppedImageDetectorTest {

  @Test
  void aCroppedPictureIsReviewNamingItWhereItIsAndHowMuchIsCut() {
    var finding = Findings.only(
        Events.events()
            .fact(FactKind.CROPPED_IMAGE, "paragraph 3", "Picture 2", "left 25%, bottom 12.5% cut off",
                "left", "25", "top", "0", "right", "0", "bottom", "12.5")
            .feed(new CroppedImageDetector()));

    assertThat(finding.severity()).isEqualTo(Severity.REVIEW);
    assertThat(finding.message()).contains("'Picture 2'", "in paragraph 3", "left 25%",
        "bottom 12.5%", "still holds the whole picture");
    assertThat(finding.fix()).contains("Delete cropped areas of pictures");
  }

  @Test
  void thePicturePartIsNamedWhenKnownAndAPersonalNameIsMasked() {
    var finding = Findings.only(
        Events.events()
            .fact(FactKind.CROPPED_IMAGE, "Staff", "Niamh Quenby", "top 10% cut off",
                "top", "10", "target", "xl/media/image1.png")
            .feed(new CroppedImageDetector()));

    assertThat(finding.message()).contains("(xl/media/image1.png)", "in Staff")
        .doesNotContain("Niamh Quenby");
  }

  @Test
  void noCropNoFinding() {
    assertThat(Events.events()
        .fact(FactKind.EMBEDDED_OBJECT, "word/embeddings/x.xlsx", "x.xlsx", "workbook")
        .feed(new CroppedImageDetector())).isEmpty();
  }
}
