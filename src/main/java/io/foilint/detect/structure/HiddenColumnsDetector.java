package io.foilint.detect.structure;

import io.foilint.detect.Detector;
import io.foilint.detect.Rule;
import io.foilint.detect.Severity;
import io.foilint.model.Cell;
import io.foilint.model.Row;
import io.foilint.model.TableStart;
import io.foilint.model.Visibility;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Hidden columns and columns of zero width that hold data. BLOCK when one hidden column holds
 * five or more values (a column of data about the rows, such as staff numbers next to visible
 * totals); REVIEW for less. One finding per table.
 */
@Rule(
    id = "hidden-columns",
    severity = Severity.BLOCK,
    summary = "Hidden columns hold data that anyone can unhide",
    fix = "Select the whole sheet, right-click a column letter > Unhide, check what appears, then"
        + " delete the columns that must not be released (Delete Column, not just hiding); or copy"
        + " only the values meant for release into a new workbook or CSV",
    odsFix = "Select the whole sheet, right-click a column header > Show Columns, check what "
        + "appears, then delete the columns that must not be released (Delete Columns, "
        + "not just hiding); or copy only the values meant for release into a new "
        + "spreadsheet or CSV")
public final class HiddenColumnsDetector extends Detector {

  static final int BLOCK_CELLS_IN_ONE_COLUMN = 5;
  private static final int MAX_COLUMNS_TRACKED = 16_384;

  private TableStart open;
  private HeaderRow header;
  private CellBounds bounds;
  private MaskedSamples samples;
  private final Map<Integer, Long> cellsPerColumn = new TreeMap<>();

  @Override
  public void startTable(TableStart table) {
    closeOpen();
    if (!Origins.isCache(table.origin())) {
      open = table;
      header = new HeaderRow();
      bounds = new CellBounds();
      samples = new MaskedSamples(3);
      cellsPerColumn.clear();
    }
  }

  @Override
  public void row(Row row) {
    if (open == null) {
      return;
    }
    header.offer(row);
    for (Cell c : row.cells()) {
      if (isHiddenColumn(c.visibility())) {
        bounds.add(row.index(), c.column());
        if (cellsPerColumn.size() < MAX_COLUMNS_TRACKED || cellsPerColumn.containsKey(c.column())) {
          cellsPerColumn.merge(c.column(), 1L, Long::sum);
        }
        if (!header.isHeader(row)) {
          samples.offer(c.value());
        }
      }
    }
  }

  private static boolean isHiddenColumn(Visibility v) {
    return v == Visibility.HIDDEN_COLUMN || v == Visibility.ZERO_WIDTH_COLUMN;
  }

  @Override
  public void endTable() {
    closeOpen();
  }

  @Override
  public void finish() {
    closeOpen();
  }

  private void closeOpen() {
    if (open != null && !cellsPerColumn.isEmpty()) {
      judge();
    }
    open = null;
  }

  private void judge() {
    long fullest = cellsPerColumn.values().stream().mapToLong(Long::longValue).max().orElse(0);
    long total = cellsPerColumn.values().stream().mapToLong(Long::longValue).sum();
    Severity severity = fullest >= BLOCK_CELLS_IN_ONE_COLUMN ? Severity.BLOCK : Severity.REVIEW;
    List<String> named = new ArrayList<>();
    for (int col : cellsPerColumn.keySet()) {
      if (named.size() == 8) {
        break;
      }
      String label = header.label(col);
      String letter = Words.columnLetters(col);
      named.add(label.startsWith("column ") ? letter : letter + " headed " + label);
    }
    int n = cellsPerColumn.size();
    String message =
        Words.capitalised(open.origin().phrase()) + " " + Words.quoted(open.name()) + " has "
            + Words.count(n, "hidden column") + " holding " + Words.count(total, "value")
            + " (" + (n == 1 ? "column " : "columns ") + Words.listWithMore(named, n)
            + ") — hidden columns stay in the file and anyone can unhide them";
    report(
        severity,
        open.location().withRef(bounds.range()),
        message,
        samples.isEmpty() ? "" : "e.g. " + samples);
  }
}
