package io.foilint.extract.pdf.tables;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

/**
 * What tables are made of, collected from one page: the words with their positions and the ruling
 * lines. It is fed by a text stripper as it interprets the page — the page-text pass feeds it
 * during its own interpretation, so tables cost no second pass over the page.
 *
 * <p>Path points are transformed by the current matrix as they are appended, and then into the same
 * reader-oriented coordinates PDFBox gives text ({@code TextPosition.getXDirAdj/getYDirAdj}), so
 * words and lines can be compared directly.
 */
public final class PageTableInput {

  /** A page with more line segments than this is a drawing (a map, a chart), not a table grid. */
  static final int MAX_SEGMENTS = 20_000;

  /** Thicker than this, a filled rectangle is a shaded area, not a drawn line. */
  private static final float MAX_LINE_THICKNESS = 3f;

  /** Path segments shorter than this are serifs of drawn glyphs and arrow heads. */
  private static final float MIN_LINE_LENGTH = 2f;

  private final List<Word> words = new ArrayList<>();
  private final List<float[]> segments = new ArrayList<>();
  private final List<float[]> thinFills = new ArrayList<>();
  private final Map<Integer, Integer> directions = new HashMap<>();
  private boolean tooManySegments;

  // the path under construction, in user space (device-independent page points)
  private final List<float[]> pathLines = new ArrayList<>();
  private final List<List<Point2D.Float>> subpaths = new ArrayList<>();
  private List<Point2D.Float> subpath;
  private Point2D.Float current;
  private Point2D.Float start;

  /** Starts a page: forgets the last page's words and lines. */
  public void startPage(PDRectangle cropBox) {
    crop = cropBox;
    words.clear();
    segments.clear();
    thinFills.clear();
    directions.clear();
    wordDirections.clear();
    tooManySegments = false;
    resetPath();
  }

  /**
   * The page's words in reading order — line by line from the top, left to right — whatever
   * order the content drew them in (some writers draw a table column by column). Words whose
   * baselines lie within half an em of a line's first word belong to that line.
   */
  List<Word> words() {
    int dir = dominantDirection();
    List<Word> kept = new ArrayList<>();
    for (Word w : words) {
      if (directionOf(w) == dir) {
        kept.add(w);
      }
    }
    kept.sort(java.util.Comparator.comparingDouble(Word::baseline));
    List<Word> ordered = new ArrayList<>(kept.size());
    int start = 0;
    while (start < kept.size()) {
      Word first = kept.get(start);
      int end = start + 1;
      while (end < kept.size() && kept.get(end).baseline() - first.baseline() < first.em() * 0.5f) {
        end++;
      }
      List<Word> line = new ArrayList<>(kept.subList(start, end));
      line.sort(java.util.Comparator.comparingDouble(Word::x0));
      ordered.addAll(line);
      start = end;
    }
    return ordered;
  }

  private final Map<Word, Integer> wordDirections = new java.util.IdentityHashMap<>();

  private int directionOf(Word w) {
    return wordDirections.getOrDefault(w, 0);
  }

  /** The text direction most glyphs on the page run in (0 on an ordinary page). */
  int dominantDirection() {
    int best = 0;
    int bestCount = -1;
    for (Map.Entry<Integer, Integer> e : directions.entrySet()) {
      if (e.getValue() > bestCount) {
        best = e.getKey();
        bestCount = e.getValue();
      }
    }
    return best;
  }

  /** Whether the page drew so many line segments that it was taken for a drawing. */
  boolean tooManySegments() {
    return tooManySegments;
  }

  /** The page's horizontal and vertical lines, in the words' coordinates. */
  List<Ruling> rulings() {
    if (tooManySegments) {
      return List.of();
    }
    PDRectangle crop = getCurrentPageCrop();
    int dir = dominantDirection();
    List<Ruling> out = new ArrayList<>();
    for (float[] s : segments) {
      addRuling(out, crop, dir, s[0], s[1], s[2], s[3]);
    }
    for (float[] r : thinFills) {
      float w = r[2] - r[0];
      float h = r[3] - r[1];
      if (w >= h) {
        float y = (r[1] + r[3]) / 2;
        addRuling(out, crop, dir, r[0], y, r[2], y);
      } else {
        float x = (r[0] + r[2]) / 2;
        addRuling(out, crop, dir, x, r[1], x, r[3]);
      }
    }
    return out;
  }

  private PDRectangle crop;

  private PDRectangle getCurrentPageCrop() {
    return crop == null ? new PDRectangle() : crop;
  }

