package io.foilint.extract.pdf;

import java.util.Locale;

/**
 * How every PDF check names a spot on a page, so an officer reads one format throughout:
 * {@code box at 72,540 (150x14 pt)} — PDF points from the page's lower-left corner, rounded.
 */
public final class PdfPlace {

  private PdfPlace() {}

  /** "{what} at x,y (wxh pt)"; sizes under a point show as 1. */
  public static String of(String what, double x, double y, double width, double height) {
    return String.format(Locale.ROOT, "%s at %d,%d (%dx%d pt)", what, Math.round(x), Math.round(y),
        Math.max(1, Math.round(width)), Math.max(1, Math.round(height)));
  }
}
