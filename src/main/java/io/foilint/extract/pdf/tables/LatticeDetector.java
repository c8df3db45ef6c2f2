package io.foilint.extract.pdf.tables;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Tables drawn with ruling lines: nearby collinear lines are merged, lines that cross are grouped
 * into grids, and each grid's distinct column and row lines cut it into cells. A word belongs to
 * the cell its centre falls in, so a cell's text may run over several lines.
 */
final class LatticeDetector {

  /** Lines this close (points) across their length are the same line (double borders, snapping). */
  private static final float SNAP = 2f;

  /** Collinear pieces with a gap up to this many points are one line (cell borders drawn apart). */
  private static final float JOIN = 3f;

  /** Two lines touch when one ends this close to the other. */
  private static final float TOUCH = 3f;

  /** Beyond this many merged lines a page is a drawing; grouping would be quadratic for nothing. */
  private static final int MAX_LINES = 3_000;

  List<FoundTable> find(List<Ruling> rulings, List<Word> words) {
    List<Ruling> horizontal = merge(rulings, true);
    List<Ruling> vertical = merge(rulings, false);
    if (horizontal.size() < 2 || vertical.size() < 2
        || horizontal.size() + vertical.size() > MAX_LINES) {
      return List.of();
    }
    List<FoundTable> tables = new ArrayList<>();
    for (List<Ruling> grid : grids(horizontal, vertical)) {
      FoundTable t = table(grid, words);
      if (t != null) {
        tables.add(t);
      }
    }
    return tables;
  }

  /** Snaps lines of one orientation to shared positions and joins touching collinear pieces. */
  static List<Ruling> merge(List<Ruling> rulings, boolean horizontal) {
    List<Ruling> some = new ArrayList<>();
    for (Ruling r : rulings) {
      if (r.horizontal() == horizontal) {
        some.add(r);
      }
    }
    some.sort(Comparator.comparingDouble(Ruling::position).thenComparingDouble(Ruling::from));
    List<Ruling> out = new ArrayList<>();
    int i = 0;
    while (i < some.size()) {
      // one band of lines at (about) the same position
      int j = i;
      float first = some.get(i).position();
      while (j < some.size() && some.get(j).position() - first <= SNAP) {
        j++;
      }
      List<Ruling> band = new ArrayList<>(some.subList(i, j));
      band.sort(Comparator.comparingDouble(Ruling::from));
      float pos = 0;
      for (Ruling r : band) {
        pos += r.position();
      }
      pos /= band.size();
      float from = band.get(0).from();
      float to = band.get(0).to();
      for (int k = 1; k < band.size(); k++) {
        Ruling r = band.get(k);
        if (r.from() <= to + JOIN) {
          to = Math.max(to, r.to());
        } else {
          out.add(new Ruling(horizontal, pos, from, to));
          from = r.from();
          to = r.to();
        }
      }
      out.add(new Ruling(horizontal, pos, from, to));
      i = j;
    }
    return out;
  }

  private static boolean cross(Ruling h, Ruling v) {
    return v.position() >= h.from() - TOUCH && v.position() <= h.to() + TOUCH
        && h.position() >= v.from() - TOUCH && h.position() <= v.to() + TOUCH;
  }

