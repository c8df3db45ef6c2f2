package io.foilint.extract.pdf;

/**
 * One glyph the stripper saw, with its box in user space, its size in points and what a reader
 * makes of it ({@link GlyphClass}); the class may be refined after the page (by a render).
 */
final class PageGlyph {

  final String text;
  final PageBox box;
  /** Height of the em in points (what "12 pt text" means), after every scaling. */
  final float sizePt;
  /** Whether the glyph went into the page's painted text as it was read. */
  final boolean painted;
  GlyphClass glyphClass;

  /** Width of a space in this glyph's font and size (pt): how wide a gap between words is. */
  final float spaceWidth;

  PageGlyph(String text, PageBox box, float sizePt, float spaceWidth, GlyphClass glyphClass) {
    this.text = text;
    this.box = box;
    this.sizePt = sizePt;
    this.spaceWidth = Float.isFinite(spaceWidth) && spaceWidth > 0 ? spaceWidth : sizePt * 0.25f;
    this.glyphClass = glyphClass;
    this.painted = glyphClass == GlyphClass.VISIBLE;
  }

  boolean isBlank() {
    return text.isBlank();
  }
}
