package io.foilint.detect.structure;

/** The bounding range of the cells seen so far, e.g. {@code A2:H9484}. Keeps four numbers only. */
final class CellBounds {

  private int minRow = Integer.MAX_VALUE;
  private int maxRow = -1;
  private int minCol = Integer.MAX_VALUE;
  private int maxCol = -1;

  void add(int rowIndex, int column) {
    minRow = Math.min(minRow, rowIndex);
    maxRow = Math.max(maxRow, rowIndex);
    minCol = Math.min(minCol, Math.max(column, 0));
    maxCol = Math.max(maxCol, Math.max(column, 0));
  }

  boolean isEmpty() {
    return maxRow < 0;
  }

  /** {@code A2:H9484}, or a single reference when one cell; empty when nothing was added. */
  String range() {
    if (isEmpty()) {
      return "";
    }
    String first = Words.columnLetters(minCol) + (minRow + 1);
    String last = Words.columnLetters(maxCol) + (maxRow + 1);
    return first.equals(last) ? first : first + ":" + last;
  }
}