  /** Groups of lines connected by crossings (union-find over horizontal x vertical pairs). */
  private static List<List<Ruling>> grids(List<Ruling> horizontal, List<Ruling> vertical) {
    int nh = horizontal.size();
    int[] parent = new int[nh + vertical.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    boolean[] crossed = new boolean[parent.length];
    for (int i = 0; i < nh; i++) {
      for (int j = 0; j < vertical.size(); j++) {
        if (cross(horizontal.get(i), vertical.get(j))) {
          union(parent, i, nh + j);
          crossed[i] = true;
          crossed[nh + j] = true;
        }
      }
    }
    java.util.Map<Integer, List<Ruling>> groups = new java.util.LinkedHashMap<>();
    for (int i = 0; i < parent.length; i++) {
      if (crossed[i]) {
        Ruling r = i < nh ? horizontal.get(i) : vertical.get(i - nh);
        groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(r);
      }
    }
    return new ArrayList<>(groups.values());
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    parent[find(parent, a)] = find(parent, b);
  }

  /** Cuts one grid into cells and fills them; null when it is not a table of 2x2 cells or more. */
  private static FoundTable table(List<Ruling> grid, List<Word> words) {
    float[] xs = positions(grid, false);
    float[] ys = positions(grid, true);
    if (xs.length < 3 && ys.length < 3 || xs.length < 2 || ys.length < 2) {
      return null;
    }
    Box box = new Box(xs[0], ys[0], xs[xs.length - 1], ys[ys.length - 1]);
    int rows = ys.length - 1;
    int cols = xs.length - 1;
    List<List<List<Word>>> cells = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      List<List<Word>> row = new ArrayList<>();
      for (int c = 0; c < cols; c++) {
        row.add(new ArrayList<>());
      }
      cells.add(row);
    }
    boolean any = false;
    for (Word w : words) {
      float cx = w.centreX();
      float cy = w.centreY();
      if (!box.contains(cx, cy)) {
        continue;
      }
      int c = slot(xs, cx);
      int r = slot(ys, cy);
      int[] anchor = anchor(grid, xs, ys, r, c);
      cells.get(anchor[0]).get(anchor[1]).add(w);
      any = true;
    }
    if (!any) {
      return null;
    }
    List<List<String>> text = new ArrayList<>();
    for (List<List<Word>> row : cells) {
      List<String> t = new ArrayList<>();
      for (List<Word> cell : row) {
        t.add(CellText.join(cell));
      }
      text.add(t);
    }
    List<List<String>> trimmed = Grids.dropEmpty(text);
    if (trimmed.size() < 2 || trimmed.get(0).size() < 2 || Grids.rowsWithCells(trimmed, 2) < 2) {
      return null; // a framed paragraph, a box round a signature: not a table
    }
    return new FoundTable(box, trimmed, true);
  }

  /**
   * The top-left grid cell of the merged cell holding grid cell (r, c): a cell spans to the left
   * while no vertical line separates it from its neighbour at its height, and upwards while no
   * horizontal line separates it at its width (a header spanning columns, a label spanning rows).
   * Its text goes there, as a spreadsheet keeps a merged cell's value in the top-left cell.
   */
  private static int[] anchor(List<Ruling> grid, float[] xs, float[] ys, int r, int c) {
    int row = r;
    int col = c;
    boolean moved = true;
    while (moved) {
      moved = false;
      float midY = (ys[row] + ys[row + 1]) / 2;
      if (col > 0 && !covered(grid, false, xs[col], midY)) {
        col--;
        moved = true;
      }
      float midX = (xs[col] + xs[col + 1]) / 2;
      if (row > 0 && !covered(grid, true, ys[row], midX)) {
        row--;
        moved = true;
      }
    }
    return new int[] {row, col};
  }

  /** Whether a line of the orientation runs at {@code position} past point {@code along}. */
  private static boolean covered(List<Ruling> grid, boolean horizontal, float position, float along) {
    for (Ruling l : grid) {
      if (l.horizontal() == horizontal && Math.abs(l.position() - position) <= SNAP + 0.5f
          && along >= l.from() - TOUCH && along <= l.to() + TOUCH) {
        return true;
      }
    }
    return false;
  }

  /** The distinct positions of the grid's lines of one orientation, sorted. */
  private static float[] positions(List<Ruling> grid, boolean horizontal) {
    float[] p = grid.stream()
        .filter(r -> r.horizontal() == horizontal)
        .map(Ruling::position)
        .sorted()
        .collect(() -> new FloatList(), FloatList::add, FloatList::addAll)
        .toArray();
    // lines merged per band already; still drop near-duplicates from separate pieces
    float[] out = new float[p.length];
    int n = 0;
    for (float v : p) {
      if (n == 0 || v - out[n - 1] > SNAP) {
        out[n++] = v;
      }
    }
    return Arrays.copyOf(out, n);
  }

  private static int slot(float[] edges, float v) {
    for (int i = 1; i < edges.length; i++) {
      if (v <= edges[i]) {
        return i - 1;
      }
    }
    return edges.length - 2;
  }

  /** A growable float array (streams have no float collector). */
  private static final class FloatList {
    private float[] a = new float[16];
    private int n;

    void add(Float v) {
      if (n == a.length) {
        a = Arrays.copyOf(a, n * 2);
      }
      a[n++] = v;
    }

    void addAll(FloatList o) {
      for (int i = 0; i < o.n; i++) {
        add(o.a[i]);
      }
    }

    float[] toArray() {
      return Arrays.copyOf(a, n);
    }
  }
}
