package io.foilint.extract.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.detect.Finding;
import io.foilint.detect.Severity;
import io.foilint.extract.Limits;
import io.foilint.fixtures.FixtureAccess;
import io.foilint.scan.ScanEngine;
import io.foilint.verdict.Policy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Office for Mac keeps vector pictures as PDF parts (corpus poi__Bug51170.docx: a header logo,
 * word/media/image1.pdf, with a PNG beside it). Shown as a picture it is no hidden document: it
 * is scanned, but not BLOCK; the same PDF that no picture relationship shows still is.
 */
class PdfPicturePartTest {

  private static final String IMAGE =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image";
  private static final String OTHER = "http://example.org/relationships/attachment";

  @TempDir Path dir;

  private List<Finding> uninspected(String relationshipType) throws Exception {
    byte[] pdf = FixtureAccess.pdfWithAttachment("note.txt", "text/plain", "hello".getBytes());
    byte[] workbook = FixtureAccess.withPart(FixtureAccess.hiddenSheetWorkbook(),
        "xl/media/image1.pdf", pdf, "application/pdf", "xl/workbook.xml", relationshipType,
        "media/image1.pdf");
    Path file = Files.write(dir.resolve("answer.xlsx"), workbook);
    return new ScanEngine(Limits.DEFAULT, Policy.DEFAULT).scan(List.of(file)).get(0).findings()
        .stream().filter(f -> f.rule().equals("uninspected-part")).toList();
  }

  @Test
  void aPdfShownAsAPictureIsScannedButNotBlocked() throws Exception {
    List<Finding> found = uninspected(IMAGE);
    assertThat(found).noneMatch(f -> f.severity() == Severity.BLOCK);
    assertThat(found).anySatisfy(f -> assertThat(f.message()).contains("xl/media/image1.pdf",
        "a picture kept as a PDF document", "scanned as an embedded document"));
  }

  @Test
  void theSamePdfReachedOtherwiseIsADocumentHiddenInThePackage() throws Exception {
    assertThat(uninspected(OTHER)).anySatisfy(f -> {
      assertThat(f.severity()).isEqualTo(Severity.BLOCK);
      assertThat(f.message()).contains("a document hidden inside the package");
    });
  }
}
