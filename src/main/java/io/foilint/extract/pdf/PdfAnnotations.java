package io.foilint.extract.pdf;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.ExtractionException;
import io.foilint.model.ContentHandler;
import io.foilint.model.Fact;
import io.foilint.model.FactKind;
import io.foilint.model.Location;
import io.foilint.model.TextBlock;
import io.foilint.model.TextKind;
import io.foilint.model.Visibility;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFileAttachment;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationMarkup;

/**
 * Page annotations: comments and other markup (their text and author, hidden until opened),
 * redactions marked but never applied ({@code /Redact}: the content under them is still in the
 * file), dark highlights and filled squares laid over text as a black-out, and files attached to a page (scanned like any embedded document).
 */
final class PdfAnnotations {

  private final PDDocument document;
  private final ExtractionContext context;
  private final ContentHandler out;

  /** Files attached to pages are reported and scanned as the document's own attachments are. */
  private final PdfAttachments attachments;

  PdfAnnotations(PDDocument document, ExtractionContext context, ContentHandler out,
      PdfAttachments attachments) {
    this.document = document;
    this.context = context;
    this.out = out;
    this.attachments = attachments;
  }

  void report() throws IOException, ExtractionException {
    int pageNumber = 0;
    for (PDPage page : document.getPages()) {
      pageNumber++;
      context.checkDeadline();
      Location where = Location.of("page " + pageNumber, "");
      for (PDAnnotation a : page.getAnnotations()) {
        String subtype = a.getSubtype() == null ? "" : a.getSubtype();
        String box = box(a.getRectangle());
        String place = place(AnnotationWords.of(a), a.getRectangle());
        if (subtype.equals("Redact")) {
          String overlay = a.getCOSObject().getString(org.apache.pdfbox.cos.COSName.getPDFName("OverlayText"), "");
          out.fact(new Fact(FactKind.UNAPPLIED_REDACTION, where.withRef(box), box, overlay));
        } else if (a instanceof PDAnnotationFileAttachment attachment) {
          attached(attachment, where);
        } else {
          darkMarkup(page, a, where, subtype, box);
        }
        String contents = a.getContents();
        if (contents != null && !contents.isBlank() && !subtype.equals("Redact")) {
          String author = a instanceof PDAnnotationMarkup m && m.getTitlePopup() != null ? m.getTitlePopup() : "";
          out.text(new TextBlock(TextKind.COMMENT, where.withRef(place),
              contents, author, Visibility.COMMENT));
          if (!author.isBlank()) {
            out.fact(new Fact(FactKind.COMMENT_AUTHOR, where, "author", author));
          }
        } else if (a instanceof PDAnnotationMarkup m && m.getTitlePopup() != null
            && !m.getTitlePopup().isBlank() && !subtype.equals("Redact")) {
          // a square, line or stamp with no note still carries its author's name
          out.fact(new Fact(FactKind.COMMENT_AUTHOR, where, "author", m.getTitlePopup()));
        }
      }
    }
  }

  /** A dark opaque highlight or filled square over page text: a black-out that only covers it. */
  private void darkMarkup(PDPage page, PDAnnotation a, Location where, String subtype, String box)
      throws IOException {
    String colour = DarkMarkup.darkColour(a);
    if (colour == null) {
      return;
    }
    String under = DarkMarkup.textUnder(page, a);
    if (under.isBlank()) {
      return;
    }
    String author = a instanceof PDAnnotationMarkup m && m.getTitlePopup() != null ? m.getTitlePopup() : "";
    out.fact(new Fact(FactKind.DARK_MARKUP, where.withRef(subtype.toLowerCase(Locale.ROOT) + " " + box),
        subtype, under, Map.of("colour", colour, "author", author)));
  }

  private void attached(PDAnnotationFileAttachment attachment, Location where)
      throws IOException, ExtractionException {
    if (attachment.getFile() instanceof PDComplexFileSpecification spec) {
      attachments.attach(spec, "attachment", where);
    }
  }

  /** "sticky note at x,y (wxh pt)": what the annotation is, in a viewer's words, and where. */
  private static String place(String what, PDRectangle r) {
    return r == null ? what : PdfPlace.of(what, r.getLowerLeftX(), r.getLowerLeftY(), r.getWidth(), r.getHeight());
  }

  /** The annotation's rectangle in points from the page's lower-left corner: x,y,w,h. */
  private static String box(PDRectangle r) {
    if (r == null) {
      return "";
    }
    return PdfPlace.of("box", r.getLowerLeftX(), r.getLowerLeftY(), r.getWidth(), r.getHeight());
  }
}
