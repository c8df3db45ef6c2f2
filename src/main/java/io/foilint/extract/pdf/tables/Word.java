package io.foilint.extract.pdf.tables;

/**
 * A run of non-space glyphs on one baseline, in reader-oriented page coordinates (points, origin
 * top-left, y growing downwards, as PDFBox's {@code TextPosition.getYDirAdj()} gives them).
 *
 * @param text the glyphs' text
 * @param x0 left edge
 * @param x1 right edge
 * @param baseline y of the baseline
 * @param em the font size in points, the unit for "how wide is a gap"
 */
record Word(String text, float x0, float x1, float baseline, float em) {

  float centreX() {
    return (x0 + x1) / 2;
  }

  /** Middle of the x-height band: the baseline minus a third of the font size. */
  float centreY() {
    return baseline - em / 3;
  }

  float top() {
    return baseline - em * 0.8f;
  }

  float bottom() {
    return baseline + em * 0.2f;
  }
}
