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

  /**
   * Adds page objects the page tree does not reach to the end of the tree, in memory only, so
   * every pass reads them as it reads any page. Attributes a page inherits (resources, boxes,
   * rotation) are copied from its own parents first, since it is given a new one.
   */
  static void recover(PDDocument document, List<org.apache.pdfbox.cos.COSDictionary> pages) {
    for (org.apache.pdfbox.cos.COSDictionary d : pages) {
      for (org.apache.pdfbox.cos.COSName key : List.of(org.apache.pdfbox.cos.COSName.RESOURCES,
          org.apache.pdfbox.cos.COSName.MEDIA_BOX, org.apache.pdfbox.cos.COSName.CROP_BOX,
          org.apache.pdfbox.cos.COSName.ROTATE)) {
        org.apache.pdfbox.cos.COSDictionary parent = d;
        for (int depth = 0; depth < 64 && parent != null && !d.containsKey(key); depth++) {
          org.apache.pdfbox.cos.COSBase v = parent.getDictionaryObject(key);
          if (v != null) {
            d.setItem(key, v);
          }
          parent = parent.getDictionaryObject(org.apache.pdfbox.cos.COSName.PARENT)
              instanceof org.apache.pdfbox.cos.COSDictionary p ? p : null;
        }
      }
      d.setItem(org.apache.pdfbox.cos.COSName.TYPE, org.apache.pdfbox.cos.COSName.PAGE);
      document.getPages().add(new PDPage(d));
    }
  }

  public static List<PDPage> of(PDDocument document) {
    List<PDPage> pages = new ArrayList<>();
    for (PDPage page : document.getPages()) {
      pages.add(page);
    }
    return pages;
  }
}
