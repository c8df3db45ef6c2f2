package io.foilint.extract.pdf;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.util.Matrix;

/**
 * An upright rectangle in PDF user space (points, origin bottom-left): the box of a glyph, a
 * filled area or an image on the page.
 */
record PageBox(float x0, float y0, float x1, float y1) {

  static PageBox of(Rectangle2D r) {
    return new PageBox((float) r.getMinX(), (float) r.getMinY(), (float) r.getMaxX(), (float) r.getMaxY());
  }

  static PageBox of(PDRectangle r) {
    return new PageBox(r.getLowerLeftX(), r.getLowerLeftY(), r.getUpperRightX(), r.getUpperRightY());
  }

  /** The bounds of the unit square [0,1]x[0,1] under {@code m} (where an image lands). */
  static PageBox unitSquare(Matrix m) {
    return spanning(m, 0, 0, 1, 1);
  }

  /** The bounds of the rectangle (x0,y0)-(x1,y1) under {@code m}. */
  static PageBox spanning(Matrix m, float x0, float y0, float x1, float y1) {
    Point2D.Float a = m.transformPoint(x0, y0);
    Point2D.Float b = m.transformPoint(x1, y0);
    Point2D.Float c = m.transformPoint(x0, y1);
    Point2D.Float d = m.transformPoint(x1, y1);
    return new PageBox(
        Math.min(Math.min(a.x, b.x), Math.min(c.x, d.x)),
        Math.min(Math.min(a.y, b.y), Math.min(c.y, d.y)),
        Math.max(Math.max(a.x, b.x), Math.max(c.x, d.x)),
        Math.max(Math.max(a.y, b.y), Math.max(c.y, d.y)));
  }

  float width() {
    return x1 - x0;
  }

  float height() {
    return y1 - y0;
  }

  float area() {
    return Math.max(0, width()) * Math.max(0, height());
  }

  float centreX() {
    return (x0 + x1) / 2;
  }

  float centreY() {
    return (y0 + y1) / 2;
  }

  boolean contains(float x, float y) {
    return x >= x0 && x <= x1 && y >= y0 && y <= y1;
  }

  float overlapArea(PageBox o) {
    float w = Math.min(x1, o.x1) - Math.max(x0, o.x0);
    float h = Math.min(y1, o.y1) - Math.max(y0, o.y0);
    return w <= 0 || h <= 0 ? 0 : w * h;
  }

  /** The share of this box's area that {@code o} covers (0 for an empty box). */
  float coveredBy(PageBox o) {
    float a = area();
    return a <= 0 ? 0 : overlapArea(o) / a;
  }

  PageBox union(PageBox o) {
    return new PageBox(Math.min(x0, o.x0), Math.min(y0, o.y0), Math.max(x1, o.x1), Math.max(y1, o.y1));
  }

  /** Words an officer can find the spot by: "text at 72,540 (150x14 pt)". */
  String describe() {
    return PdfPlace.of("text", x0, y0, width(), height());
  }
}
