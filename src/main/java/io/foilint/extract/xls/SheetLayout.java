package io.foilint.extract.xls;

import io.foilint.extract.sheet.LineState;
import io.foilint.model.Visibility;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.hssf.record.ColumnInfoRecord;
import org.apache.poi.hssf.record.RowRecord;

/**
 * Row and column visibility of one worksheet, from ROW, COLINFO, DEFAULTROWHEIGHT and the
 * autofilter. BIFF8 has at most 65,536 rows and 256 columns, so only hidden rows are remembered.
 */
final class SheetLayout {

  private static final int MAX_COLUMNS = 256;
  private static final int DEFAULT_HEIGHT_ZERO = 0x0002;

  private final Map<Integer, Visibility> hiddenRows = new HashMap<>();
  private final BitSet listedRows = new BitSet();
  private final Visibility[] columns = new Visibility[MAX_COLUMNS];
  private boolean unlistedRowsHidden;
  private FilterRange filter;
  private boolean autofilterPresent;
  private int filteredRows;

  /** The sheet's autofilter area, from its {@code _FilterDatabase} name. */
  record FilterRange(int firstRow, int lastRow, int firstColumn, int lastColumn) {
    boolean containsDataRow(int row) {
      return LineState.inFilterData(row, firstRow, lastRow);
    }
  }

  SheetLayout() {
    Arrays.fill(columns, Visibility.VISIBLE);
  }

  void setFilterRange(FilterRange range) {
    this.filter = range;
  }

  FilterRange filterRange() {
    return filter;
  }

  void markAutofilterPresent() {
    autofilterPresent = true;
  }

  boolean hasAutofilter() {
    return autofilterPresent && filter != null;
  }

  int filteredRows() {
    return filteredRows;
  }

  void defaultRowHeight(int optionFlags) {
    unlistedRowsHidden = (optionFlags & DEFAULT_HEIGHT_ZERO) != 0;
  }

  void row(RowRecord row) {
    int index = row.getRowNumber();
    listedRows.set(index);
    // BIFF's fDyZero is the hidden flag; a height of zero without it is a row squeezed shut
    boolean hidden = row.getZeroHeight();
    boolean filtered = hidden && autofilterPresent && filter != null && filter.containsDataRow(index);
    filteredRows += filtered ? 1 : 0;
    Visibility v = LineState.row(hidden, (row.getHeight() & 0x7FFF) == 0, row.getOutlineLevel(), filtered);
    if (v.isHidden()) {
      hiddenRows.put(index, v);
    }
  }

  void column(ColumnInfoRecord col) {
    Visibility v = LineState.column(col.getHidden(), col.getColumnWidth() == 0, col.getOutlineLevel());
    int first = Math.max(0, col.getFirstColumn());
    int last = Math.min(MAX_COLUMNS - 1, col.getLastColumn());
    for (int c = first; c <= last; c++) {
      columns[c] = v;
    }
  }

  Visibility rowVisibility(int row) {
    Visibility v = hiddenRows.get(row);
    if (v != null) {
      return v;
    }
    if (unlistedRowsHidden && !listedRows.get(row)) {
      return Visibility.ZERO_HEIGHT_ROW;
    }
    return Visibility.VISIBLE;
  }

  Visibility columnVisibility(int column) {
    return column >= 0 && column < MAX_COLUMNS ? columns[column] : Visibility.VISIBLE;
  }

  int hiddenRowCount() {
    return hiddenRows.size();
  }
}
