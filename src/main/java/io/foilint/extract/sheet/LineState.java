package io.foilint.extract.sheet;

import io.foilint.model.Visibility;

/**
 * One classification of a row's or column's state for every spreadsheet format. Each reader
 * supplies what its format stores (hidden flag, zero size, outline level, whether a filter hid
 * the row); the reason is chosen here, most specific first:
 *
 * <ol>
 *   <li>hidden and hidden by a filter: {@link Visibility#FILTERED_OUT};
 *   <li>hidden inside an outline group (level above 0): {@link Visibility#COLLAPSED_OUTLINE} —
 *       Excel and Calc hide grouped rows by collapsing their group, and the collapsed marker sits
 *       on a row beyond the group that a streaming reader may not have seen yet;
 *   <li>hidden otherwise: {@link Visibility#HIDDEN_ROW} / {@link Visibility#HIDDEN_COLUMN};
 *   <li>shown but of zero height or width: {@link Visibility#ZERO_HEIGHT_ROW} /
 *       {@link Visibility#ZERO_WIDTH_COLUMN}.
 * </ol>
 */
public final class LineState {

  private LineState() {}

  /**
   * @param filteredOut the format says a filter hid this row: xlsx, xlsb and xls when the row
   *     lies in the data rows of the sheet's AutoFilter range ({@link #inFilterData}); ods when
   *     the row says {@code table:visibility="filter"}
   */
  public static Visibility row(boolean hidden, boolean zeroHeight, int outlineLevel, boolean filteredOut) {
    if (hidden) {
      if (filteredOut) {
        return Visibility.FILTERED_OUT;
      }
      return outlineLevel > 0 ? Visibility.COLLAPSED_OUTLINE : Visibility.HIDDEN_ROW;
    }
    return zeroHeight ? Visibility.ZERO_HEIGHT_ROW : Visibility.VISIBLE;
  }

  public static Visibility column(boolean hidden, boolean zeroWidth, int outlineLevel) {
    if (hidden) {
      return outlineLevel > 0 ? Visibility.COLLAPSED_OUTLINE : Visibility.HIDDEN_COLUMN;
    }
    return zeroWidth ? Visibility.ZERO_WIDTH_COLUMN : Visibility.VISIBLE;
  }

  /**
   * True when {@code row} is one of the rows an AutoFilter over {@code firstRow..lastRow} can
   * hide: below the range's first row, which holds the drop-down buttons and is never filtered.
   */
  public static boolean inFilterData(int row, int firstRow, int lastRow) {
    return row > firstRow && row <= lastRow;
  }
}
