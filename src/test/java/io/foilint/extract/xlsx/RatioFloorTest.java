package io.foilint.extract.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.detect.Finding;
import io.foilint.extract.Limits;
import io.foilint.fixtures.FixtureAccess;
import io.foilint.scan.FileReport;
import io.foilint.scan.ScanEngine;
import io.foilint.verdict.Policy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real Office files hold parts whose start compresses far beyond the bomb ratio: a blank EMF
 * picture in a Tika test letter inflates 2,560 bytes to 519,779 before its drawing starts. Below
 * {@link Limits#RATIO_FLOOR_BYTES} such a part is read; POI's running check used to refuse it.
 */
class RatioFloorTest {

  @TempDir Path dir;

  private List<Finding> scan(byte[] workbook) throws Exception {
    Path file = Files.write(dir.resolve("answer.xlsx"), workbook);
    FileReport report = new ScanEngine(Limits.DEFAULT, Policy.DEFAULT).scan(List.of(file)).get(0);
    return report.findings();
  }

  private static byte[] withPicture(byte[] picture) {
    return FixtureAccess.withPart(FixtureAccess.hiddenSheetWorkbook(), "xl/media/image1.emf",
        picture, "image/x-emf", "xl/workbook.xml",
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image",
        "media/image1.emf");
  }

  @Test
  void aPictureThatStartsBlankIsReadNotRefusedAsABomb() throws Exception {
    byte[] picture = new byte[1_400_000];
    new Random(7).nextBytes(picture); // the drawing: incompressible
    java.util.Arrays.fill(picture, 0, 900_000, (byte) 0); // the blank start: about 1000:1
    assertThat(scan(withPicture(picture))).extracting(Finding::rule)
        .doesNotContain("limit-exceeded", "unreadable-file")
        .contains("hidden-sheet");
  }

  @Test
  void aPartOverTheFloorAtABombRatioIsStillRefused() throws Exception {
    byte[] picture = new byte[(int) Limits.RATIO_FLOOR_BYTES + 2_000_000]; // all zeros
    assertThat(scan(withPicture(picture))).extracting(Finding::rule)
        .containsExactly("limit-exceeded");
  }
}
