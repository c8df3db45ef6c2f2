package io.foilint.extract.xls;

import io.foilint.extract.FarOffCells;
import io.foilint.extract.sheet.CellRefs;
import io.foilint.model.Cell;
import io.foilint.model.ContentHandler;
import io.foilint.model.Row;
import io.foilint.model.Visibility;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The cells of one BIFF row block (at most 32 rows), collected until the block ends so that each
 * row is emitted once with its cells in column order. Never holds more than one block.
 */
final class RowBlock {

  /**
   * Excel writes cells in row blocks, so a block ends long before this. Some other writers put all
   * ROW records first and cells in any order: then cells are held up to this many, so that rows
   * still come out whole, and flushed (rows may then repeat) to keep memory bounded.
   */
  private static final int MAX_CELLS = 50_000;

  /** A cell waiting for its row to be emitted; the value of a string formula arrives later. */
  static final class PendingCell {
    final int column;
    String value;
    final boolean formula;
    Visibility style;

    PendingCell(int column, String value, boolean formula, Visibility style) {
      this.column = column;
      this.value = value;
      this.formula = formula;
      this.style = style;
    }
  }

  private final TreeMap<Integer, TreeMap<Integer, PendingCell>> rows = new TreeMap<>();
  private final Visibility sheetVisibility;
  private final SheetLayout layout;
  private final FarOffCells farOff = new FarOffCells();
  private int emittedRows;
  private int cellCount;

  RowBlock(Visibility sheetVisibility, SheetLayout layout) {
    this.sheetVisibility = sheetVisibility;
    this.layout = layout;
  }

  boolean isEmpty() {
    return rows.isEmpty();
  }

  int emittedRows() {
    return emittedRows;
  }

  PendingCell add(int row, int column, String value, boolean formula, Visibility style, ContentHandler out) {
    if (cellCount >= MAX_CELLS) {
      flush(out);
    }
    cellCount++;
    PendingCell cell = new PendingCell(column, value, formula, style);
    rows.computeIfAbsent(row, r -> new TreeMap<>()).put(column, cell);
    return cell;
  }

  void flush(ContentHandler out) {
    for (Map.Entry<Integer, TreeMap<Integer, PendingCell>> e : rows.entrySet()) {
      emit(e.getKey(), e.getValue(), out);
    }
    rows.clear();
    cellCount = 0;
  }

  private void emit(int rowIndex, TreeMap<Integer, PendingCell> pending, ContentHandler out) {
    Visibility rowVisibility = layout.rowVisibility(rowIndex);
    List<Cell> cells = new ArrayList<>(pending.size());
    for (PendingCell p : pending.values()) {
      if (p.value == null || p.value.isEmpty()) {
        continue;
      }
      boolean far = farOff.isFarOff(rowIndex, p.column);
      Visibility v =
          Visibility.firstHidden(
              sheetVisibility,
              rowVisibility,
              layout.columnVisibility(p.column),
              far ? Visibility.FAR_OFF_CELL : Visibility.VISIBLE,
              p.style);
      cells.add(new Cell(CellRefs.ref(rowIndex, p.column), p.column, p.value, v, p.formula));
    }
    if (!cells.isEmpty()) {
      out.row(new Row(rowIndex, Visibility.firstHidden(sheetVisibility, rowVisibility), cells));
      emittedRows++;
    }
  }
}
