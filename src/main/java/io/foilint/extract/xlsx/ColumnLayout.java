package io.foilint.extract.xlsx;

import io.foilint.extract.sheet.CellRefs;
import io.foilint.extract.sheet.LineState;
import io.foilint.model.Visibility;

/**
 * Per-column visibility of one sheet, from {@code <cols>} (which precedes the cells, so it is
 * complete before the first row arrives). One byte per column of the sheet's 16,384.
 */
final class ColumnLayout {

  private static final int COLUMNS = CellRefs.MAX_COLUMN + 1;

  private final boolean[] hidden = new boolean[COLUMNS];
  private final boolean[] zeroWidth = new boolean[COLUMNS];
  private final byte[] outlineLevel = new byte[COLUMNS];
  private final boolean[] listed = new boolean[COLUMNS];
  private boolean defaultZeroWidth;
  private Visibility[] resolved;

  /** One {@code <col min max hidden width outlineLevel>} (min/max 1-based). */
  void addColumns(int min, int max, boolean isHidden, double width, int level) {
    int from = Math.max(1, min) - 1;
    int to = Math.min(max, COLUMNS) - 1;
    for (int c = from; c <= to; c++) {
      listed[c] = true;
      hidden[c] = isHidden;
      zeroWidth[c] = width == 0.0;
      outlineLevel[c] = (byte) Math.max(0, Math.min(level, 7));
    }
    resolved = null;
  }

  /** {@code <sheetFormatPr defaultColWidth="0">}: columns not listed in {@code <cols>} have no width. */
  void setDefaultZeroWidth(boolean zero) {
    defaultZeroWidth = zero;
    resolved = null;
  }

  /** The column's own visibility (zero-based index). */
  Visibility visibility(int column) {
    if (resolved == null) {
      resolve();
    }
    return column >= 0 && column < COLUMNS ? resolved[column] : Visibility.VISIBLE;
  }

  /** Each column's state, classified once by the rule every format shares ({@link LineState}). */
  private void resolve() {
    Visibility[] v = new Visibility[COLUMNS];
    for (int c = 0; c < COLUMNS; c++) {
      v[c] = LineState.column(hidden[c], zeroWidth[c] || (!listed[c] && defaultZeroWidth), outlineLevel[c]);
    }
    resolved = v;
  }
}
