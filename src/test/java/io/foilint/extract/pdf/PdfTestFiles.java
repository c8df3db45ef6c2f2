package io.foilint.extract.pdf;

import io.foilint.extract.ExtractionContext;
import io.foilint.testing.RecordingHandler;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Small PDFs built with PDFBox for the structure tests, and a one-call extraction. */
final class PdfTestFiles {

  private PdfTestFiles() {}

  static PDType1Font helvetica() {
    return new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  }

  /** Adds a page showing {@code lines} from the top, one under another. */
  static PDPage addPage(PDDocument doc, String... lines) throws IOException {
    PDPage page = new PDPage();
    doc.addPage(page);
    try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
      writeLines(cs, lines);
    }
    return page;
  }

  static void writeLines(PDPageContentStream cs, String... lines) throws IOException {
    cs.beginText();
    cs.setFont(helvetica(), 12);
    cs.newLineAtOffset(72, 700);
    for (String line : lines) {
      cs.showText(line);
      cs.newLineAtOffset(0, -20);
    }
    cs.endText();
  }

  static RecordingHandler extract(Path pdf) throws Exception {
    RecordingHandler out = new RecordingHandler();
    new PdfExtractor().extract(pdf, ExtractionContext.standalone(), out);
    return out;
  }
}
