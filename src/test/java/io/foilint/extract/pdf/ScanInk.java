package io.foilint.extract.pdf;

import io.foilint.extract.pdf.BundledFontMapper.Face;
import io.foilint.extract.pdf.BundledFontMapper.Family;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.GeneralPath;
import java.io.IOException;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * Prints words onto a test "scan" with the glyph outlines of foilint's bundled Liberation Sans,
 * never through Java2D's own fonts: {@code Graphics2D.drawString} needs a font installed on the
 * host (it throws "Fontconfig head is null" on a machine with none) and its ink differs from one
 * host to the next.
 */
final class ScanInk {

  private ScanInk() {}

  /** Fills {@code text} at {@code size} pixels, its baseline at {@code (x, baseline)}. */
  static void print(Graphics2D g, String text, float x, float baseline, float size)
      throws IOException {
    TrueTypeFont font = BundledFontMapper.instance().font(new Face(Family.SANS, false, false));
    CmapLookup cmap = font.getUnicodeCmapLookup();
    float scale = size / font.getUnitsPerEm();
    float pen = x;
    for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
      int gid = cmap.getGlyphId(text.codePointAt(i));
      GlyphData glyph = font.getGlyph().getGlyph(gid);
      if (glyph != null) {
        GeneralPath outline = glyph.getPath();
        AffineTransform at = new AffineTransform(scale, 0, 0, -scale, pen, baseline);
        g.fill(at.createTransformedShape(outline));
      }
      pen += font.getAdvanceWidth(gid) * scale;
    }
  }
}
