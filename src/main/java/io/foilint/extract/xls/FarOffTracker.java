package io.foilint.extract.xls;

/**
 * Decides, while rows stream past in order, which cells lie far outside the block in use: more
 * than {@value #ROW_GAP} empty rows below it or {@value #COLUMN_GAP} empty columns to its right.
 * Once a row is far off, every later row is too (the main block does not grow past a gap).
 */
final class FarOffTracker {

  static final int ROW_GAP = 200;
  static final int COLUMN_GAP = 50;

  private int lastMainRow = -1;
  private int lastMainColumn = -1;
  private boolean pastRowGap;

  /** Call once per row, in row order, before asking about its cells. */
  boolean rowIsFarOff(int row) {
    if (!pastRowGap && row - lastMainRow - 1 > ROW_GAP) {
      pastRowGap = true;
    }
    return pastRowGap;
  }

  /** Call for each cell of a row that is not far off, in column order. */
  boolean cellIsFarOff(int row, int column) {
    if (column - lastMainColumn - 1 > COLUMN_GAP) {
      return true;
    }
    lastMainColumn = Math.max(lastMainColumn, column);
    lastMainRow = Math.max(lastMainRow, row);
    return false;
  }
}
