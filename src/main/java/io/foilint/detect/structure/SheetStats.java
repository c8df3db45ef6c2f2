package io.foilint.detect.structure;

import io.foilint.model.Cell;
import io.foilint.model.Row;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Running statistics of one table as its rows pass: how many rows hold data, how many are
 * records (two or more non-empty cells), which columns are used, the bounding range, the header
 * labels and a few masked samples. Holds no row.
 */
final class SheetStats {

  private static final int SAMPLE_ROWS = 3;

  final HeaderRow header = new HeaderRow();
  final CellBounds bounds = new CellBounds();
  final MaskedSamples samples = new MaskedSamples(SAMPLE_ROWS);
  private final BitSet columns = new BitSet();
  long nonEmptyRows;
  long records;
  long cells;
  long dataRows;

  void add(Row row) {
    if (row.cells().isEmpty()) {
      return;
    }
    header.offer(row);
    nonEmptyRows++;
    cells += row.cells().size();
    if (row.cells().size() >= 2) {
      records++;
    }
    for (Cell c : row.cells()) {
      bounds.add(row.index(), c.column());
      columns.set(Math.max(0, c.column()));
    }
    if (!header.isHeader(row)) {
      dataRows++;
      if (!samples.isFull()) {
        samples.offerRow(row.cells().stream().map(Cell::value).toList());
      }
    }
  }

  boolean isEmpty() {
    return nonEmptyRows == 0;
  }

  int columnCount() {
    return columns.cardinality();
  }

  List<Integer> usedColumns() {
    List<Integer> out = new ArrayList<>();
    for (int i = columns.nextSetBit(0); i >= 0 && out.size() < 64; i = columns.nextSetBit(i + 1)) {
      out.add(i);
    }
    return out;
  }

  /** {@code columns: Surname, Initial, Rank and 4 more}. */
  String columnsPhrase() {
    List<Integer> used = usedColumns();
    List<String> shown = used.stream().limit(8).map(header::label).toList();
    return "columns: " + Words.listWithMore(shown, columnCount());
  }

  /** Evidence: masked samples of the first data rows. */
  String evidence() {
    return samples.isEmpty() ? "" : "e.g. " + samples;
  }
}
