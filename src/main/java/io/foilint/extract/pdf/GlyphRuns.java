package io.foilint.extract.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Groups glyphs into words and into areas of text, by position: a word ends at a space, a gap or a
 * new line; an area is the words of one kind that sit on the same or neighbouring lines. Spaces
 * count for no kind: they only separate words.
 */
final class GlyphRuns {

  /** Consecutive glyphs of one area, with their joined text and bounding box. */
  static final class Run {
    final GlyphClass glyphClass;
    final List<PageGlyph> glyphs = new ArrayList<>();
    final StringBuilder text = new StringBuilder();
    PageBox box;
    PageGlyph last;

    Run(GlyphClass glyphClass) {
      this.glyphClass = glyphClass;
    }

    String text() {
      return text.toString().strip();
    }

    float size() {
      return last == null ? 1 : Math.max(1, last.sizePt);
    }

    boolean hasText() {
      return !text().isEmpty();
    }

    void add(PageGlyph g, boolean spaceBefore, boolean newLine) {
      if (last != null) {
        if (newLine) {
          text.append('\n');
        } else if (spaceBefore) {
          text.append(' ');
        }
      }
      text.append(g.text);
      glyphs.add(g);
      box = box == null ? g.box : box.union(g.box);
      last = g;
    }

    void absorb(Run other, boolean sameLine) {
      text.append(sameLine ? ' ' : '\n').append(other.text());
      glyphs.addAll(other.glyphs);
      box = box.union(other.box);
      last = other.last;
    }
  }

  private GlyphRuns() {}

  /** Whether {@code next} continues {@code prev}'s line (close baseline, not far ahead). */
  static boolean sameLine(PageGlyph prev, PageGlyph next) {
    float size = Math.max(1, Math.max(prev.sizePt, next.sizePt));
    return Math.abs(next.box.centreY() - prev.box.centreY()) < size * 0.5f;
  }

  /** The gap after {@code prev} before {@code next}, in points (negative when going back). */
  static float gap(PageGlyph prev, PageGlyph next) {
    return next.box.x0() - prev.box.x1();
  }

  /** A gap of half a space or more (at least 1 pt) separates words, as in the page text. */
  static boolean isWordGap(PageGlyph prev, PageGlyph next) {
    return gap(prev, next) > Math.max(1f, prev.spaceWidth * 0.5f);
  }

  /** Words of glyphs that match {@code in}, in page order. */
  static List<List<PageGlyph>> words(List<PageGlyph> glyphs, Predicate<PageGlyph> in) {
    List<List<PageGlyph>> words = new ArrayList<>();
    List<PageGlyph> word = null;
    PageGlyph prev = null;
    for (PageGlyph g : glyphs) {
      boolean member = in.test(g) && !g.isBlank();
      boolean continues = member && word != null && prev != null && sameLine(prev, g)
          && !isWordGap(prev, g) && gap(prev, g) > -Math.max(1, g.sizePt) * 0.5f;
      if (!continues) {
        word = null;
      }
      if (member) {
        if (word == null) {
          word = new ArrayList<>();
          words.add(word);
        }
        word.add(g);
        prev = g;
      } else {
        prev = null;
      }
    }
    return words;
  }

  /** Areas of text of the wanted classes, gathered by line and then by neighbouring lines. */
  static List<Run> areas(List<PageGlyph> glyphs, Predicate<PageGlyph> wanted) {
    return mergeNeighbours(lines(glyphs, wanted));
  }

  /** Runs of glyphs of one wanted class along one line, in page order. */
  static List<Run> lines(List<PageGlyph> glyphs, Predicate<PageGlyph> wanted) {
    List<Run> lines = new ArrayList<>();
    Run open = null;
    boolean spacePending = false;
    for (PageGlyph g : glyphs) {
      if (g.isBlank()) {
        spacePending = true;
        continue;
      }
      if (!wanted.test(g)) {
        open = null;
        spacePending = false;
        continue;
      }
      boolean fits = open != null && open.glyphClass == g.glyphClass && sameLine(open.last, g)
          && gap(open.last, g) > -open.size() && gap(open.last, g) < open.size() * 3;
      if (!fits) {
        open = new Run(g.glyphClass);
        lines.add(open);
        spacePending = false;
      }
      boolean space = spacePending || (open.last != null && isWordGap(open.last, g));
      open.add(g, space, false);
      spacePending = false;
    }
    return lines;
  }

  /** Joins runs of one class whose boxes lie within a line or so of each other. */
  private static List<Run> mergeNeighbours(List<Run> lines) {
    List<Run> areas = new ArrayList<>();
    for (Run line : lines) {
      Run into = null;
      for (int i = areas.size() - 1; i >= 0 && i >= areas.size() - 4; i--) {
        Run a = areas.get(i);
        if (a.glyphClass == line.glyphClass && near(a, line)) {
          into = a;
          break;
        }
      }
      if (into == null) {
        areas.add(line);
      } else {
        into.absorb(line, sameLine(into.last, line.glyphs.get(0)));
      }
    }
    return areas;
  }

  private static boolean near(Run a, Run b) {
    float reach = 1.5f * Math.min(a.size(), b.size());
    PageBox grown = new PageBox(a.box.x0() - reach, a.box.y0() - reach, a.box.x1() + reach, a.box.y1() + reach);
    return grown.overlapArea(b.box) > 0;
  }

  /** Letters and digits only, lower case: what two texts must share to read the same. */
  static String normalised(CharSequence s) {
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints().filter(Character::isLetterOrDigit)
        .forEach(cp -> out.appendCodePoint(Character.toLowerCase(cp)));
    return out.toString();
  }

  /** The text of glyphs joined without spaces. */
  static String joined(List<PageGlyph> glyphs) {
    StringBuilder sb = new StringBuilder();
    for (PageGlyph g : glyphs) {
      sb.append(g.text);
    }
    return sb.toString();
  }
}