  private static void addRuling(
      List<Ruling> out, PDRectangle crop, int dir, float ux0, float uy0, float ux1, float uy1) {
    float[] a = toReader(crop, dir, ux0, uy0);
    float[] b = toReader(crop, dir, ux1, uy1);
    float dx = Math.abs(a[0] - b[0]);
    float dy = Math.abs(a[1] - b[1]);
    if (dy <= 1f && dx >= MIN_LINE_LENGTH) {
      out.add(new Ruling(true, (a[1] + b[1]) / 2, Math.min(a[0], b[0]), Math.max(a[0], b[0])));
    } else if (dx <= 1f && dy >= MIN_LINE_LENGTH) {
      out.add(new Ruling(false, (a[0] + b[0]) / 2, Math.min(a[1], b[1]), Math.max(a[1], b[1])));
    }
  }

  /**
   * User space to the reader-oriented, top-down coordinates of {@code TextPosition.getXDirAdj()}
   * and {@code getYDirAdj()} for text running in direction {@code dir} (PDFBox's own formulas).
   */
  static float[] toReader(PDRectangle crop, int dir, float ux, float uy) {
    float tx = ux - crop.getLowerLeftX();
    float ty = uy - crop.getLowerLeftY();
    float w = crop.getWidth();
    float h = crop.getHeight();
    return switch (dir) {
      case 90 -> new float[] {ty, tx};
      case 180 -> new float[] {w - tx, ty};
      case 270 -> new float[] {h - ty, w - tx};
      default -> new float[] {tx, h - ty};
    };
  }

  /** The inverse of {@link #toReader}: back to PDF user space (origin bottom-left). */
  static float[] toUser(PDRectangle crop, int dir, float x, float y) {
    float w = crop.getWidth();
    float h = crop.getHeight();
    float[] t = switch (dir) {
      case 90 -> new float[] {y, x};
      case 180 -> new float[] {w - x, y};
      case 270 -> new float[] {w - y, h - x};
      default -> new float[] {x, h - y};
    };
    return new float[] {t[0] + crop.getLowerLeftX(), t[1] + crop.getLowerLeftY()};
  }

  /** A run of glyphs PDFBox's text stripper grouped as a word (its writeString). */
  public void writeString(List<TextPosition> positions) {
    // PDFTextStripper splits at gaps it judges to be spaces, but keeps literal space glyphs inside
    // a "word"; split at those too so a column gap typed as spaces still separates.
    List<TextPosition> run = new ArrayList<>();
    TextPosition previous = null;
    for (TextPosition p : positions) {
      if (isTwin(previous, p)) {
        continue;
      }
      previous = p;
      String u = p.getUnicode();
      if (u == null || u.isBlank()) {
        addWord(run);
        run.clear();
      } else {
        run.add(p);
      }
    }
    addWord(run);
  }

  /** The same glyph drawn again at (nearly) the same spot, as fake bold and shadows do. */
  static boolean isTwin(TextPosition previous, TextPosition p) {
    if (previous == null || p.getUnicode() == null || !p.getUnicode().equals(previous.getUnicode())) {
      return false;
    }
    float tolerance = Math.max(0.5f, previous.getWidthDirAdj() * 0.3f);
    return Math.abs(p.getXDirAdj() - previous.getXDirAdj()) < tolerance
        && Math.abs(p.getYDirAdj() - previous.getYDirAdj()) < Math.max(0.5f, previous.getHeightDir() * 0.3f);
  }

  private void addWord(List<TextPosition> run) {
    if (run.isEmpty()) {
      return;
    }
    StringBuilder text = new StringBuilder();
    float x0 = Float.MAX_VALUE;
    float x1 = -Float.MAX_VALUE;
    float em = 0;
    for (TextPosition p : run) {
      text.append(p.getUnicode());
      x0 = Math.min(x0, p.getXDirAdj());
      x1 = Math.max(x1, p.getXDirAdj() + p.getWidthDirAdj());
      em = Math.max(em, fontSize(p));
    }
    TextPosition first = run.get(0);
    int dir = Math.round(first.getDir()) % 360;
    directions.merge(dir, run.size(), Integer::sum);
    Word w = new Word(text.toString(), x0, x1, first.getYDirAdj(), em);
    words.add(w);
    wordDirections.put(w, dir);
  }

  /** The font size in points; PDFs that set size 1 and scale by matrix fall back on glyph height. */
  private static float fontSize(TextPosition p) {
    float size = p.getFontSizeInPt();
    float height = p.getHeightDir() / 0.7f;
    if (!(size >= 3f) || size > 200f) {
      size = height;
    }
    if (!(size >= 3f) || size > 200f) {
      size = 10f;
    }
    return size;
  }

