package io.foilint.extract.pdf;

import java.awt.geom.Rectangle2D;

/**
 * One glyph as painted on a page: where its ink really is, not the line box a text extractor
 * reports, so a box that hides the ink of a glyph is told apart from one that only touches its
 * line.
 *
 * @param order paint order on the page; what is painted later lies on top
 * @param box the glyph's ink box in page space (PDF points, origin bottom-left); for a space,
 *     its advance box
 * @param clip bounds of the clipping path in force when it was painted
 * @param unicode the text it stands for ({@code U+FFFD} when the font does not say)
 * @param rgb the colour it is painted in ({@code 0xRRGGBB}), or {@link #UNKNOWN_COLOUR}
 * @param size font size on the page, in points, to tell word gaps from letter spacing
 */
record GlyphBox(
    int order, Rectangle2D box, Rectangle2D clip, String unicode, int rgb, double size) {

  static final int UNKNOWN_COLOUR = -1;

  /** The part of the glyph the clip lets show; empty when it is clipped away. */
  Rectangle2D visibleBox() {
    return box.createIntersection(clip);
  }

  boolean isBlank() {
    return unicode.isBlank();
  }
}
