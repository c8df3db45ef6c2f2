package io.foilint.extract.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.FoiLint;
import io.foilint.detect.Finding;
import io.foilint.testing.Corpus;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfPagesTest {

  @TempDir Path dir;

  @Test
  void aPageTreeThatOverstatesItsCountIsReadForThePagesItHas() throws Exception {
    Path pdf = dir.resolve("overstated.pdf");
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new PDPage());
      doc.addPage(new PDPage());
      // Damage as some writers leave it: the tree says 5 pages, its kids hold 2.
      doc.getPages().getCOSObject().setInt(COSName.COUNT, 5);
      doc.save(pdf.toFile());
    }
    try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
      assertThat(PdfPages.of(doc)).hasSize(2);
    }
  }

  @Test
  void aPdfEmbeddedInARealWorkbookWithADamagedPageTreeIsRead() throws Exception {
    // poi__61300.xls embeds a PDF whose page tree PDFBox can walk but not index into.
    Path xls = Corpus.file("xls/poi__61300.xls");

    List<Finding> findings = FoiLint.check(xls).files().get(0).findings();

    // Its page tree is read; what fails it closed is a form whose compressed data is garbled
    // ("invalid distance too far back" a third of the way in; PDFBox decodes up to there).
    assertThat(findings).noneMatch(f -> f.rule().equals("unreadable-file")
        && f.location().container().equals("embedded PDF document (storage MBD006CBD3A)") && f.message().contains("page list"));
    assertThat(findings).anyMatch(f -> f.rule().equals("unreadable-file")
        && f.location().container().equals("embedded PDF document (storage MBD006CBD3A)")
        && f.message().contains("A form (object 5) is damaged"));
  }
}
