package io.foilint.extract.pdf;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType3CharProc;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.pdmodel.font.PDVectorFont;

/**
 * The ink box of each glyph in glyph space, cached per font for the whole document: the same
 * fonts are drawn on every page, and a glyph outline is costly to build.
 *
 * <p>The ink box is what matters for "is this glyph hidden": a line box (ascent to descent) of a
 * lower-case word is mostly empty, so a box that hides every stroke of it can still overlap its
 * line box by less than x-ray's 80 % (Edact-Ray's {@code trivial_1}).
 */
final class GlyphInkBounds {

  /** Marks a glyph with no ink (a space) in the cache. */
  private static final Rectangle2D NO_INK = new Rectangle2D.Double();

  private final Map<COSDictionary, Map<Integer, Rectangle2D>> byFont = new IdentityHashMap<>();

  /**
   * The glyph's ink box in glyph space (1000 units to the em for all but Type 3 fonts, which use
   * their own font matrix), or an empty rectangle when the glyph has no ink.
   */
  Rectangle2D of(PDFont font, int code) {
    Map<Integer, Rectangle2D> glyphs =
        byFont.computeIfAbsent(font.getCOSObject(), k -> new HashMap<>());
    Rectangle2D cached = glyphs.get(code);
    if (cached == null) {
      cached = measure(font, code);
      glyphs.put(code, cached);
    }
    return cached;
  }

  private static Rectangle2D measure(PDFont font, int code) {
    try {
      if (font instanceof PDVectorFont vector) {
        Rectangle2D b = vector.getNormalizedPath(code).getBounds2D();
        return b.isEmpty() ? NO_INK : b;
      }
      if (font instanceof PDType3Font type3) {
        PDType3CharProc proc = type3.getCharProc(code);
        PDRectangle glyph = proc == null ? null : proc.getGlyphBBox();
        if (glyph != null && glyph.getWidth() > 0 && glyph.getHeight() > 0) {
          return toRect(glyph);
        }
      }
    } catch (IOException | RuntimeException e) {
      // A broken outline: fall back to the font's box below, so the glyph is still considered.
    }
    return fontBox(font);
  }

  private static Rectangle2D fontBox(PDFont font) {
    try {
      PDRectangle b = new PDRectangle(font.getBoundingBox());
      if (b.getWidth() > 0 && b.getHeight() > 0) {
        return toRect(b);
      }
    } catch (IOException | RuntimeException e) {
      // no usable font box either
    }
    // A typical Latin glyph: from the baseline to the cap height, half an em wide.
    return new Rectangle2D.Double(0, 0, 500, 700);
  }

  private static Rectangle2D toRect(PDRectangle r) {
    return new Rectangle2D.Double(r.getLowerLeftX(), r.getLowerLeftY(), r.getWidth(), r.getHeight());
  }
}
