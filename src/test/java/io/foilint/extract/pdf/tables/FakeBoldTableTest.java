package io.foilint.extract.pdf.tables;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.extract.ExtractionContext;
import io.foilint.model.Cell;
import io.foilint.testing.RecordingHandler;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A header drawn twice a fraction of a point apart (fake bold) reads once in the table. */
class FakeBoldTableTest {

  @TempDir Path dir;

  @Test
  void aGlyphDrawnTwiceToFakeBoldIsOneGlyphInTheCell() throws Exception {
    Path pdf = dir.resolve("fake-bold.pdf");
    String[][] rows = {
      {"Ward", "Victims"}, {"Northmere", "14"}, {"Caldbridge", "9"}, {"Easterholm", "21"},
    };
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        for (int r = 0; r < rows.length; r++) {
          for (float offset : r == 0 ? new float[] {0f, 0.3f} : new float[] {0f}) {
            for (int c = 0; c < 2; c++) {
              cs.beginText();
              cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
              cs.newLineAtOffset(72 + c * 150 + offset, 700 - r * 16);
              cs.showText(rows[r][c]);
              cs.endText();
            }
          }
        }
      }
      doc.save(pdf.toFile());
    }

    RecordingHandler out = new RecordingHandler();
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      new PdfPageTables(doc, ExtractionContext.standalone(), out).report();
    }

    assertThat(out.tables).singleElement().satisfies(t ->
        assertThat(t.cells()).extracting(Cell::value).startsWith("Ward", "Victims").doesNotContain("WWaarrdd"));
  }
}
