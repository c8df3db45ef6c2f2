package io.foilint.extract.ods;

import io.foilint.extract.FarOffCells;
import io.foilint.extract.ExtractionContext;
import io.foilint.extract.ExtractionException;
import io.foilint.extract.ExtractionException.Reason;
import io.foilint.extract.sheet.CellRefs;
import io.foilint.extract.sheet.LineState;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;

/**
 * Streams one table:table as table events, row by row. Repeated empty rows and cells are
 * skipped without being expanded; repeated non-empty content is expanded up to a cap (and the cap
 * reported). Comments, shapes and sheet-local names met inside the table are reported after it.
 */
final class SheetReader {

  /** Most copies emitted for one repeated non-empty cell element. */
  static final int MAX_CELL_REPEAT = 256;

  /** Most copies emitted for one repeated non-empty row element. */
  static final int MAX_ROW_REPEAT = 1000;

  private static final int DEADLINE_EVERY_ROWS = 2000;

  /** A non-empty cell element of the current row, before it is placed into rows. */
  private record PendingCell(long column, long repeat, String value, boolean formula, Visibility own) {}

  private final OdfXml x;
  private final OdfStyles styles;
  private final ExtractionContext context;
  private final ContentHandler out;
  private final OdfScope scope;
  private final ShapeReader shapes;
  private final DeferredOutput deferred = new DeferredOutput();
  private final ColumnLayout columns = new ColumnLayout();
  private final FarOffCells farOff = new FarOffCells();
  private final Set<String> commentAuthors = new LinkedHashSet<>();

  private String name;
  private TableOrigin origin;
  private Visibility tableVisibility;
  private String linkTarget;
  private boolean started;
  private long rowIndex;
  private int hiddenRowGroups;
  private int hiddenColumnGroups;
  private int rowsSinceDeadlineCheck;
  private long cellsReported;
  private long cappedRepeats;

  SheetReader(
      OdfXml x,
      OdfStyles styles,
      ExtractionContext context,
      ContentHandler out,
      OdfScope scope,
      Map<String, String> objectAnchors) {
    this.x = x;
    this.styles = styles;
    this.context = context;
    this.out = out;
    this.scope = scope;
    this.shapes = new ShapeReader(x, scope, objectAnchors);
  }

  /** Reader at table:table's START_ELEMENT; consumes it. */
  void read(int tableNumber) throws ExtractionException {
    name = x.attr(Odf.TABLE, "name", "Sheet" + tableNumber);
    origin = scope.origin();
    Visibility sheet = styles.isHiddenTable(x.attr(Odf.TABLE, "style-name"))
        ? Visibility.HIDDEN_SHEET : Visibility.VISIBLE;
    tableVisibility = Visibility.firstHidden(sheet, scope.visibility());
    readChildren();
    startIfNeeded();
    out.endTable();
    reportAfterTable();
    deferred.flushTo(out);
  }

  private void readChildren() throws ExtractionException {
    while (x.nextChild()) {
      if (!x.inNamespace(Odf.TABLE)) {
        x.skipElement();
        continue;
      }
      switch (x.localName()) {
        case "table-source" -> readSource();
        case "table-column" -> readColumn();
        case "table-columns", "table-header-columns", "table-rows", "table-header-rows" -> readChildren();
        case "table-column-group" -> {
          boolean hidden = "false".equals(x.attr(Odf.TABLE, "display"));
          hiddenColumnGroups += hidden ? 1 : 0;
          readChildren();
          hiddenColumnGroups -= hidden ? 1 : 0;
        }
        case "table-row-group" -> {
          boolean hidden = "false".equals(x.attr(Odf.TABLE, "display"));
          hiddenRowGroups += hidden ? 1 : 0;
          readChildren();
          hiddenRowGroups -= hidden ? 1 : 0;
        }
        case "table-row" -> readRow();
        case "shapes" -> readShapes();
        case "named-expressions" ->
            new WorkbookFactsReader(x, scope.at(name)).readNamedExpressions(deferred);
        default -> x.skipElement();
      }
    }
  }

  /** A linked sheet: its cells are a cached copy of another file's data. */
  private void readSource() throws ExtractionException {
    linkTarget = x.attr(Odf.XLINK, "href", "");
    origin = TableOrigin.EXTERNAL_LINK_CACHE;
    tableVisibility = Visibility.firstHidden(tableVisibility, Visibility.EXTERNAL_LINK_CACHE);
    x.skipElement();
  }

