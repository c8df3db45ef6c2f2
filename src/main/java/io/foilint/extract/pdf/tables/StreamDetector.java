package io.foilint.extract.pdf.tables;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Tables without ruling lines, found from text alignment. Each line is cut into phrases where the
 * gap between words is clearly wider than a word space; consecutive lines whose phrases fall into
 * the same vertical bands (columns separated by white space that runs through every line) form a
 * block, and a block is a table when at least {@link #MIN_ROWS} lines fill two or more columns and
 * the columns are aligned (left, right or centred).
 *
 * <p>Prose does not qualify: a justified paragraph is aligned on both sides but is one phrase per
 * line, and two-column page layouts are rejected because their "cells" are runs of many words.
 */
final class StreamDetector {

  /** A gap wider than this many font sizes separates columns; word spaces are ~0.25-0.6 em. */
  static final float COLUMN_GAP_EM = 1.0f;

  /** Lines further apart than this many font sizes are not the same table. */
  private static final float MAX_LINE_PITCH_EM = 2.6f;

  /** A table has at least this many lines with two or more cells. */
  static final int MIN_ROWS = 3;

  /** Phrases whose edges lie within this many points of each other are aligned. */
  private static final float ALIGN_TOLERANCE = 2.5f;

  /** Share of a column's cells that must share an edge (or centre) for it to be a column. */
  private static final double ALIGNED_SHARE = 0.6;

  /** A column whose cells run to this many words, typically, is prose. */
  private static final double PROSE_WORDS = 6;

  /** A run of words on one line, separated from its neighbours by a column-sized gap. */
  record Phrase(List<Word> words, float x0, float x1) {
    float centre() {
      return (x0 + x1) / 2;
    }
  }

  /** One text line: its baseline, font size and phrases left to right. */
  record Line(float baseline, float em, List<Phrase> phrases) {}

  List<FoundTable> find(List<Word> words) {
    List<Line> lines = lines(words);
    List<FoundTable> tables = new ArrayList<>();
    Block block = null;
    Line previous = null;
    for (Line line : lines) {
      boolean near = previous != null
          && line.baseline() - previous.baseline() <= MAX_LINE_PITCH_EM * Math.max(line.em(), previous.em());
      if (block != null && near && block.tryAdd(line)) {
        previous = line;
        continue;
      }
      if (block != null) {
        addIfTable(block, tables);
      }
      block = null;
      if (line.phrases().size() >= 2) {
        block = new Block(line);
      }
      previous = line;
    }
    if (block != null) {
      addIfTable(block, tables);
    }
    return tables;
  }

  private static void addIfTable(Block block, List<FoundTable> tables) {
    FoundTable t = block.toTable();
    if (t != null) {
      tables.add(t);
    }
  }

  /** Groups words into lines by baseline and cuts each line into phrases. */
  static List<Line> lines(List<Word> words) {
    List<Word> sorted = new ArrayList<>(words);
    sorted.sort(Comparator.comparingDouble(Word::baseline).thenComparingDouble(Word::x0));
    List<List<Word>> groups = new ArrayList<>();
    for (Word w : sorted) {
      List<Word> last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
      if (last != null && Math.abs(last.get(0).baseline() - w.baseline()) <= 0.3f * w.em()) {
        last.add(w);
      } else {
        List<Word> g = new ArrayList<>();
        g.add(w);
        groups.add(g);
      }
    }
    List<Line> lines = new ArrayList<>();
    for (List<Word> g : groups) {
      g.sort(Comparator.comparingDouble(Word::x0));
      float em = 0;
      for (Word w : g) {
        em = Math.max(em, w.em());
      }
      List<Phrase> phrases = new ArrayList<>();
      List<Word> run = new ArrayList<>();
      float runEnd = 0;
      for (Word w : g) {
        if (!run.isEmpty() && w.x0() - runEnd > COLUMN_GAP_EM * Math.max(w.em(), run.get(run.size() - 1).em())) {
          phrases.add(phrase(run));
          run = new ArrayList<>();
        }
        run.add(w);
        runEnd = run.size() == 1 ? w.x1() : Math.max(runEnd, w.x1());
      }
      phrases.add(phrase(run));
      lines.add(new Line(g.get(0).baseline(), em, phrases));
    }
    return lines;
  }

  private static Phrase phrase(List<Word> run) {
    float x0 = Float.MAX_VALUE;
    float x1 = -Float.MAX_VALUE;
    for (Word w : run) {
      x0 = Math.min(x0, w.x0());
      x1 = Math.max(x1, w.x1());
    }
    return new Phrase(List.copyOf(run), x0, x1);
  }

  /** Consecutive lines whose phrases share column bands. */
  private static final class Block {
    private final List<Line> lines = new ArrayList<>();
    /** Column bands as [from, to], sorted, disjoint and at least a column gap apart. */
    private final List<float[]> columns = new ArrayList<>();
    private float em;

    Block(Line first) {
      em = first.em();
      lines.add(first);
      for (Phrase p : first.phrases()) {
        columns.add(new float[] {p.x0(), p.x1()});
      }
    }

    /** Adds the line if its phrases fit the columns without bridging two; false otherwise. */
    boolean tryAdd(Line line) {
      List<float[]> next = new ArrayList<>();
      for (float[] c : columns) {
        next.add(c.clone());
      }
      boolean[] taken = new boolean[next.size() + line.phrases().size()];
      for (Phrase p : line.phrases()) {
        int hit = -1;
        for (int i = 0; i < columns.size(); i++) {
          float[] c = columns.get(i);
          if (p.x0() <= c[1] && p.x1() >= c[0]) {
            if (hit >= 0) {
              return false; // bridges two columns: a title or a paragraph
            }
            hit = i;
          }
        }
        if (hit >= 0) {
          if (taken[hit]) {
            return false;
          }
          taken[hit] = true;
          float[] c = next.get(hit);
          c[0] = Math.min(c[0], p.x0());
          c[1] = Math.max(c[1], p.x1());
        } else {
          next.add(new float[] {p.x0(), p.x1()});
        }
      }
      next.sort(Comparator.comparingDouble(c -> c[0]));
      float gap = COLUMN_GAP_EM * Math.max(em, line.em()) * 0.75f;
      for (int i = 1; i < next.size(); i++) {
        if (next.get(i)[0] - next.get(i - 1)[1] < gap) {
          return false; // the white space between two columns closed up
        }
      }
      columns.clear();
      columns.addAll(next);
      lines.add(line);
      em = Math.max(em, line.em());
      return true;
    }

    private int columnOf(Phrase p) {
      for (int i = 0; i < columns.size(); i++) {
        float[] c = columns.get(i);
        if (p.x0() <= c[1] && p.x1() >= c[0]) {
          return i;
        }
      }
      return -1;
    }

    FoundTable toTable() {
      int first = 0;
      while (first < lines.size() && lines.get(first).phrases().size() < 2) {
        first++;
      }
      int last = lines.size() - 1;
      while (last > first && lines.get(last).phrases().size() < 2
          && columnOf(lines.get(last).phrases().get(0)) == 0) {
        last--;
      }
      List<Line> kept = lines.subList(first, last + 1);
      if (kept.stream().filter(l -> l.phrases().size() >= 2).count() < MIN_ROWS) {
        return null;
      }
      int cols = columns.size();
      // each column's phrases, to judge alignment and prose
      List<List<Phrase>> byColumn = new ArrayList<>();
      for (int i = 0; i < cols; i++) {
        byColumn.add(new ArrayList<>());
      }
      java.util.Set<Phrase> besideOthers = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
      for (Line l : kept) {
        for (Phrase p : l.phrases()) {
          byColumn.get(columnOf(p)).add(p);
          if (l.phrases().size() >= 2) {
            besideOthers.add(p);
          }
        }
      }
      // Bullets are layout and a column of prose is the page's text column beside a table (or a
      // page set in columns): both are left out; what remains must still be aligned columns.
      boolean[] skip = new boolean[cols];
      int aligned = 0;
      int real = 0;
      int filled = 0;
      for (int i = 0; i < cols; i++) {
        List<Phrase> col = byColumn.get(i);
        skip[i] = isDecoration(col) || isProse(col, besideOthers);
        if (skip[i]) {
          continue;
        }
        real++;
        if (aligned(col)) {
          aligned++;
        }
        if (col.size() >= MIN_ROWS) {
          filled++;
        }
      }
      if (real < 2 || aligned < 2 || filled < 2) {
        return null;
      }
      List<List<String>> rows = rows(kept, cols, skip);
      rows = Grids.dropEmpty(rows);
      if (rows.isEmpty() || rows.get(0).size() < 2 || Grids.rowsWithCells(rows, 2) < MIN_ROWS) {
        return null;
      }
      Box box = null;
      for (Line l : kept) {
        for (Phrase p : l.phrases()) {
          if (skip[columnOf(p)]) {
            continue;
          }
          for (Word w : p.words()) {
            Box b = new Box(w.x0(), w.top(), w.x1(), w.bottom());
            box = box == null ? b : box.union(b);
          }
        }
      }
      return new FoundTable(box, rows, false);
    }

    /**
     * Lines become rows; a line with nothing in the first column that follows the previous line
     * more closely than rows follow each other continues that row's cells (a wrapped cell).
     */
    private List<List<String>> rows(List<Line> kept, int cols, boolean[] decoration) {
      float rowPitch = rowPitch(kept);
      List<List<List<Word>>> rows = new ArrayList<>();
      Line previous = null;
      for (Line l : kept) {
        List<List<Word>> cells = new ArrayList<>();
        for (int i = 0; i < cols; i++) {
          cells.add(new ArrayList<>());
        }
        boolean firstColumnFilled = false;
        for (Phrase p : l.phrases()) {
          int c = columnOf(p);
          if (decoration[c]) {
            continue;
          }
          cells.get(c).addAll(p.words());
          firstColumnFilled |= c == firstRealColumn(decoration);
        }
        boolean continues = previous != null && !rows.isEmpty() && !firstColumnFilled
            && rowPitch > 0 && l.baseline() - previous.baseline() < rowPitch * 0.8f;
        if (continues) {
          List<List<Word>> prev = rows.get(rows.size() - 1);
          for (int i = 0; i < cols; i++) {
            prev.get(i).addAll(cells.get(i));
          }
        } else {
          rows.add(cells);
        }
        previous = l;
      }
      List<List<String>> text = new ArrayList<>();
      for (List<List<Word>> r : rows) {
        List<String> t = new ArrayList<>();
        for (int i = 0; i < cols; i++) {
          if (!decoration[i]) {
            t.add(CellText.join(r.get(i)));
          }
        }
        text.add(t);
      }
      return text;
    }

    private static int firstRealColumn(boolean[] decoration) {
      for (int i = 0; i < decoration.length; i++) {
        if (!decoration[i]) {
          return i;
        }
      }
      return 0;
    }

    /** The typical distance between lines that start a row (have a first-column cell). */
    private float rowPitch(List<Line> kept) {
      List<Float> pitches = new ArrayList<>();
      for (int i = 1; i < kept.size(); i++) {
        Line l = kept.get(i);
        if (!l.phrases().isEmpty() && columnOf(l.phrases().get(0)) == 0) {
          pitches.add(l.baseline() - kept.get(i - 1).baseline());
        }
      }
      if (pitches.size() < 2) {
        return 0;
      }
      float[] a = new float[pitches.size()];
      for (int i = 0; i < a.length; i++) {
        a[i] = pitches.get(i);
      }
      Arrays.sort(a);
      return a[a.length / 2];
    }
  }

  /** Bullets and dashes: a column of single non-alphanumeric marks is layout, not data. */
  private static boolean isDecoration(List<Phrase> col) {
    for (Phrase p : col) {
      if (p.words().size() != 1) {
        return false;
      }
      String t = p.words().get(0).text();
      if (t.length() > 2 || t.codePoints().anyMatch(Character::isLetterOrDigit)) {
        return false;
      }
    }
    return true;
  }

  /** Whether most of a column's phrases share a left edge, a right edge or a centre. */
  private static boolean aligned(List<Phrase> col) {
    if (col.size() < 2) {
      return false;
    }
    int need = (int) Math.ceil(col.size() * ALIGNED_SHARE);
    return mostShared(col, 0) >= need || mostShared(col, 1) >= need || mostShared(col, 2) >= need;
  }

  private static int mostShared(List<Phrase> col, int edge) {
    float[] v = new float[col.size()];
    for (int i = 0; i < v.length; i++) {
      Phrase p = col.get(i);
      v[i] = edge == 0 ? p.x0() : edge == 1 ? p.x1() : p.centre();
    }
    Arrays.sort(v);
    int best = 0;
    int lo = 0;
    for (int hi = 0; hi < v.length; hi++) {
      while (v[hi] - v[lo] > ALIGN_TOLERANCE) {
        lo++;
      }
      best = Math.max(best, hi - lo + 1);
    }
    return best;
  }

  /**
   * Runs of many words, or of several words that, beside other columns, mostly start in lower case
   * (a sentence carried on from the line above): a column of running text, not of a table.
   */
  private static boolean isProse(List<Phrase> col, java.util.Set<Phrase> besideOthers) {
    double words = medianWords(col);
    if (words >= PROSE_WORDS) {
      return true;
    }
    if (words < 3) {
      return false;
    }
    // only lines that start a row count: a wrapped cell's second line may start in lower case too
    List<Phrase> rowStarts = col.stream().filter(besideOthers::contains).toList();
    long lower = rowStarts.stream()
        .filter(p -> Character.isLowerCase(p.words().get(0).text().codePointAt(0)))
        .count();
    return !rowStarts.isEmpty() && lower >= rowStarts.size() * 0.4;
  }

  private static double medianWords(List<Phrase> col) {
    int[] n = new int[col.size()];
    for (int i = 0; i < n.length; i++) {
      n[i] = col.get(i).words().size();
    }
    Arrays.sort(n);
    return n.length == 0 ? 0 : n[n.length / 2];
  }
}
