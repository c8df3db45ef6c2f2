package io.foilint.extract;

/**
 * Decides, as non-empty cells stream past in row then column order, whether a cell lies far
 * outside the area in use — the ICO's "remote rows or columns" where data is moved out of sight.
 * The block in use starts at the first non-empty cell. A cell is far off when more than
 * {@value #EMPTY_ROWS} empty rows separate it from the block above (after such a gap everything
 * below is far off too), or more than {@value #EMPTY_COLUMNS} empty columns separate it from the
 * block's rightmost column. Holds four numbers, whatever the sheet's size; one instance per sheet.
 */
public final class FarOffCells {

  public static final int EMPTY_ROWS = 200;
  public static final int EMPTY_COLUMNS = 50;

  private boolean started;
  private boolean pastGap;
  private long lastRow;
  private long maxColumn;

  /** Call for each non-empty cell, in row then column order (zero-based indexes). */
  public boolean isFarOff(long row, long column) {
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
