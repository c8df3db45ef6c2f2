package io.foilint.extract.xlsx;

import io.foilint.extract.sheet.CellRefs;
import java.util.ArrayList;
import java.util.List;

/**
 * A rectangle of cells, zero-based and inclusive. Whole columns ({@code A:C}) and whole rows
 * ({@code 2:5}) span the full sheet in the other direction.
 */
record CellRange(int firstRow, int lastRow, int firstColumn, int lastColumn) {

  boolean contains(int row, int column) {
    return row >= firstRow && row <= lastRow && column >= firstColumn && column <= lastColumn;
  }

  boolean containsRow(int row) {
    return row >= firstRow && row <= lastRow;
  }

  /**
   * Parses one range such as {@code A1:H50}, {@code $A$1}, {@code A:H} or {@code 3:7}, with any
   * sheet prefix ({@code 'Staff list'!}) removed first. Returns null when it is not a range.
   */
  static CellRange parse(String text) {
    if (text == null) {
      return null;
    }
    String s = text.trim();
    int bang = s.lastIndexOf('!');
    if (bang >= 0) {
      s = s.substring(bang + 1);
    }
    s = s.replace("$", "");
    if (s.isEmpty()) {
      return null;
    }
    int colon = s.indexOf(':');
    String a = colon < 0 ? s : s.substring(0, colon);
    String b = colon < 0 ? s : s.substring(colon + 1);
    int[] from = CellRefs.parseCorner(a);
    int[] to = CellRefs.parseCorner(b);
    if (from == null || to == null) {
      return null;
    }
    // a corner without a row (column reference) spans all rows; without a column, all columns
    int r1 = from[0] < 0 ? 0 : from[0];
    int r2 = to[0] < 0 ? CellRefs.MAX_ROW : to[0];
    int c1 = from[1] < 0 ? 0 : from[1];
    int c2 = to[1] < 0 ? CellRefs.MAX_COLUMN : to[1];
    return new CellRange(Math.min(r1, r2), Math.max(r1, r2), Math.min(c1, c2), Math.max(c1, c2));
  }

  /** Parses a space-separated sqref or a comma-separated union of ranges; skips what is not a range. */
  static List<CellRange> parseList(String text) {
    List<CellRange> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    for (String part : splitOutsideQuotes(text)) {
      CellRange r = parse(part);
      if (r != null) {
        out.add(r);
      }
    }
    return out;
  }

  private static List<String> splitOutsideQuotes(String text) {
    List<String> parts = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch == '\'') {
        quoted = !quoted;
      }
      if (!quoted && (ch == ',' || ch == ' ')) {
        parts.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(ch);
      }
    }
    parts.add(cur.toString());
    return parts;
  }
}
