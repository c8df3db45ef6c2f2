package io.foilint.extract.xlsx;

import io.foilint.extract.FarOffCells;
import java.util.List;

/**
 * Far-off cells in an xlsx sheet, measured from the data in use by the gap rule shared by all
 * spreadsheet extractors ({@link FarOffCells}), as in xls, xlsb and ods. A print area does not
 * move that boundary: a cell just beside the print area sits by the data and is not far off
 * (officers often print only part of a sheet they publish whole). A cell inside the print area is
 * never far off, since it is printed.
 */
final class FarOffTracker {

  private final List<CellRange> printArea;
  private final FarOffCells gaps = new FarOffCells();

  FarOffTracker(List<CellRange> printArea) {
    this.printArea = printArea;
  }

  /** Call for each non-empty cell, in row then column order. */
  boolean isFarOff(int row, int column) {
    boolean far = gaps.isFarOff(row, column);
    return far && !inPrintArea(row, column);
  }

  private boolean inPrintArea(int row, int column) {
    for (CellRange r : printArea) {
      if (r.contains(row, column)) {
        return true;
      }
    }
    return false;
  }
}
