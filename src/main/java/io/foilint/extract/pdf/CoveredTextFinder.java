package io.foilint.extract.pdf;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the glyphs a page hides under opaque boxes, from what {@link PageGraphicsRecorder} saw.
 *
 * <p>A glyph is covered when one opaque area covers at least {@value #COVERED_SHARE} of its
 * visible ink and either was painted after it or has the glyph's own colour (black text drawn on
 * a black bar is as hidden as text under one: Edact-Ray's {@code trivial_1}, which x-ray misses).
 * Glyphs go to the top-most such area. This is geometry only: {@link BoxRenderCheck} then renders
 * each candidate to see whether the text really does not show (rings, clips, hatching).
 *
 * <p>Not boxes over text: areas no more than {@value #THIN_PT} pt wide or high (table rules,
 * underlines), and a page-filling area painted before the text (a background). Not hidden text
 * worth reporting: whitespace and punctuation, repeated filler ({@code XXXX}), and labels a
 * redactor writes on a box ({@code REDACTED}, {@code s40(2)}, {@code Section 40(2) exempt}).
 *
 * <p>Not a redaction: a white (page-coloured) shape over at most {@value #FIGURE_DETAIL_GLYPHS}
 * characters that are single letters, digits or symbols — the label of a figure drawn over by a
 * white disc, a digit of an equation under a white background box. Nobody blanks out one letter
 * in white; a black box over the same letter, and a white box over a word, are still reported.
 */
final class CoveredTextFinder {

  static final double COVERED_SHARE = 0.8;
  static final double THIN_PT = 4;

  /** An area painted before the text over this share of the page is its background. */
  private static final double BACKGROUND_SHARE_OF_PAGE = 0.5;

  /** Colours this close per channel are the same to the eye. */
  private static final int SAME_COLOUR_TOLERANCE = 16;

  /** Sample grid (per side) for coverage by non-rectangular paths. */
  private static final int GRID = 8;

  /** A white shape over at most this many characters of figure or equation is no redaction. */
  static final int FIGURE_DETAIL_GLYPHS = 3;

  /** Each channel at least this bright is white, the colour of a page. */
  private static final int WHITE_CHANNEL = 0xE0;

  private static final Pattern TWO_LETTERS = Pattern.compile("\\p{L}{2}");

  /** Horizontal bands of the page, to find the areas near a glyph without trying them all. */
  private static final double BAND_PT = 24;

  private static final Pattern SECTION_REFERENCE =
      Pattern.compile(
          "\\b(?:s|ss|sec|sect|section|reg|regulation|art|article)\\s*\\.?\\s*\\d+[a-z]?"
              + "(?:\\s*\\(\\s*[0-9a-z]{1,4}\\s*\\))*",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern DATE_ONLY =
      Pattern.compile("\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4}");
  private static final int STAMP_REPEATS = 3;
  private static final Pattern CODE_IN_BRACKETS = Pattern.compile("\\(\\s*[0-9a-z]{1,3}\\s*\\)");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final Set<String> LABEL_WORDS =
      Set.of(
          "redacted", "redaction", "redactions", "confidential", "privileged", "privilege",
          "exempt", "exemption", "exemptions", "withheld", "removed", "name", "names", "personal",
          "data", "information", "info", "sensitive", "official", "restricted", "under", "and",
          "or", "of", "the", "see", "per", "pursuant", "to", "act", "foi", "foia", "foisa", "eir",
          "eirs", "dpa", "gdpr", "b", "s", "section", "not", "for", "disclosure", "release");

  private final Rectangle2D page;

  /** @param page the page's crop box in page space */
  CoveredTextFinder(Rectangle2D page) {
    this.page = page;
  }

  /** The boxes that hide text worth reporting, top of the page first. */
  List<CoveredBox> find(List<GlyphBox> glyphs, List<FilledArea> areas) {
    Map<Integer, List<FilledArea>> bands = bandsOf(areas);
    if (bands.isEmpty()) {
      return List.of();
    }
    Map<FilledArea, List<GlyphBox>> byArea = new IdentityHashMap<>();
    for (GlyphBox g : glyphs) {
      FilledArea cover = topCover(g, bands);
      if (cover != null) {
        byArea.computeIfAbsent(cover, k -> new ArrayList<>()).add(g);
      }
    }
    List<CoveredBox> boxes = new ArrayList<>();
    for (Map.Entry<FilledArea, List<GlyphBox>> e : byArea.entrySet()) {
      String text = textOf(e.getValue());
      if (isWorthReporting(text) && !isFigureDetail(e.getKey(), e.getValue(), text)) {
        boxes.add(new CoveredBox(e.getKey(), e.getValue(), text));
      }
    }
    dropRepeatedDateStamps(boxes);
    boxes.sort(
        Comparator.comparingDouble((CoveredBox b) -> -b.area().paintedRect().getMaxY())
            .thenComparingDouble(b -> b.area().paintedRect().getMinX()));
    return boxes;
  }

  private Map<Integer, List<FilledArea>> bandsOf(List<FilledArea> areas) {
    Map<Integer, List<FilledArea>> bands = new HashMap<>();
    for (FilledArea a : areas) {
      if (a.width() <= THIN_PT || a.height() <= THIN_PT) {
        continue;
      }
      Rectangle2D r = a.paintedRect();
      for (int b = band(r.getMinY()); b <= band(r.getMaxY()); b++) {
        bands.computeIfAbsent(b, k -> new ArrayList<>()).add(a);
      }
    }
    return bands;
  }

  private static int band(double y) {
    return (int) Math.floor(y / BAND_PT);
  }

  private FilledArea topCover(GlyphBox g, Map<Integer, List<FilledArea>> bands) {
    Rectangle2D ink = g.visibleBox();
    if (ink.isEmpty()) {
      return null;
    }
    List<FilledArea> near = bands.get(band(ink.getCenterY()));
    if (near == null) {
      return null;
    }
    FilledArea top = null;
    for (FilledArea a : near) {
      if ((top == null || a.order() > top.order())
          && hides(a, g)
          && coverage(a, ink) >= COVERED_SHARE) {
        top = a;
      }
    }
    return top;
  }

  /** Whether the area, wherever it overlaps the glyph, would hide it. */
  private boolean hides(FilledArea a, GlyphBox g) {
    if (a.order() > g.order()) {
      return true;
    }
    if (a.rgb() == GlyphBox.UNKNOWN_COLOUR || !sameColour(a.rgb(), g.rgb())) {
      return false;
    }
    Rectangle2D r = a.paintedRect();
    return r.getWidth() * r.getHeight() < BACKGROUND_SHARE_OF_PAGE * area(page);
  }

  static boolean sameColour(int a, int b) {
    if (a == GlyphBox.UNKNOWN_COLOUR || b == GlyphBox.UNKNOWN_COLOUR) {
      return false;
    }
    for (int shift = 0; shift <= 16; shift += 8) {
      if (Math.abs(((a >> shift) & 0xFF) - ((b >> shift) & 0xFF)) > SAME_COLOUR_TOLERANCE) {
        return false;
      }
    }
    return true;
  }

  /** Share of the glyph's visible ink box the area paints. */
  static double coverage(FilledArea a, Rectangle2D ink) {
    Rectangle2D overlap = ink.createIntersection(a.paintedRect());
    if (overlap.isEmpty()) {
      return 0;
    }
    if (a.shape() == null) {
      return area(overlap) / area(ink);
    }
    int inside = 0;
    double dx = ink.getWidth() / GRID;
    double dy = ink.getHeight() / GRID;
    for (int i = 0; i < GRID; i++) {
      for (int j = 0; j < GRID; j++) {
        if (a.paints(ink.getX() + (i + 0.5) * dx, ink.getY() + (j + 0.5) * dy)) {
          inside++;
        }
      }
    }
    return inside / (double) (GRID * GRID);
  }

  private static double area(Rectangle2D r) {
    return Math.max(0, r.getWidth()) * Math.max(0, r.getHeight());
  }

  /** The glyphs' text in paint order, with a space where the ink shows a word gap or new line. */
  static String textOf(List<GlyphBox> glyphs) {
    StringBuilder sb = new StringBuilder();
    GlyphBox previous = null;
    for (GlyphBox g : glyphs) {
      if (g.isBlank()) {
        sb.append(' ');
        previous = null;
        continue;
      }
      if (previous != null && startsNewWord(previous, g)) {
        sb.append(' ');
      }
      sb.append(g.unicode());
      previous = g;
    }
    return sb.toString().replaceAll("\\s+", " ").strip();
  }

  /**
   * Some redaction tools stamp each box with the date it was drawn, in the box's colour: the
   * same date under three or more boxes of a page is that stamp, not hidden content (x-ray
   * drops date-only hits for the same reason, fixture {@code no_bad_redactions.8.1}). A date
   * under one or two boxes (a date of birth) is still reported.
   */
  private static void dropRepeatedDateStamps(List<CoveredBox> boxes) {
    Map<String, Integer> dates = new HashMap<>();
    for (CoveredBox b : boxes) {
      String compact = b.text().replaceAll("\\s+", "");
      if (DATE_ONLY.matcher(compact).matches()) {
        dates.merge(compact, 1, Integer::sum);
      }
    }
    boxes.removeIf(
        b -> dates.getOrDefault(b.text().replaceAll("\\s+", ""), 0) >= STAMP_REPEATS);
  }

  private static boolean startsNewWord(GlyphBox previous, GlyphBox next) {
    double size = Math.max(Math.max(previous.size(), next.size()), 1);
    Rectangle2D a = previous.box();
    Rectangle2D b = next.box();
    boolean newLine = Math.abs(a.getCenterY() - b.getCenterY()) > 0.6 * size;
    // The ink gap whichever way the text runs (rotated or mirrored text runs right to left).
    double gap = Math.max(b.getMinX() - a.getMaxX(), a.getMinX() - b.getMaxX());
    return newLine || gap > 0.22 * size;
  }

  /**
   * Whether hidden text says anything: not only punctuation, not filler such as {@code XXXX},
   * not only the label a redactor put on the box.
   */
  static boolean isWorthReporting(String text) {
    String t = text.strip();
    if (!WORD.matcher(t).find()) {
      return false;
    }
    if (isRepeatedFiller(t)) {
      return false;
    }
    String rest = SECTION_REFERENCE.matcher(t).replaceAll(" ");
    rest = CODE_IN_BRACKETS.matcher(rest).replaceAll(" ");
    var words = WORD.matcher(rest);
    while (words.find()) {
      if (!LABEL_WORDS.contains(words.group().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A white shape over one to {@value #FIGURE_DETAIL_GLYPHS} characters none of which forms a
   * word of two letters or more: a figure's label or an equation's digit, not a redaction.
   */
  static boolean isFigureDetail(FilledArea area, List<GlyphBox> glyphs, String text) {
    if (!isWhite(area.rgb())) {
      return false;
    }
    long inked = glyphs.stream().filter(g -> !g.isBlank()).count();
    return inked <= FIGURE_DETAIL_GLYPHS && !TWO_LETTERS.matcher(text).find();
  }

  static boolean isWhite(int rgb) {
    if (rgb == GlyphBox.UNKNOWN_COLOUR) {
      return false;
    }
    for (int shift = 0; shift <= 16; shift += 8) {
      if (((rgb >> shift) & 0xFF) < WHITE_CHANNEL) {
        return false;
      }
    }
    return true;
  }

  /** {@code XXXX}, {@code xxxxx xxx}: one non-digit character repeated as a placeholder. */
  private static boolean isRepeatedFiller(String t) {
    String letters = t.replaceAll("[^\\p{L}\\p{N}]", "");
    if (letters.length() < 2 || Character.isDigit(letters.charAt(0))) {
      return false;
    }
    char first = Character.toLowerCase(letters.charAt(0));
    return letters.chars().allMatch(c -> Character.toLowerCase(c) == first);
  }
}
