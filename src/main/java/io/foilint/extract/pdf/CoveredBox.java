package io.foilint.extract.pdf;

import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * A box drawn over text that is still in the file, with the glyphs it hides.
 *
 * @param area the box (the top-most one where boxes overlap)
 * @param glyphs the glyphs it hides, in paint order
 * @param text the hidden text, words spaced as drawn
 */
record CoveredBox(FilledArea area, List<GlyphBox> glyphs, String text) {

  /** The box's place on the page in words an officer can find: {@code box at 72,540 (150x14 pt)}. */
  String describe() {
    Rectangle2D r = area.paintedRect();
    return PdfPlace.of("box", r.getX(), r.getY(), r.getWidth(), r.getHeight());
  }

  /** The union of the hidden glyphs' visible ink, cut to the box: where the render must be flat. */
  Rectangle2D hiddenInk() {
    Rectangle2D union = null;
    for (GlyphBox g : glyphs) {
      if (g.isBlank()) {
        continue;
      }
      Rectangle2D v = g.visibleBox();
      union = union == null ? v : union.createUnion(v);
    }
    return union == null ? new Rectangle2D.Double() : union.createIntersection(area.paintedRect());
  }
}
