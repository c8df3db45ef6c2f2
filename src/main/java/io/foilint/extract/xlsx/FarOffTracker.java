package io.foilint.extract.xlsx;

import java.util.List;

/**
 * Decides, as cells stream in row order, whether a cell lies far outside the area in use. With a
 * print area, anything outside it is far off. Without one, the main block is the data from the
 * first non-empty cell on; a cell is far off when more than {@link #EMPTY_ROWS} empty rows
 * separate it from the block above (after such a gap everything below is far off too), or more
 * than {@link #EMPTY_COLUMNS} empty columns separate it from the block's rightmost column.
 */
final class FarOffTracker {

  static final int EMPTY_ROWS = 200;
  static final int EMPTY_COLUMNS = 50;

  private final List<CellRange> printArea;
  private boolean started;
  private boolean pastGap;
  private int lastRow;
  private int maxColumn;

  FarOffTracker(List<CellRange> printArea) {
    this.printArea = printArea;
  }

  /** Call for each non-empty cell, in row then column order. */
  boolean isFarOff(int row, int column) {
    if (!printArea.isEmpty()) {
      for (CellRange r : printArea) {
        if (r.contains(row, column)) {
          return false;
        }
      }
      return true;
    }
    if (!started) {
      started = true;
      lastRow = row;
      maxColumn = column;
      return false;
    }
    if (pastGap) {
      return true;
    }
    if (row - lastRow - 1 > EMPTY_ROWS) {
      pastGap = true;
      return true;
    }
    if (column - maxColumn - 1 > EMPTY_COLUMNS) {
      return true;
    }
    lastRow = Math.max(lastRow, row);
    maxColumn = Math.max(maxColumn, column);
    return false;
  }
}
