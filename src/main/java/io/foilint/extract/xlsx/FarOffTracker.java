package io.foilint.extract.xlsx;

import io.foilint.extract.FarOffCells;
import java.util.List;

/**
 * Far-off cells in an xlsx sheet: with a print area, anything outside it; without one, the gap
 * rule shared by all spreadsheet extractors ({@link FarOffCells}).
 */
final class FarOffTracker {

  private final List<CellRange> printArea;
  private final FarOffCells gaps = new FarOffCells();

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
    return gaps.isFarOff(row, column);
  }
}
