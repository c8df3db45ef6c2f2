package io.foilint.extract.xls;

import org.apache.poi.ss.util.CellReference;

/** A1-style references for zero-based row and column indexes. */
final class CellRefs {

  private CellRefs() {}

  static String ref(int row, int column) {
    return CellReference.convertNumToColString(column) + (row + 1);
  }

  static String range(int firstRow, int firstColumn, int lastRow, int lastColumn) {
    String first = ref(firstRow, firstColumn);
    if (firstRow == lastRow && firstColumn == lastColumn) {
      return first;
    }
    return first + ":" + ref(lastRow, lastColumn);
  }
}
