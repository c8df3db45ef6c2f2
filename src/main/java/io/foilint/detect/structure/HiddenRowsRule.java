package io.foilint.detect.structure;

import io.foilint.detect.Detector;
import io.foilint.detect.Severity;
import io.foilint.model.Cell;
import io.foilint.model.Row;
import io.foilint.model.TableStart;
import io.foilint.model.Visibility;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * Shared logic of the rules about rows a reader does not see (hidden, folded in an outline,
 * filtered out): per table, counts the rows in that state that hold data, lists them as row
 * ranges and names the columns they fill. One finding per table.
 */
abstract class HiddenRowsRule extends Detector {

  /** Five such rows with two or more values each are a table of data: BLOCK. */
  static final int BLOCK_ROWS = 5;

  private final Set<Visibility> reasons;
  private TableStart open;
  private HeaderRow header;
  private RowRanges rows;
  private CellBounds bounds;
  private BitSet columns;
  private MaskedSamples samples;
  private long dataRows;
  private long cells;

  HiddenRowsRule(Set<Visibility> reasons) {
    this.reasons = reasons;
  }

  /** Why it matters, after the dash. */
  abstract String consequence();

  @Override
  public void startTable(TableStart table) {
    closeOpen();
    if (!Origins.isCache(table.origin())) {
      open = table;
      header = new HeaderRow();
      rows = new RowRanges();
      bounds = new CellBounds();
      columns = new BitSet();
      samples = new MaskedSamples(3);
      dataRows = 0;
      cells = 0;
    }
  }

  @Override
  public void row(Row row) {
    if (open == null || row.cells().isEmpty()) {
      return;
    }
    header.offer(row);
    boolean wholeRow = reasons.contains(row.visibility());
    List<String> values = new ArrayList<>();
    for (Cell c : row.cells()) {
      if (wholeRow || reasons.contains(c.visibility())) {
        values.add(c.value());
        bounds.add(row.index(), c.column());
        columns.set(Math.max(0, c.column()));
      }
    }
    if (values.isEmpty()) {
      return;
    }
    rows.add(row.number());
    cells += values.size();
    if (values.size() >= 2) {
      dataRows++;
    }
    samples.offerRow(values);
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
    if (open != null && rows.rowCount() > 0) {
      judge();
    }
    open = null;
  }

  private void judge() {
    Severity severity = dataRows >= BLOCK_ROWS ? Severity.BLOCK : Severity.REVIEW;
    List<Integer> used = new ArrayList<>();
    for (int i = columns.nextSetBit(0); i >= 0 && used.size() < 8; i = columns.nextSetBit(i + 1)) {
      used.add(i);
    }
    List<String> shown = used.stream().map(header::label).toList();
    String message =
        Words.capitalised(open.origin().phrase()) + " " + Words.quoted(open.name()) + " has "
            + Words.number(rows.rowCount()) + " " + rowsWords(rows.rowCount())
            + " holding " + Words.count(cells, "value") + " (" + rows + "; columns: "
            + Words.listWithMore(shown, columns.cardinality()) + ") — " + consequence();
    report(
        severity,
        open.location().withRef(bounds.range()),
        message,
        samples.isEmpty() ? "" : "e.g. " + samples);
  }

  /** Singular or plural wording for {@code n} rows. */
  abstract String rowsWords(long n);
}
