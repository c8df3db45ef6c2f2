package io.foilint.extract.xls;

import io.foilint.extract.sheet.CellRefs;
import io.foilint.model.Cell;
import io.foilint.model.ContentHandler;
import io.foilint.model.Fact;
import io.foilint.model.FactKind;
import io.foilint.model.Location;
import io.foilint.model.Row;
import io.foilint.model.TableOrigin;
import io.foilint.model.TableStart;
import io.foilint.model.Visibility;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The values a chart substream caches for its series (NUMBER/LABEL records inside the chart's
 * BOF..EOF: row = point, column = series). They stay in the file even when the source cells are
 * deleted. Held until the chart ends (a chart caches at most a few thousand points per series)
 * because an embedded chart sits inside its sheet's substream, while the sheet's table is open.
 */
final class ChartCache {

  private final String sheet;
  private final String name;
  private final Map<String, String> baseAttrs;
  private final TreeMap<Integer, TreeMap<Integer, String>> values = new TreeMap<>();
  private int points;

  ChartCache(String sheet, String name, Map<String, String> baseAttrs) {
    this.sheet = sheet;
    this.name = name;
    this.baseAttrs = baseAttrs;
  }

  void add(int row, int column, String value) {
    if (value != null && !value.isEmpty()) {
      if (values.computeIfAbsent(row, r -> new TreeMap<>()).put(column, value) == null) {
        points++;
      }
    }
  }

  void emit(ContentHandler out) {
    Map<String, String> attrs = new LinkedHashMap<>(baseAttrs);
    attrs.put("cachedPoints", Integer.toString(points));
    out.fact(new Fact(FactKind.CHART, Location.of(sheet), name, "", attrs));
    if (values.isEmpty()) {
      return;
    }
    out.startTable(new TableStart(TableOrigin.CHART_CACHE, name, Location.of(sheet), Visibility.CHART_CACHE));
    for (Map.Entry<Integer, TreeMap<Integer, String>> row : values.entrySet()) {
      List<Cell> cells = new ArrayList<>();
      for (Map.Entry<Integer, String> c : row.getValue().entrySet()) {
        cells.add(new Cell(CellRefs.ref(row.getKey(), c.getKey()), c.getKey(), c.getValue(), Visibility.CHART_CACHE));
      }
      out.row(new Row(row.getKey(), Visibility.CHART_CACHE, cells));
    }
    out.endTable();
  }
}
