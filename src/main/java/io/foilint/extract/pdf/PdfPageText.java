package io.foilint.extract.pdf;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.ExtractionException;
import io.foilint.model.ContentHandler;
import io.foilint.model.Location;
import io.foilint.model.TextBlock;
import io.foilint.model.TextKind;
import io.foilint.model.Visibility;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The text of each page, one body block per page for the text a reader sees and one for the text
 * drawn in the invisible render mode (3), which only copying or searching reveals.
 */
final class PdfPageText {

  private final PDDocument document;
  private final ExtractionContext context;
  private final ContentHandler out;

  PdfPageText(PDDocument document, ExtractionContext context, ContentHandler out) {
    this.document = document;
    this.context = context;
    this.out = out;
  }

  void report() throws IOException, ExtractionException {
    RenderModeTextStripper stripper = new RenderModeTextStripper();
    int pages = document.getNumberOfPages();
    for (int page = 1; page <= pages; page++) {
      context.checkDeadline();
      stripper.setStartPage(page);
      stripper.setEndPage(page);
      String visible = stripper.getText(document);
      Location where = Location.of("page " + page, "");
      if (!visible.isBlank()) {
        out.text(new TextBlock(TextKind.BODY, where, visible.strip(), "", Visibility.VISIBLE));
      }
      String invisible = stripper.invisibleText();
      if (!invisible.isBlank()) {
        out.text(
            new TextBlock(
                TextKind.BODY, where, invisible, "", Visibility.INVISIBLE_RENDER_MODE));
      }
    }
  }
}