  private void readColumn() throws ExtractionException {
    long count = x.repeat(Odf.TABLE, "number-columns-repeated");
    // a column inside a group shown folded (table:display="false") is hidden by that group
    boolean hidden = hiddenColumnGroups > 0 || !"visible".equals(x.attr(Odf.TABLE, "visibility", "visible"));
    Visibility v = LineState.column(hidden, styles.isZeroWidthColumn(x.attr(Odf.TABLE, "style-name")),
        hiddenColumnGroups);
    columns.add(count, v, x.attr(Odf.TABLE, "default-cell-style-name"));
    x.skipElement();
  }

  private void readShapes() throws ExtractionException {
    while (true) {
      int ev = x.next();
      if (ev == XMLStreamConstants.END_ELEMENT) {
        return;
      }
      if (ev == XMLStreamConstants.START_ELEMENT) {
        shapes.read(name, "", tableVisibility, deferred);
      }
    }
  }

  private void readRow() throws ExtractionException {
    long repeat = x.repeat(Odf.TABLE, "number-rows-repeated");
    Visibility rowVisibility = rowVisibility();
    String rowDefaultStyle = x.attr(Odf.TABLE, "default-cell-style-name");
    List<PendingCell> cells = new ArrayList<>();
    long column = 0;
    while (x.nextChild()) {
      if (x.is(Odf.TABLE, "table-cell")) {
        column = readCell(cells, column, rowDefaultStyle, false);
      } else if (x.is(Odf.TABLE, "covered-table-cell")) {
        column = readCell(cells, column, rowDefaultStyle, true);
      } else {
        x.skipElement();
      }
    }
    if (!cells.isEmpty()) {
      emitRows(cells, repeat, rowVisibility);
    }
    rowIndex = rowIndex + repeat < rowIndex ? Long.MAX_VALUE : rowIndex + repeat;
    countRowsForDeadline(1);
  }

  /**
   * ODF states a row's state directly: {@code table:visibility} is {@code collapse} (hidden) or
   * {@code filter} (hidden by a filter), and a row inside a {@code table:table-row-group} with
   * {@code table:display="false"} is folded away with its group.
   */
  private Visibility rowVisibility() {
    String visibility = x.attr(Odf.TABLE, "visibility", "visible");
    boolean hidden = hiddenRowGroups > 0 || !"visible".equals(visibility);
    return LineState.row(hidden, styles.isZeroHeightRow(x.attr(Odf.TABLE, "style-name")), hiddenRowGroups,
        "filter".equals(visibility));
  }

  /** Reads one cell element; returns the column after it. */
  private long readCell(List<PendingCell> cells, long column, String rowDefaultStyle, boolean covered)
      throws ExtractionException {
    long repeat = x.repeat(Odf.TABLE, "number-columns-repeated");
    String style = x.attr(Odf.TABLE, "style-name");
    if (style == null) {
      style = rowDefaultStyle != null ? rowDefaultStyle : columns.defaultCellStyle(column);
    }
    String attributeValue = attributeValue(x.attr(Odf.OFFICE, "value-type", ""));
    boolean formula = x.attr(Odf.TABLE, "formula") != null;
    String ref = CellRefs.ref(rowIndex, column);
    StringBuilder text = new StringBuilder();
    while (x.nextChild()) {
      if (x.inNamespace(Odf.TEXT)) {
        if (text.length() > 0) {
          text.append('\n');
        }
        x.appendText(text);
      } else if (x.is(Odf.OFFICE, "annotation")) {
        readAnnotation(ref);
      } else if (x.inNamespace(Odf.DRAW)) {
        shapes.read(name, ref, tableVisibility, deferred);
      } else {
        x.skipElement();
      }
    }
    String value = attributeValue != null && !attributeValue.isEmpty() ? attributeValue : text.toString();
    if (!value.isEmpty()) {
      Visibility own = covered ? Visibility.COVERED_BY_MERGE : styles.cellVisibility(style);
      cells.add(new PendingCell(column, repeat, value, formula, own));
    }
    return column + repeat < column ? Long.MAX_VALUE : column + repeat;
  }

