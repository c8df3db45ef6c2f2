package io.foilint.model;

/**
 * How a PDF annotation's reference says whether its text is printed on the page. A FreeText
 * annotation (a text box typed onto the page) draws its text where everyone sees it; a sticky
 * note, a pop-up or a comment on a highlight shows its text only when a reader opens it. The PDF
 * reader names the first kind {@code printed text box at x,y (wxh pt)}, so the comment rule
 * words each kind truthfully without its own look at the PDF.
 */
public final class AnnotationPlaces {

  /** The reference prefix of an annotation whose text is printed on the page. */
  public static final String PRINTED = "printed text box";

  private AnnotationPlaces() {}

  /** True when the annotation at {@code ref} prints its text on the page. */
  public static boolean isPrinted(String ref) {
    return ref != null && ref.startsWith(PRINTED + " ");
  }
}
