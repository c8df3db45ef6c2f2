package io.foilint.detect.structure;

import io.foilint.detect.HeaderRowRecognizer;
import io.foilint.model.Cell;
import io.foilint.model.Row;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The header labels of one table, taken from its first non-empty row when that row reads like a
 * header (no cell is a number, as {@link HeaderRowRecognizer#noNumbers} decides for every rule). Labels are stored already masked or allow-listed (see
 * {@link ColumnLabels}); columns without a label are named by their letter.
 */
final class HeaderRow {

  private static final int MAX_COLUMNS = 512;

  private final Map<Integer, String> labels = new TreeMap<>();
  private boolean decided;
  private int rowIndex = -1;

  /** Offers each row of the table in order; only the first non-empty one is looked at. */
  void offer(Row row) {
    if (decided || row.cells().isEmpty()) {
      return;
    }
    decided = true;
    if (!HeaderRowRecognizer.noNumbers(row)) {
      return;
    }
    rowIndex = row.index();
    for (Cell c : row.cells()) {
      if (labels.size() < MAX_COLUMNS) {
        labels.put(c.column(), ColumnLabels.display(c.value()));
      }
    }
  }

  /** True when {@code row} is the row the labels came from. */
  boolean isHeader(Row row) {
    return row.index() == rowIndex;
  }

  boolean found() {
    return rowIndex >= 0;
  }

  /** {@code Surname} (allow-listed), {@code S******} (masked) or {@code column C}. */
  String label(int column) {
    String l = labels.get(column);
    return l == null || l.isEmpty() ? "column " + Words.columnLetters(column) : l;
  }

  /** Labels of the given columns, at most {@code max}, with "and N more". */
  String labels(List<Integer> columns, int max) {
    List<String> shown = columns.stream().limit(max).map(this::label).toList();
    return Words.listWithMore(shown, columns.size());
  }

  static boolean looksNumeric(String v) {
    return HeaderRowRecognizer.isNumberLike(v);
  }

  /** All header labels in column order, at most {@code max}, with "and N more". */
  String allLabels(int max) {
    List<String> shown = labels.values().stream().filter(l -> !l.isEmpty()).limit(max).toList();
    return Words.listWithMore(shown, labels.size());
  }
}
