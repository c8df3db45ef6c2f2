package io.foilint.extract.pdf;

import io.foilint.model.AnnotationPlaces;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;

/**
 * A PDF annotation as an officer sees it in a viewer ("sticky note", "text box", "highlight"),
 * never PDF's own subtype name ("FreeText", "Text"). A text box that draws its text on the page
 * (it has an appearance and is neither hidden nor set not to show) is
 * {@link AnnotationPlaces#PRINTED}: its text is not hover-only.
 */
final class AnnotationWords {

  private AnnotationWords() {}

  /** The words for an annotation, "printed text box" when its text is printed on the page. */
  static String of(PDAnnotation a) {
    String subtype = a.getSubtype() == null ? "" : a.getSubtype();
    if (subtype.equals("FreeText") && printsItsAppearance(a)) {
      return AnnotationPlaces.PRINTED;
    }
    return of(subtype);
  }

  /** The words for a subtype. */
  static String of(String subtype) {
    return switch (subtype) {
      case "Text" -> "sticky note";
      case "FreeText" -> "text box";
      case "Popup" -> "pop-up note";
      case "Square" -> "rectangle";
      case "Circle" -> "oval";
      case "Highlight" -> "highlight";
      case "Underline" -> "underline";
      case "Squiggly" -> "squiggly underline";
      case "StrikeOut" -> "strike-through";
      case "Ink" -> "freehand drawing";
      case "Stamp" -> "stamp";
      case "Caret" -> "insertion mark";
      case "Line" -> "line";
      case "Polygon" -> "polygon";
      case "PolyLine" -> "polyline";
      case "FileAttachment" -> "attached file";
      case "Sound" -> "sound";
      case "Link" -> "link";
      case "Widget" -> "form field";
      case "Redact" -> "redaction mark";
      case "" -> "annotation";
      default -> subtype.toLowerCase(Locale.ROOT) + " annotation";
    };
  }

  private static boolean printsItsAppearance(PDAnnotation a) {
    return !a.isHidden() && !a.isNoView() && a.getNormalAppearanceStream() != null;
  }
}
