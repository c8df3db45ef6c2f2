package io.foilint.extract.pdf;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * The pages of a document as PDFBox's page tree walk finds them. A damaged tree can state a page
 * count its kids do not hold, and then {@code PDDocument.getPage(i)} fails for pages that exist;
 * walking the tree, as the text stripper does, reads what is there, in the stripper's numbering.
 */
public final class PdfPages {

  private PdfPages() {}

  public static List<PDPage> of(PDDocument document) {
    List<PDPage> pages = new ArrayList<>();
    for (PDPage page : document.getPages()) {
      pages.add(page);
    }
    return pages;
  }
}
