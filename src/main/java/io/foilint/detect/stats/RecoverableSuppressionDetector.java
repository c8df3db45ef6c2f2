package io.foilint.detect.stats;

import io.foilint.detect.CellValues;
import io.foilint.detect.Detector;
import io.foilint.detect.Rule;
import io.foilint.detect.Severity;
import io.foilint.model.Cell;
import io.foilint.model.Row;
import io.foilint.model.TableStart;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A suppressed cell ('*', '&lt;5', 'c') that is the only one in its row or column while a total is
 * published: total minus the other cells gives the suppressed number back (differencing).
 */
@Rule(
    id = "recoverable-suppression",
    severity = Severity.REVIEW,
    summary = "A suppressed count can be worked out from a published total",
    fix = "Suppress a second cell in the same row and column (secondary suppression), or round or"
        + " suppress the total, so that the hidden count cannot be recovered by subtraction")
public final class RecoverableSuppressionDetector extends Detector {

  private static final int LISTED = 10;

  private CountTable table;
  /** Per count column: how many suppressed cells, the last one's ref. */
  private final Map<Integer, Integer> suppressedInColumn = new HashMap<>();
  private final Map<Integer, String> suppressedRef = new HashMap<>();
  private final Map<Integer, Boolean> columnHasTotal = new HashMap<>();
  private final List<String> recoverable = new ArrayList<>();
  private long recoverableCount;

  @Override
  public void startTable(TableStart start) {
    close();
    table = new CountTable(start);
  }

  @Override
  public void row(Row row) {
    if (table == null || !table.accept(row) || row.cells().isEmpty()) {
      return;
    }
    boolean totalRow = CountTable.isTotalLabel(row.cells().get(0).value());
    int totalColumn = table.totalColumn();
    String onlySuppressed = null;
    int suppressedHere = 0;
    boolean rowTotalPublished = false;
    for (Cell c : row.cells()) {
      boolean suppressed = CountTable.isSuppressionMarker(c.value());
      if (c.column() == totalColumn) {
        rowTotalPublished = CellValues.isNumber(c.value());
        continue;
      }
      if (!table.isCountColumn(c.column()) && !suppressed) {
        continue;
      }
      if (totalRow) {
        columnHasTotal.put(c.column(), CellValues.isNumber(c.value()));
      } else if (suppressed) {
        suppressedHere++;
        onlySuppressed = c.ref();
        suppressedInColumn.merge(c.column(), 1, Integer::sum);
        suppressedRef.put(c.column(), c.ref());
      }
    }
    if (!totalRow && suppressedHere == 1 && rowTotalPublished) {
      note(onlySuppressed);
    }
  }

  private void note(String ref) {
    recoverableCount++;
    if (recoverable.size() < LISTED && !recoverable.contains(ref)) {
      recoverable.add(ref);
    }
  }

  @Override
  public void endTable() {
    close();
  }

  @Override
  public void finish() {
    close();
  }

  private void close() {
    if (table != null) {
      for (Map.Entry<Integer, Integer> e : suppressedInColumn.entrySet()) {
        if (e.getValue() == 1 && columnHasTotal.getOrDefault(e.getKey(), false)) {
          note(suppressedRef.get(e.getKey()));
        }
      }
      if (recoverableCount > 0) {
        TableStart t = table.table();
        report(
            Severity.REVIEW,
            t.location().withRef(recoverable.get(0)),
            "Table '" + t.name() + "' suppresses " + (recoverable.size() == 1 ? "a count" : "counts")
                + " (" + String.join(", ", recoverable) + (recoverableCount > recoverable.size() ? ", …" : "")
                + ") that " + (recoverable.size() == 1 ? "is" : "are")
                + " the only suppressed cell in a row or column with a published total — subtracting"
                + " the other cells from the total gives the hidden number back",
            "");
      }
    }
    table = null;
    suppressedInColumn.clear();
    suppressedRef.clear();
    columnHasTotal.clear();
    recoverable.clear();
    recoverableCount = 0;
  }
}
