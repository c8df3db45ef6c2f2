package io.foilint.extract.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.extract.ExtractionContext;
import io.foilint.model.TableOrigin;
import io.foilint.model.TextBlock;
import io.foilint.model.Visibility;
import io.foilint.testing.RecordingHandler;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the first page of a longer document hides is found too. The text stripper visits every
 * page of the document for each page it reads, so state kept per page must not be reset by the
 * pages after it.
 */
class MultiPageTest {

  @TempDir Path dir;

  @Test
  void aBoxWhiteTextAndATableOnPageOneOfThreeAreAllFound() throws Exception {
    Path pdf = dir.resolve("three-pages.pdf");
    try (PDDocument doc = new PDDocument()) {
      for (int p = 1; p <= 3; p++) {
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          line(cs, 72, 700, "Witness statement, page " + p);
          if (p == 1) {
            line(cs, 72, 680, "Taken from Sarah Thompson on 4 May");
            cs.setNonStrokingColor(0f, 0f, 0f);
            cs.addRect(140, 676, 90, 16);
            cs.fill();
            cs.setNonStrokingColor(1f, 1f, 1f);
            line(cs, 72, 640, "Note: informant is Kevin Brown");
            cs.setNonStrokingColor(0f, 0f, 0f);
            String[][] rows = {{"Ward", "Victims"}, {"Northmere", "14"}, {"Caldbridge", "9"}, {"Easterholm", "21"}};
            for (int r = 0; r < rows.length; r++) {
              line(cs, 72, 560 - r * 16, rows[r][0]);
              line(cs, 222, 560 - r * 16, rows[r][1]);
            }
          }
        }
      }
      doc.save(pdf.toFile());
    }

    RecordingHandler out = new RecordingHandler();
    new PdfExtractor().extract(pdf, ExtractionContext.standalone(), out);

    assertThat(out.texts).filteredOn(t -> t.visibility() == Visibility.UNDER_BOX)
        .extracting(TextBlock::location).extracting(l -> l.place()).containsExactly("page 1");
    assertThat(out.texts).filteredOn(t -> t.visibility() == Visibility.INVISIBLE_TEXT)
        .singleElement().extracting(TextBlock::text).asString().contains("Kevin Brown");
    assertThat(out.tables).filteredOn(t -> t.start().origin() == TableOrigin.PDF_PAGE)
        .extracting(t -> t.start().name()).containsExactly("page 1 table 1");
  }

  private static void line(PDPageContentStream cs, float x, float y, String text) throws Exception {
    cs.beginText();
    cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
    cs.newLineAtOffset(x, y);
    cs.showText(text);
    cs.endText();
  }
}
