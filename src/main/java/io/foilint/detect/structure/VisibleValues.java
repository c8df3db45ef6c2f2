package io.foilint.detect.structure;

import io.foilint.model.Cell;
import io.foilint.model.Location;
import io.foilint.model.Row;
import io.foilint.model.TableOrigin;
import io.foilint.model.TableStart;
import io.foilint.model.Visibility;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A bounded fingerprint of the values a reader can see in a workbook's sheets: the key of every
 * distinct visible cell value ({@link ValueKey}), each with the sheet and cell where it was first
 * seen. The cache rules compare a cache's values with it at the end of the file, so a cache that
 * only repeats what the sheets show is told from one that carries more. Holds at most
 * {@value #MAX_VALUES} distinct values (at most 4 MB); past that it is {@link #complete() incomplete}
 * and a cache's values cannot be said to be shown.
 */
final class VisibleValues {

  static final int MAX_VALUES = 100_000;
  private static final int MAX_SLOTS = Integer.highestOneBit(MAX_VALUES) << 2;

  private long[] keys = new long[1 << 10];
  /** Sheet index (16 bits), row (32 bits), column (16 bits) of where each key was first seen. */
  private long[] where = new long[1 << 10];
  private int size;
  private boolean full;
  private final List<Location> sheets = new ArrayList<>();
  private final Map<Location, Integer> sheetIndex = new HashMap<>();
  private int openSheet = -1;

  /** Follow the tables of the file: only sheet grids count, never caches or logs. */
  void startTable(TableStart table) {
    openSheet = -1;
    if (table.origin() == TableOrigin.SHEET && table.visibility() == Visibility.VISIBLE) {
      Location sheet = table.location().withRef("");
      Integer index = sheetIndex.get(sheet);
      if (index == null && sheets.size() < 0xFFFF) {
        index = sheets.size();
        sheets.add(sheet);
        sheetIndex.put(sheet, index);
      }
      openSheet = index == null ? -1 : index;
    }
  }

  void endTable() {
    openSheet = -1;
  }

  void row(Row row) {
    if (openSheet < 0 || full) {
      return;
    }
    long[] rowKeys = keysOf(row);
    List<Cell> cells = row.cells();
    for (int i = 0; i < cells.size(); i++) {
      if (rowKeys[i] != 0) {
        add(rowKeys[i], openSheet, row.index(), cells.get(i).column());
      }
    }
  }

  /** The keys of a row's visible cells (0 for the others). */
  private static long[] keysOf(Row row) {
    RowKeys last = LAST_ROW.get();
    if (last != null && last.row == row) {
      return last.keys;
    }
    List<Cell> cells = row.cells();
    long[] keys = new long[cells.size()];
    for (int i = 0; i < keys.length; i++) {
      Cell c = cells.get(i);
      keys[i] = c.visibility() == Visibility.VISIBLE ? ValueKey.of(c.value()) : 0;
    }
    LAST_ROW.set(new RowKeys(row, keys));
    return keys;
  }

  /**
   * The last row keyed on this thread. Every cache rule keeps its own fingerprint and is handed
   * the same row object in turn, so the row is keyed once, not once per rule.
   */
  private record RowKeys(Row row, long[] keys) {}

  private static final ThreadLocal<RowKeys> LAST_ROW = new ThreadLocal<>();

  /** False when more distinct values were seen than are kept: no cache can be said to be shown. */
  boolean complete() {
    return !full;
  }

  boolean isEmpty() {
    return size == 0;
  }

  /** Where a value is shown, or null when no visible cell holds it. */
  Shown find(long key) {
    if (key == 0) {
      return null;
    }
    int mask = keys.length - 1;
    for (int i = slot(key, mask); keys[i] != 0; i = (i + 1) & mask) {
      if (keys[i] == key) {
        long w = where[i];
        return new Shown(sheets.get((int) (w >>> 48)), (int) (w >>> 16), (int) (w & 0xFFFF));
      }
    }
    return null;
  }

  /** A visible cell holding a value. */
  record Shown(Location sheet, int rowIndex, int column) {}

  private void add(long key, int sheet, int rowIndex, int column) {
    if (key == 0 || full) {
      return;
    }
    int mask = keys.length - 1;
    int i = slot(key, mask);
    for (; keys[i] != 0; i = (i + 1) & mask) {
      if (keys[i] == key) {
        return;
      }
    }
    if (size >= MAX_VALUES) {
      full = true;
      return;
    }
    keys[i] = key;
    where[i] = ((long) sheet << 48) | ((rowIndex & 0xFFFFFFFFL) << 16) | (Math.min(column, 0xFFFF) & 0xFFFFL);
    size++;
    if (size * 2 > keys.length && keys.length < MAX_SLOTS) {
      grow();
    }
  }

  private void grow() {
    long[] oldKeys = keys;
    long[] oldWhere = where;
    keys = new long[oldKeys.length * 2];
    where = new long[oldKeys.length * 2];
    int mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldKeys[j] != 0) {
        int i = slot(oldKeys[j], mask);
        while (keys[i] != 0) {
          i = (i + 1) & mask;
        }
        keys[i] = oldKeys[j];
        where[i] = oldWhere[j];
      }
    }
  }

  private static int slot(long key, int mask) {
    return (int) (key ^ (key >>> 32)) & mask;
  }
}
