package io.foilint.extract.xls;

import io.foilint.extract.sheet.CellRefs;
import io.foilint.extract.sheet.HeaderFooterText;
import io.foilint.model.ContentHandler;
import io.foilint.model.Fact;
import io.foilint.model.FactKind;
import io.foilint.model.Location;
import io.foilint.model.TableOrigin;
import io.foilint.model.TableStart;
import io.foilint.model.TextBlock;
import io.foilint.model.TextKind;
import io.foilint.model.Visibility;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The state of one sheet substream while its records stream past: the open table, the current
 * row block, row/column visibility, drawing objects, and the facts and texts that may only be
 * reported once the table is closed.
 */
final class SheetReader {

  private final SheetInfo info;
  private final ContentHandler out;
  final SheetLayout layout = new SheetLayout();
  final SheetObjects objects;
  private final List<Object> afterTable = new ArrayList<>();
  private RowBlock block;
  private boolean tableOpen;

  SheetReader(SheetInfo info, ContentHandler out) {
    this.info = info;
    this.out = out;
    this.objects = new SheetObjects(info.name());
  }

  String name() {
    return info.name();
  }

  SheetInfo info() {
    return info;
  }

  boolean hasCells() {
    return info.type() != SheetInfo.CHART;
  }

  /** Opens the table; called once the records that precede the cells (COLINFO etc.) are known. */
  RowBlock block() {
    if (block == null) {
      block = new RowBlock(info.visibility(), layout);
      out.startTable(new TableStart(TableOrigin.SHEET, info.name(), Location.of(info.name()), info.visibility()));
      tableOpen = true;
    }
    return block;
  }

  void flushBlock() {
    if (block != null && !block.isEmpty()) {
      block.flush(out);
    }
  }

  void later(Object event) {
    afterTable.add(event);
  }

  /** Ends the sheet: last rows, table end, then everything that had to wait. */
  void finish() {
    if (hasCells()) {
      block();
      flushBlock();
    }
    closeTable();
    if (layout.hasAutofilter()) {
      SheetLayout.FilterRange r = layout.filterRange();
      out.fact(
          new Fact(
              FactKind.AUTOFILTER,
              Location.of(info.name()),
              info.name(),
              CellRefs.range(r.firstRow(), r.firstColumn(), r.lastRow(), r.lastColumn()),
              Map.of("hiddenRows", Integer.toString(layout.filteredRows()))));
    }
    objects.emit(afterTable);
    for (Object e : afterTable) {
      if (e instanceof Fact f) {
        out.fact(f);
      } else if (e instanceof TextBlock t) {
        out.text(t);
      } else if (e instanceof ChartCache c) {
        c.emit(out);
      }
    }
    afterTable.clear();
  }

  /** Closes an open table without emitting anything else, when reading stops on an error. */
  void abandon() {
    closeTable();
  }

  private void closeTable() {
    if (tableOpen) {
      out.endTable();
      tableOpen = false;
    }
  }

  void headerFooter(String which, String raw) {
    String text = raw == null ? "" : HeaderFooterText.plain(raw);
    if (!text.isBlank()) {
      later(new TextBlock(TextKind.HEADER_FOOTER, Location.of(info.name(), which), text, "", Visibility.HEADER_FOOTER));
    }
  }
}