  /** The typed value ODF stores beside the displayed text, or null to use the text. */
  private String attributeValue(String valueType) {
    return switch (valueType) {
      case "float", "percentage", "currency" -> x.attr(Odf.OFFICE, "value");
      case "date" -> x.attr(Odf.OFFICE, "date-value");
      case "time" -> x.attr(Odf.OFFICE, "time-value");
      case "boolean" -> x.attr(Odf.OFFICE, "boolean-value");
      case "string" -> x.attr(Odf.OFFICE, "string-value");
      default -> null;
    };
  }

  private void readAnnotation(String ref) throws ExtractionException {
    String author = "";
    StringBuilder text = new StringBuilder();
    while (x.nextChild()) {
      if (x.is(Odf.DC, "creator")) {
        author = x.text().strip();
      } else if (x.inNamespace(Odf.TEXT)) {
        if (text.length() > 0) {
          text.append('\n');
        }
        x.appendText(text);
      } else {
        x.skipElement();
      }
    }
    Visibility v = Visibility.firstHidden(tableVisibility, Visibility.COMMENT);
    deferred.text(new TextBlock(TextKind.COMMENT, scope.at(name, ref), text.toString(), author, v));
    if (!author.isEmpty() && commentAuthors.add(author)) {
      deferred.fact(new Fact(FactKind.COMMENT_AUTHOR, scope.at(name), "author", author));
    }
  }

  private void emitRows(List<PendingCell> cells, long repeat, Visibility rowVisibility)
      throws ExtractionException {
    long copies = Math.min(repeat, MAX_ROW_REPEAT);
    if (copies < repeat) {
      cappedRepeats++;
    }
    Visibility rowEffective = Visibility.firstHidden(tableVisibility, rowVisibility);
    for (long r = 0; r < copies; r++) {
      long index = rowIndex + r;
      List<Cell> row = new ArrayList<>();
      for (PendingCell cell : cells) {
        long cellCopies = Math.min(cell.repeat(), MAX_CELL_REPEAT);
        if (cellCopies < cell.repeat() && r == 0) {
          cappedRepeats++;
        }
        for (long k = 0; k < cellCopies; k++) {
          long column = cell.column() + k;
          checkInsideGrid(index, column);
          boolean far = farOff.isFarOff(index, column);
          Visibility v = Visibility.firstHidden(
              tableVisibility,
              rowVisibility,
              columns.visibility(column),
              cell.own(),
              far ? Visibility.FAR_OFF_CELL : Visibility.VISIBLE);
          row.add(new Cell(CellRefs.ref(index, column), (int) column, cell.value(), v, cell.formula()));
        }
      }
      startIfNeeded();
      out.row(new Row((int) index, rowEffective, row));
      cellsReported += row.size();
      countRowsForDeadline(1);
    }
  }

  /** Content beyond the largest grid any program shows cannot be addressed or displayed. */
  private void checkInsideGrid(long row, long column) throws ExtractionException {
    if (row > Integer.MAX_VALUE - 1 || column > Integer.MAX_VALUE - 1) {
      throw new ExtractionException(
          Reason.CORRUPT,
          "Sheet " + name + " places content beyond the largest grid a spreadsheet program can"
              + " address, so it cannot be inspected reliably.");
    }
  }

  private void countRowsForDeadline(int rows) throws ExtractionException {
    rowsSinceDeadlineCheck += rows;
    if (rowsSinceDeadlineCheck >= DEADLINE_EVERY_ROWS) {
      rowsSinceDeadlineCheck = 0;
      context.checkDeadline();
    }
  }

  private void startIfNeeded() {
    if (!started) {
      started = true;
      out.startTable(new TableStart(origin, name, scope.at(name), tableVisibility));
    }
  }

  private void reportAfterTable() {
    Location sheet = scope.at(name);
    if (linkTarget != null) {
      deferred.fact(
          new Fact(
              FactKind.EXTERNAL_LINK,
              sheet,
              name,
              linkTarget,
              Map.of("cachedCells", String.valueOf(cellsReported), "sheets", name)));
    }
    if (cappedRepeats > 0) {
      deferred.fact(
          new Fact(
              FactKind.UNINSPECTED_PART,
              sheet,
              scope.contentPart(),
              "Sheet " + name + " repeats the same content more than " + MAX_ROW_REPEAT
                  + " rows or " + MAX_CELL_REPEAT + " cells at a time; each repeated block was"
                  + " reported up to that many times.",
              Map.of("cappedRepeats", String.valueOf(cappedRepeats))));
    }
  }
}
