package io.foilint.extract.sheet;

/** A1-style cell references from and to zero-based row and column indexes. */
public final class CellRefs {

  /** The last row and column of Excel's grid (zero-based). */
  public static final int MAX_ROW = 1_048_575;

  public static final int MAX_COLUMN = 16_383;

  private CellRefs() {}

  /** Column letters for a zero-based index: 0 -> A, 26 -> AA. */
  public static String columnName(long column) {
    StringBuilder sb = new StringBuilder();
    long n = column + 1;
    while (n > 0) {
      sb.append((char) ('A' + (n - 1) % 26));
      n = (n - 1) / 26;
    }
    return sb.reverse().toString();
  }

  /** {@code C7} for zero-based row 6, column 2. */
  public static String ref(long row, long column) {
    return columnName(column) + (row + 1);
  }

  /** {@code A1:C7}, or a single reference when the range is one cell. */
  public static String range(long firstRow, long firstColumn, long lastRow, long lastColumn) {
    String first = ref(firstRow, firstColumn);
    if (firstRow == lastRow && firstColumn == lastColumn) {
      return first;
    }
    return first + ":" + ref(lastRow, lastColumn);
  }

  /**
   * Parses a cell reference such as {@code C7} or {@code $C$7} into {row, column}; null if
   * malformed, incomplete or beyond the grid.
   */
  public static int[] parseCell(String ref) {
    if (ref == null) {
      return null;
    }
    int[] rc = parseCorner(ref.replace("$", ""));
    if (rc == null || rc[0] < 0 || rc[1] < 0 || rc[0] > MAX_ROW || rc[1] > MAX_COLUMN) {
      return null;
    }
    return rc;
  }

  /**
   * One corner of a range, {@code $} signs already removed: {row, column} with -1 for a part the
   * corner leaves out ({@code C} is a whole column, {@code 7} a whole row); null when malformed.
   */
  public static int[] parseCorner(String ref) {
    int i = 0;
    int col = 0;
    while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
      char ch = Character.toUpperCase(ref.charAt(i));
      if (ch < 'A' || ch > 'Z' || i >= 3) {
        return null;
      }
      col = col * 26 + (ch - 'A' + 1);
      i++;
    }
    int letters = i;
    int row = 0;
    while (i < ref.length() && Character.isDigit(ref.charAt(i))) {
      if (i - letters >= 7) {
        return null;
      }
      row = row * 10 + (ref.charAt(i) - '0');
      i++;
    }
    int digits = i - letters;
    if (i != ref.length() || (letters == 0 && digits == 0) || (digits > 0 && row == 0)) {
      return null;
    }
    return new int[] {digits == 0 ? -1 : row - 1, letters == 0 ? -1 : col - 1};
  }
}
