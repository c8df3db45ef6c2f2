package io.foilint.extract.pdf;

import java.awt.Shape;
import java.awt.geom.Rectangle2D;

/**
 * An opaque area painted on a page: one rectangle of a fill ({@code re}), the bounds of another
 * filled path, an image or a shading.
 *
 * @param order paint order on the page; what is painted later lies on top
 * @param kind what painted it
 * @param rect the rectangle (one {@code re} of the path) or the bounds of the path, image or
 *     shading, in page space
 * @param shape the whole filled path, carrying the winding rule it was filled with (so rings
 *     and holes are not counted as paint), or null when the area is exactly {@code rect}
 * @param clip bounds of the clipping path in force when it was painted
 * @param rgb the fill colour ({@code 0xRRGGBB}), or {@link GlyphBox#UNKNOWN_COLOUR} for
 *     patterns, images and shadings
 */
record FilledArea(
    int order, Kind kind, Rectangle2D rect, Shape shape, Rectangle2D clip,
    int rgb) {

  /** What painted an area. */
  enum Kind {
    RECTANGLE,
    PATH,
    IMAGE,
    SHADING
  }

  /** The area as it can show on the page: its rectangle cut by the clip. */
  Rectangle2D paintedRect() {
    return rect.createIntersection(clip);
  }

  /** Whether the fill paints the point (the path's winding rule decides rings and holes). */
  boolean paints(double x, double y) {
    Rectangle2D r = paintedRect();
    if (!r.contains(x, y)) {
      return false;
    }
    return shape == null || shape.contains(x, y);
  }

  double width() {
    return Math.max(0, paintedRect().getWidth());
  }

  double height() {
    return Math.max(0, paintedRect().getHeight());
  }
}
