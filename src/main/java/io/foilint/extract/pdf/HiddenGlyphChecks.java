package io.foilint.extract.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Settles the candidate glyphs of one page once the whole page has been read:
 *
 * <ul>
 *   <li>invisible (render mode 3) words over an image are a scanner's OCR layer — what the reader
 *       sees as pixels — unless the pixels under the word are dark: then the words sit under a
 *       blacked-out area of the scan. Invisible words over painted text read the same as it (a
 *       second text layer) or differently (text hidden where the page shows other words).
 *       Invisible words over neither stay invisible text;
 *   <li>white or transparent glyphs are hidden only where the render shows one colour under them
 *       (white on white), not where they show (white on a dark box);
 *   <li>page text under an opaque annotation is hidden; where the annotation draws other words
 *       over it, the page shows different text from what the file holds.
 * </ul>
 *
 * The render is made at most once per page and only when a candidate needs it.
 */
final class HiddenGlyphChecks {

  /** Share of dark pixels under an invisible word that makes it "under a blacked-out area". */
  static final double DARK_SHARE = 0.8;
  /** Share of a word's glyphs that must render as one colour for the word to be hidden. */
  static final double HIDDEN_SHARE = 0.6;

  private final List<PageGlyph> glyphs;
  private final List<PageBox> images;
  private final List<PageGlyph> annotationGlyphs;
  private final PageRender render;

  HiddenGlyphChecks(List<PageGlyph> glyphs, List<PageBox> images, List<PageGlyph> annotationGlyphs,
      PageRender render) {
    this.glyphs = glyphs;
    this.images = images;
    this.annotationGlyphs = annotationGlyphs;
    this.render = render;
  }

  void settle() throws IOException {
    for (List<PageGlyph> word : GlyphRuns.words(glyphs, g -> g.glyphClass == GlyphClass.INVISIBLE_MODE)) {
      settle(word, invisibleWord(word));
    }
    for (List<PageGlyph> word : GlyphRuns.words(glyphs, g -> g.glyphClass == GlyphClass.PALE_CANDIDATE)) {
      settle(word, paleWord(word));
    }
    // Compared line by line: the words typed over a cover need not sit where the hidden ones do.
    for (GlyphRuns.Run line : GlyphRuns.lines(glyphs, g -> g.glyphClass == GlyphClass.ANNOTATION_COVERED)) {
      settle(line.glyphs, coveredLine(line.glyphs));
    }
  }

  private static void settle(List<PageGlyph> word, GlyphClass c) {
    for (PageGlyph g : word) {
      g.glyphClass = c;
    }
  }

  private GlyphClass invisibleWord(List<PageGlyph> word) throws IOException {
    PageBox box = boxOf(word);
    if (overImage(box)) {
      PageRender r = renderOrNull();
      // Without a render the usual reading stands: an OCR layer over its scan.
      return r != null && r.darkShare(box) >= DARK_SHARE ? GlyphClass.UNDER_DARK_IMAGE : GlyphClass.VISIBLE;
    }
    List<PageGlyph> shown = glyphsOver(box, glyphs, GlyphClass.VISIBLE);
    if (!shown.isEmpty()) {
      return readsTheSame(word, shown) ? GlyphClass.VISIBLE : GlyphClass.DIFFERENT_TEXT_SHOWN;
    }
    return GlyphClass.INVISIBLE_MODE;
  }

  private GlyphClass paleWord(List<PageGlyph> word) throws IOException {
    PageRender r = renderOrNull();
    if (r == null) {
      return GlyphClass.BACKGROUND_COLOURED; // what the file says, unconfirmed
    }
    int hidden = 0;
    for (PageGlyph g : word) {
      if (r.oneColour(g.box)) {
        hidden++;
      }
    }
    return hidden >= HIDDEN_SHARE * word.size() ? GlyphClass.BACKGROUND_COLOURED : GlyphClass.VISIBLE;
  }

  private GlyphClass coveredLine(List<PageGlyph> line) {
    List<PageGlyph> shown = glyphsOver(boxOf(line), annotationGlyphs, null);
    if (shown.isEmpty()) {
      return GlyphClass.UNDER_ANNOTATION_BOX;
    }
    return readsTheSame(line, shown) ? GlyphClass.VISIBLE : GlyphClass.DIFFERENT_TEXT_SHOWN;
  }

  private boolean overImage(PageBox box) {
    for (PageBox image : images) {
      if (image.contains(box.centreX(), box.centreY())) {
        return true;
      }
    }
    return false;
  }

  /** Glyphs (of class {@code only}, or any) a third or more inside {@code box}, a little grown. */
  private static List<PageGlyph> glyphsOver(PageBox box, List<PageGlyph> from, GlyphClass only) {
    float grow = box.height() * 0.15f;
    PageBox area = new PageBox(box.x0() - grow, box.y0() - grow, box.x1() + grow, box.y1() + grow);
    List<PageGlyph> over = new ArrayList<>();
    for (PageGlyph g : from) {
      if ((only == null || g.glyphClass == only) && !g.isBlank() && g.box.coveredBy(area) >= 0.3f) {
        over.add(g);
      }
    }
    return over;
  }

  /**
   * Whether the hidden text and the text shown at its spot say the same: the hidden letters and
   * digits all appear, in order, in what is shown (which may also catch a neighbouring glyph at an
   * edge). "TROOPPER" under "TROOPER" differs.
   */
  static boolean readsTheSame(List<PageGlyph> hidden, List<PageGlyph> shown) {
    String h = GlyphRuns.normalised(GlyphRuns.joined(hidden));
    String s = GlyphRuns.normalised(GlyphRuns.joined(shown));
    if (h.isEmpty() || s.isEmpty()) {
      return h.isEmpty();
    }
    return s.contains(h);
  }

  private static PageBox boxOf(List<PageGlyph> word) {
    PageBox b = word.get(0).box;
    for (PageGlyph g : word) {
      b = b.union(g.box);
    }
    return b;
  }

  private PageRender renderOrNull() {
    return render.renders() ? render : null;
  }
}
