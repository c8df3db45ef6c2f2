package io.foilint.extract.ods;

/**
 * Decides, while rows stream past, whether content sits far outside the block in use: after more
 * than {@value #MAX_EMPTY_ROWS} empty rows below it, or more than {@value #MAX_EMPTY_COLUMNS}
 * empty columns to its right. Once rows have jumped that far, the rest of the sheet counts as far
 * off (it is a remote block a reader scrolling the data would not reach).
 */
final class FarOffTracker {

  static final int MAX_EMPTY_ROWS = 200;
  static final int MAX_EMPTY_COLUMNS = 50;

  private long lastRow = -1;
  private long rightEdge = -1;
  private boolean beyondRows;

  /** Called once per non-empty row, in order. */
  boolean rowIsFar(long row) {
    if (!beyondRows && lastRow >= 0 && row - lastRow - 1 > MAX_EMPTY_ROWS) {
      beyondRows = true;
    }
    if (!beyondRows) {
      lastRow = row;
    }
    return beyondRows;
  }

  /** Called for each non-empty cell of a row that is not far off, left to right. */
  boolean cellIsFar(long column) {
    if (rightEdge >= 0 && column - rightEdge - 1 > MAX_EMPTY_COLUMNS) {
      return true;
    }
    rightEdge = Math.max(rightEdge, column);
    return false;
  }
}
