package io.foilint.extract.xls;

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
      // The first row of the range holds the filter buttons and is never filtered out.
      return row > firstRow && row <= lastRow;
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
    Visibility v = Visibility.VISIBLE;
    if (row.getZeroHeight()) {
      if (autofilterPresent && filter != null && filter.containsDataRow(index)) {
        v = Visibility.FILTERED_OUT;
        filteredRows++;
      } else if (row.getOutlineLevel() > 0) {
        // Rows inside an outline group are hidden by collapsing the group.
        v = Visibility.COLLAPSED_OUTLINE;
      } else {
        v = Visibility.HIDDEN_ROW;
      }
    } else if ((row.getHeight() & 0x7FFF) == 0) {
      v = Visibility.ZERO_HEIGHT_ROW;
    }
    if (v.isHidden()) {
      hiddenRows.put(index, v);
    }
  }

  void column(ColumnInfoRecord col) {
    Visibility v = Visibility.VISIBLE;
    if (col.getHidden()) {
      v = col.getOutlineLevel() > 0 ? Visibility.COLLAPSED_OUTLINE : Visibility.HIDDEN_COLUMN;
    } else if (col.getColumnWidth() == 0) {
      v = Visibility.ZERO_WIDTH_COLUMN;
    }
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