  private void resetPath() {
    subpaths.clear();
    subpath = null;
    current = null;
    start = null;
    pathLines.clear();
  }

  private Point2D.Float transformed(Matrix ctm, float x, float y) {
    return ctm.transformPoint(x, y);
  }

  private void moveTo(Point2D.Float p) {
    subpath = new ArrayList<>();
    subpath.add(p);
    subpaths.add(subpath);
    current = p;
    start = p;
  }

  private void lineTo(Point2D.Float p) {
    if (current == null) {
      moveTo(p);
      return;
    }
    pathLines.add(new float[] {current.x, current.y, p.x, p.y});
    subpath.add(p);
    current = p;
  }

  private void closePath() {
    if (current != null && start != null && !current.equals(start)) {
      pathLines.add(new float[] {current.x, current.y, start.x, start.y});
    }
    current = start;
  }

  /** A curve: the current point moves; the subpath is no longer a plain rectangle. */
  private void curveTo(Point2D.Float end) {
    if (current == null) {
      moveTo(end);
      return;
    }
    if (subpath != null) {
      subpath.add(null);
    }
    current = end;
  }

  private void paint(String op) {
    boolean stroke = op.equalsIgnoreCase("S") || op.startsWith("B") || op.startsWith("b");
    boolean fill = op.startsWith("f") || op.equals("F") || op.startsWith("B") || op.startsWith("b");
    if (op.equals("s") || op.startsWith("b")) {
      closePath();
    }
    if (stroke) {
      for (float[] l : pathLines) {
        addSegment(l);
      }
    }
    if (fill) {
      for (List<Point2D.Float> sp : subpaths) {
        addThinFill(sp);
      }
    }
    resetPath();
  }

  private void addSegment(float[] l) {
    if (segments.size() + thinFills.size() >= MAX_SEGMENTS) {
      tooManySegments = true;
      return;
    }
    segments.add(l);
  }

  /** A filled subpath of straight edges whose box is thin is a line drawn as a rectangle. */
  private void addThinFill(List<Point2D.Float> sp) {
    if (sp.size() < 3) {
      return;
    }
    float x0 = Float.MAX_VALUE;
    float y0 = Float.MAX_VALUE;
    float x1 = -Float.MAX_VALUE;
    float y1 = -Float.MAX_VALUE;
    for (Point2D.Float p : sp) {
      if (p == null) {
        return; // has a curve
      }
      x0 = Math.min(x0, p.x);
      y0 = Math.min(y0, p.y);
      x1 = Math.max(x1, p.x);
      y1 = Math.max(y1, p.y);
    }
    float thickness = Math.min(x1 - x0, y1 - y0);
    float length = Math.max(x1 - x0, y1 - y0);
    if (thickness <= MAX_LINE_THICKNESS && length >= MIN_LINE_LENGTH) {
      if (segments.size() + thinFills.size() >= MAX_SEGMENTS) {
        tooManySegments = true;
        return;
      }
      thinFills.add(new float[] {x0, y0, x1, y1});
    }
  }

  /**
   * A path construction or painting operator, with the current transformation matrix: lines and
   * thin filled rectangles become candidate rulings.
   */
  public void pathOperator(String name, List<COSBase> operands, Matrix ctm) {
    float[] n = numbers(operands);
    switch (name) {
      case "m" -> {
        if (n.length >= 2) {
          moveTo(transformed(ctm, n[0], n[1]));
        }
      }
      case "l" -> {
        if (n.length >= 2) {
          lineTo(transformed(ctm, n[0], n[1]));
        }
      }
      case "re" -> {
        if (n.length >= 4) {
          moveTo(transformed(ctm, n[0], n[1]));
          lineTo(transformed(ctm, n[0] + n[2], n[1]));
          lineTo(transformed(ctm, n[0] + n[2], n[1] + n[3]));
          lineTo(transformed(ctm, n[0], n[1] + n[3]));
          closePath();
        }
      }
      case "h" -> closePath();
      case "c" -> {
        if (n.length >= 6) {
          curveTo(transformed(ctm, n[4], n[5]));
        }
      }
      case "v", "y" -> {
        if (n.length >= 4) {
          curveTo(transformed(ctm, n[2], n[3]));
        }
      }
      case "S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "n" -> paint(name);
      default -> {
        // clipping and other operators draw no ruling
      }
    }
  }

  private static float[] numbers(List<COSBase> operands) {
    float[] out = new float[operands.size()];
    int k = 0;
    for (COSBase b : operands) {
      if (!(b instanceof COSNumber num)) {
        return new float[0];
      }
      out[k++] = num.floatValue();
    }
    return out;
  }

}
