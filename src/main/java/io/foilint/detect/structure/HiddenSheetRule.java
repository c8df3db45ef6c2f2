package io.foilint.detect.structure;

import io.foilint.detect.Detector;
import io.foilint.detect.Severity;
import io.foilint.model.Row;
import io.foilint.model.TableStart;
import io.foilint.model.Visibility;

/**
 * Shared logic of hidden-sheet and very-hidden-sheet: statistics of every sheet whose visibility
 * is the one the rule is about, judged when the sheet ends.
 */
abstract class HiddenSheetRule extends Detector {

  /** A table of data: this many records (rows with two or more values) make a BLOCK. */
  static final int BLOCK_RECORDS = 5;

  private final Visibility state;
  private TableStart open;
  private SheetStats stats;

  HiddenSheetRule(Visibility state) {
    this.state = state;
  }

  /** "is hidden", "is very hidden (...)". */
  abstract String stateWords();

  /** Why an officer should care, after the dash. */
  abstract String consequence();

  /** Severity for a sheet with no content at all. */
  abstract Severity emptySeverity();

  abstract String emptyMessage(String sheet);

  @Override
  public void startTable(TableStart table) {
    closeOpen();
    if (table.visibility() == state && !Origins.isCache(table.origin())) {
      open = table;
      stats = new SheetStats();
    }
  }

  @Override
  public void row(Row row) {
    if (open != null) {
      stats.add(row);
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
    if (open == null) {
      return;
    }
    judge(open, stats);
    open = null;
    stats = null;
  }

  private void judge(TableStart table, SheetStats s) {
    String sheet = "Sheet " + Words.quoted(table.name());
    if (s.isEmpty()) {
      report(emptySeverity(), table.location(), emptyMessage(sheet), "");
      return;
    }
    var where = table.location().withRef(s.bounds.range());
    if (s.records >= BLOCK_RECORDS) {
      report(
          Severity.BLOCK,
          where,
          sheet + " " + stateWords() + " but holds " + Words.count(s.dataRows, "row")
              + " of data (" + s.columnsPhrase() + ") — " + consequence(),
          s.evidence());
    } else if (s.columnCount() == 1) {
      report(
          Severity.REVIEW,
          where,
          sheet + " " + stateWords() + " and holds a single column of "
              + Words.count(s.cells, "value") + " (" + s.columnsPhrase()
              + "); it looks like a lookup/drop-down list — check that it names no one",
          s.evidence());
    } else {
      report(
          Severity.REVIEW,
          where,
          sheet + " " + stateWords() + " and holds " + Words.count(s.cells, "value") + " in "
              + Words.count(s.nonEmptyRows, "row") + " (" + s.columnsPhrase() + ") — "
              + consequence(),
          s.evidence());
    }
  }
}
