package io.foilint.extract.docx;

import io.foilint.extract.sheet.CellRefs;
import io.foilint.model.Cell;
import io.foilint.model.ContentHandler;
import io.foilint.model.Location;
import io.foilint.model.Row;
import io.foilint.model.TableOrigin;
import io.foilint.model.TableStart;
import io.foilint.model.TextBlock;
import io.foilint.model.Visibility;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a top-level Word table into the table events spreadsheets emit ({@link
 * TableOrigin#WORD_TABLE}), so the personal-data, small-count and re-identification rules judge
 * it as they judge a sheet. A nested table's text joins the cell holding it (tables do not nest
 * in the model). Text blocks found inside the table (hidden or deleted words in a cell) wait
 * until the table ends, as the event contract asks; their number is capped and the rest merged.
 */
public final class WordTableWriter {

  private static final int MAX_DEFERRED = 2_000;
  private static final int MAX_CELL_CHARS = 32_000;

  private final ContentHandler out;
  private final List<TextBlock> deferred = new ArrayList<>();
  private int tables;
  private int rowIndex = -1;
  private int column;
  private int span = 1;
  private boolean rowDeleted;
  private final List<Cell> cells = new ArrayList<>();
  private final StringBuilder cell = new StringBuilder();
  private Location table;

  public WordTableWriter(ContentHandler out) {
    this.out = out;
  }

  public void startTable(Visibility visibility) {
    tables++;
    rowIndex = -1;
    table = Location.of("table " + tables);
    out.startTable(new TableStart(TableOrigin.WORD_TABLE, "table " + tables, table, visibility));
  }

  public void startRow() {
    rowIndex++;
    column = 0;
    rowDeleted = false;
    cells.clear();
  }

  /** The row itself is a tracked deletion (w:trPr/w:del): its text is still in the file. */
  public void rowDeleted() {
    rowDeleted = true;
  }

  public void startCell() {
    cell.setLength(0);
    span = 1;
  }

  public void gridSpan(String val) {
    try {
      span = Math.max(1, Math.min(64, Integer.parseInt(val.trim())));
    } catch (NumberFormatException | NullPointerException e) {
      span = 1;
    }
  }

  /** Visible text of one paragraph of the current cell. */
  public void cellText(String text) {
    if (text.isBlank() || cell.length() >= MAX_CELL_CHARS) {
      return;
    }
    if (cell.length() > 0) {
      cell.append(' ');
    }
    cell.append(text, 0, Math.min(text.length(), MAX_CELL_CHARS - cell.length()));
  }

  public void endCell(Visibility visibility) {
    String value = cell.toString().strip();
    if (!value.isEmpty()) {
      cells.add(new Cell(CellRefs.ref(Math.max(0, rowIndex), column), column, value, visibility));
    }
    column += span;
  }

  public void endRow(Visibility visibility) {
    if (rowDeleted) {
      StringBuilder sb = new StringBuilder();
      for (Cell c : cells) {
        sb.append(sb.length() == 0 ? "" : " | ").append(c.value());
      }
      defer(new TextBlock(io.foilint.model.TextKind.BODY, here(), sb.toString(), "",
          Visibility.TRACKED_DELETION));
      return;
    }
    out.row(new Row(Math.max(0, rowIndex), visibility, cells));
  }

  public void endTable() {
    out.endTable();
    for (TextBlock t : deferred) {
      out.text(t);
    }
    deferred.clear();
  }

  /** "row 3, cell 2" of the current table, 1-based as a reader counts. */
  public Location here() {
    return table.withRef("row " + (rowIndex + 1) + ", cell " + (column + 1));
  }

  /** A text block found inside the table, given out when the table ends. */
  public void defer(TextBlock t) {
    if (deferred.size() < MAX_DEFERRED) {
      deferred.add(t);
      return;
    }
    // past the cap, blocks of the same kind and visibility are merged into the last one
    for (int i = deferred.size() - 1; i >= 0; i--) {
      TextBlock d = deferred.get(i);
      if (d.visibility() == t.visibility() && d.kind() == t.kind()) {
        if (d.text().length() < Segments.MAX_CHARS) {
          deferred.set(i, new TextBlock(d.kind(), d.location(), d.text() + " " + t.text(),
              d.author(), d.visibility()));
        }
        return;
      }
    }
  }
}
