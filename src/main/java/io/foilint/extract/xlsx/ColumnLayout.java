package io.foilint.extract.xlsx;

import io.foilint.model.Visibility;
import java.util.Arrays;

/**
 * Per-column visibility of one sheet, from {@code <cols>} (which precedes the cells, so it is
 * complete before the first row arrives). One byte per column of the sheet's 16,384.
 */
final class ColumnLayout {

  private static final int COLUMNS = CellRange.MAX_COLUMN + 1;

  private final boolean[] hidden = new boolean[COLUMNS];
  private final boolean[] zeroWidth = new boolean[COLUMNS];
  private final boolean[] outlined = new boolean[COLUMNS];
  private final boolean[] collapsed = new boolean[COLUMNS];
  private final boolean[] listed = new boolean[COLUMNS];
  private boolean defaultZeroWidth;
  private Visibility[] resolved;

  /** One {@code <col min max hidden width outlineLevel collapsed>} (min/max 1-based). */
  void addColumns(int min, int max, boolean isHidden, double width, int outlineLevel, boolean isCollapsed) {
    int from = Math.max(1, min) - 1;
    int to = Math.min(max, COLUMNS) - 1;
    for (int c = from; c <= to; c++) {
      listed[c] = true;
      hidden[c] = isHidden;
      zeroWidth[c] = width == 0.0;
      outlined[c] = outlineLevel > 0;
      collapsed[c] = isCollapsed;
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

  /**
   * Hidden columns inside an outline group count as a collapsed group when the column just
   * beyond the run of hidden grouped columns (either side: summary right or left) is marked
   * collapsed.
   */
  private void resolve() {
    Visibility[] v = new Visibility[COLUMNS];
    Arrays.fill(v, Visibility.VISIBLE);
    int c = 0;
    while (c < COLUMNS) {
      if (hidden[c] && outlined[c]) {
        int end = c;
        while (end + 1 < COLUMNS && hidden[end + 1] && outlined[end + 1]) {
          end++;
        }
        boolean groupCollapsed =
            (end + 1 < COLUMNS && collapsed[end + 1]) || (c > 0 && collapsed[c - 1]);
        for (int i = c; i <= end; i++) {
          v[i] = groupCollapsed ? Visibility.COLLAPSED_OUTLINE : Visibility.HIDDEN_COLUMN;
        }
        c = end + 1;
        continue;
      }
      if (hidden[c]) {
        v[c] = Visibility.HIDDEN_COLUMN;
      } else if (zeroWidth[c] || (!listed[c] && defaultZeroWidth)) {
        v[c] = Visibility.ZERO_WIDTH_COLUMN;
      }
      c++;
    }
    resolved = v;
  }
}
