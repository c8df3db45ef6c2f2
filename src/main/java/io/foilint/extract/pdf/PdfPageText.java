package io.foilint.extract.pdf;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.ExtractionException;
import io.foilint.model.ContentHandler;
import io.foilint.model.Location;
import io.foilint.model.TextBlock;
import io.foilint.model.TextKind;
import io.foilint.model.Visibility;
import java.io.IOException;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The text of each page, one body block per page for the text a reader sees and one for the text
 * drawn in the invisible render mode (3), which only copying or searching reveals.
 */
final class PdfPageText {

  /** Whether the page's own resources hold an image (directly or in a form it draws). */
  static boolean drawsImage(PDPage page) {
    try {
      return holdsImage(page.getResources(), 0);
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static boolean holdsImage(PDResources resources, int depth) throws IOException {
    if (resources == null || depth > 4) {
      return false;
    }
    for (COSName name : resources.getXObjectNames()) {
      PDXObject x = resources.getXObject(name);
      if (x instanceof PDImageXObject) {
        return true;
      }
      if (x instanceof PDFormXObject form && holdsImage(form.getResources(), depth + 1)) {
        return true;
      }
    }
    return false;
  }

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
        // A scanner's OCR layer is invisible text laid over the page image: the reader sees the
        // same words as pixels. Until the check for text under dark image regions lands (issue 4),
        // invisible text on a page that draws an image is read as that page's visible text.
        Visibility v = drawsImage(document.getPage(page - 1)) ? Visibility.VISIBLE : Visibility.INVISIBLE_RENDER_MODE;
        out.text(new TextBlock(TextKind.BODY, where, invisible, "", v));
      }
    }
  }
}
