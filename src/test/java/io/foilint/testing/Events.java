package io.foilint.testing;

import io.foilint.detect.Detector;
import io.foilint.detect.Finding;
import io.foilint.model.Cell;
import io.foilint.model.ContentHandler;
import io.foilint.model.Fact;
import io.foilint.model.FactKind;
import io.foilint.model.Location;
import io.foilint.model.Row;
import io.foilint.model.TableOrigin;
import io.foilint.model.TableStart;
import io.foilint.model.TextBlock;
import io.foilint.model.TextKind;
import io.foilint.model.Visibility;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Builds a stream of content events in code, for detector tests without files:
 *
 * <pre>{@code
 * List<Finding> findings =
 *     Events.sheet("Staff", HIDDEN_SHEET).row("Surname", "Rank").row("Smith", "PC").feed(detector);
 * }</pre>
 *
 * Cells get the visibility an extractor would give them: the outermost hidden reason of table,
 * row, column and cell. {@link #feed} plays the events, calls {@code finish()} and returns the
 * findings.
 */
public final class Events {

  private final List<Consumer<ContentHandler>> events = new ArrayList<>();
  private final Map<Integer, Visibility> columnVisibility = new HashMap<>();
  private String container = "";
  private TableStart open;
  private int nextRow;

  public static Events events() {
    return new Events();
  }

  /** A worksheet named {@code name} in the given state. */
  public static Events sheet(String name, Visibility visibility) {
    return events().table(TableOrigin.SHEET, name, visibility);
  }

  /** A visible worksheet. */
  public static Events sheet(String name) {
    return sheet(name, Visibility.VISIBLE);
  }

  /** Subsequent events belong to an embedded document at {@code innerPath}. */
  public Events inside(String innerPath) {
    container = innerPath;
    return this;
  }

  /** Starts a table whose location place is its name. */
  public Events table(TableOrigin origin, String name, Visibility visibility) {
    return table(origin, name, name, visibility);
  }

  /** Starts a table whose location place is {@code place} (e.g. a part name). */
  public Events table(TableOrigin origin, String name, String place, Visibility visibility) {
    endTable();
    TableStart t = new TableStart(origin, name, new Location(container, place, ""), visibility);
    open = t;
    nextRow = 0;
    columnVisibility.clear();
    events.add(h -> h.startTable(t));
    return this;
  }

  /** Later rows of this table have these columns in the given state (e.g. HIDDEN_COLUMN). */
  public Events columns(Visibility visibility, int... columns) {
    for (int c : columns) {
      columnVisibility.put(c, visibility);
    }
    return this;
  }

  /** The next row, visible as far as the row goes; empty strings are empty cells. */
  public Events row(String... values) {
    return rowAt(nextRow, Visibility.VISIBLE, Visibility.VISIBLE, values);
  }

  /** The next row in the given state (HIDDEN_ROW, FILTERED_OUT, ...). */
  public Events row(Visibility rowVisibility, String... values) {
    return rowAt(nextRow, rowVisibility, Visibility.VISIBLE, values);
  }

  /** The next row, every cell with its own cell-level state (INVISIBLE_TEXT, ...). */
  public Events styledRow(Visibility cellVisibility, String... values) {
    return rowAt(nextRow, Visibility.VISIBLE, cellVisibility, values);
  }

  /** {@code count} rows of generated values ({@code prefix1-0, prefix1-1, ...}) in a state. */
  public Events rows(int count, Visibility rowVisibility, String prefix, int cellsPerRow) {
    for (int i = 0; i < count; i++) {
      String[] values = new String[cellsPerRow];
      for (int c = 0; c < cellsPerRow; c++) {
        values[c] = prefix + i + "x" + c;
      }
      row(rowVisibility, values);
    }
    return this;
  }

  /** A row at an explicit zero-based index. */
  public Events rowAt(int index, Visibility rowVisibility, Visibility cellVisibility, String... values) {
    if (open == null) {
      throw new IllegalStateException("row outside a table");
    }
    Visibility tableVis = open.visibility();
    Visibility rowVis = Visibility.firstHidden(tableVis, rowVisibility);
    List<Cell> cells = new ArrayList<>();
    for (int c = 0; c < values.length; c++) {
      if (values[c] == null || values[c].isEmpty()) {
        continue;
      }
      Visibility v =
          Visibility.firstHidden(tableVis, rowVisibility,
              columnVisibility.getOrDefault(c, Visibility.VISIBLE), cellVisibility);
      cells.add(new Cell(ref(c, index), c, values[c], v));
    }
    Row r = new Row(index, rowVis, cells);
    events.add(h -> h.row(r));
    nextRow = index + 1;
    return this;
  }

  /** Ends the open table (done automatically by the next table and by {@link #feed}). */
  public Events endTable() {
    if (open != null) {
      events.add(ContentHandler::endTable);
      open = null;
    }
    return this;
  }

  /** A fact located at the part or sheet {@code place}; attrs as key, value, key, value. */
  public Events fact(FactKind kind, String place, String name, String value, String... attrs) {
    endTable();
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i + 1 < attrs.length; i += 2) {
      map.put(attrs[i], attrs[i + 1]);
    }
    Fact f = new Fact(kind, new Location(container, place, ""), name, value, map);
    events.add(h -> h.fact(f));
    return this;
  }

  /** A block of text at {@code place!ref}. */
  public Events text(
      TextKind kind, String place, String ref, String text, String author, Visibility visibility) {
    endTable();
    TextBlock t = new TextBlock(kind, new Location(container, place, ref), text, author, visibility);
    events.add(h -> h.text(t));
    return this;
  }

  /** Plays the events into {@code detector}, finishes it and returns its findings. */
  public List<Finding> feed(Detector detector) {
    play(detector);
    detector.finish();
    return detector.findings();
  }

  /** Plays the events into any handler (no finish). */
  public void play(ContentHandler handler) {
    endTable();
    events.forEach(e -> e.accept(handler));
  }

  static String ref(int column, int rowIndex) {
    StringBuilder sb = new StringBuilder();
    int n = column + 1;
    while (n > 0) {
      sb.append((char) ('A' + (n - 1) % 26));
      n = (n - 1) / 26;
    }
    return sb.reverse().toString() + (rowIndex + 1);
  }
}
