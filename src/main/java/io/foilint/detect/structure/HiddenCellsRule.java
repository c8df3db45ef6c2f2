package io.foilint.detect.structure;

import io.foilint.detect.Detector;
import io.foilint.detect.Severity;
import io.foilint.model.Cell;
import io.foilint.model.Row;
import io.foilint.model.TableStart;
import io.foilint.model.Visibility;

/**
 * Shared logic of the rules about single cells a reader does not see (text coloured like the
 * background, a number format that shows nothing, cells far outside the area in use): counts
 * them per table. BLOCK from five cells, REVIEW below.
 */
abstract class HiddenCellsRule extends Detector {

  static final int BLOCK_CELLS = 5;

  private final Visibility reason;
  private TableStart open;
  private CellBounds bounds;
  private MaskedSamples samples;
  private RowRanges rows;
  private long cells;

  HiddenCellsRule(Visibility reason) {
    this.reason = reason;
  }

  /** "cells whose text is coloured like the background" (plural). */
  abstract String cellsWords(long n);

  /** Why it matters, for {@code n} cells. */
  abstract String consequence(long n);

  @Override
  public void startTable(TableStart table) {
    closeOpen();
    if (!Origins.isCache(table.origin())) {
      open = table;
      bounds = new CellBounds();
      samples = new MaskedSamples(3);
      rows = new RowRanges();
      cells = 0;
    }
  }

  @Override
  public void row(Row row) {
    if (open == null) {
      return;
    }
    for (Cell c : row.cells()) {
      if (c.visibility() == reason) {
        cells++;
        bounds.add(row.index(), c.column());
        rows.add(row.number());
        samples.offer(c.value());
      }
    }
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
    if (open != null && cells > 0) {
      Severity severity = cells >= BLOCK_CELLS ? Severity.BLOCK : Severity.REVIEW;
      report(
          severity,
          open.location().withRef(bounds.range()),
          Words.capitalised(open.origin().phrase()) + " " + Words.quoted(open.name()) + " has "
              + Words.number(cells) + " " + cellsWords(cells) + " (" + bounds.range() + ", "
              + rows + ") — " + consequence(cells),
          samples.isEmpty() ? "" : "e.g. " + samples);
    }
    open = null;
  }
}
