package io.foilint.extract.xlsx;

import io.foilint.extract.ExtractionException;
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
import java.util.TreeSet;
import org.apache.poi.openxml4j.opc.PackagePart;

/**
 * Charts keep a cached copy of every value they plot ({@code c:strCache}/{@code c:numCache}),
 * which survives when the source cells are deleted, and may carry a whole embedded workbook
 * ({@code c:externalData}). Handles classic DrawingML charts and the newer chartex (cx:) charts.
 *
 * <p>Each series becomes a table "Chart N series k": row 1 holds the column roles (Category,
 * then the series name, ...), row idx+2 the point with index idx; cell references are A1-style.
 */
public final class XlsxChartReader {

  static final String CHART = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
  static final String CHARTEX = "application/vnd.ms-office.chartex+xml";
  /** Chart styles and colour schemes: formatting only. */
  static final String CHART_STYLE = "application/vnd.ms-office.chartstyle+xml";

  static final String CHART_COLORS = "application/vnd.ms-office.chartcolorstyle+xml";

  private static final Map<String, String> ROLES =
      Map.of("cat", "Category", "xVal", "X", "val", "Value", "yVal", "Y", "bubbleSize", "Size");

  private final XlsxPackageParts parts;
  private final ContentHandler out;

  public XlsxChartReader(XlsxPackageParts parts, ContentHandler out) {
    this.parts = parts;
    this.out = out;
  }

  /** One plotted series: its name and one column of cached points per role. */
  private static final class Series {
    String name = "";
    final Map<String, TreeMap<Integer, String>> columns = new LinkedHashMap<>();

    void put(String role, int idx, String value) {
      columns.computeIfAbsent(role, k -> new TreeMap<>()).merge(idx, value, (a, b) -> a + " / " + b);
    }
  }

  /** What one chart part holds. */
  private static final class Chart {
    String title = "";
    String externalData = "";
    long points;
    final List<Series> series = new ArrayList<>();
  }

  public void readAll() throws ExtractionException {
    for (PackagePart part : parts.all()) {
      String type = part.getContentType();
      if (type.equalsIgnoreCase(CHART_STYLE) || type.equalsIgnoreCase(CHART_COLORS)) {
        parts.handled(XlsxPartsReader.nameOf(part));
      }
    }
    int n = 0;
    for (PackagePart part : parts.all()) {
      String type = part.getContentType();
      if (type.equalsIgnoreCase(CHART) || type.equalsIgnoreCase(CHARTEX)) {
        n++;
        read(part, n);
      }
    }
  }

  private void read(PackagePart part, int n) throws ExtractionException {
    String name = XlsxPartsReader.nameOf(part);
    parts.handled(name);
    Chart chart = parse(part, name);
    String label = "Chart " + n;
    Map<String, String> attrs = new LinkedHashMap<>();
    attrs.put("cachedPoints", String.valueOf(chart.points));
    attrs.put("externalData", chart.externalData);
    attrs.put("series", String.valueOf(chart.series.size()));
    attrs.put("sheet", parts.sheetOf(name));
    String factName = chart.title.isBlank() ? label : chart.title.strip();
    out.fact(new Fact(FactKind.CHART, Location.of(name), factName, "", attrs));
    int k = 0;
    for (Series s : chart.series) {
      k++;
      if (!s.columns.isEmpty()) { // a series whose cache was never written has nothing to show
        emitSeries(s, label + " series " + k, name);
      }
    }
  }

  private Chart parse(PackagePart part, String name) throws ExtractionException {
    Chart chart = new Chart();
    List<String> stack = new ArrayList<>();
    Series series = null;
    String dimRole = "";
    try (XlsxXmlReader xml = XlsxXmlReader.open(part)) {
      while (xml.next()) {
        if (xml.isStart()) {
          String local = xml.local();
          String parent = stack.isEmpty() ? "" : stack.get(stack.size() - 1);
          if (local.equals("title") && parent.equals("chart")) {
            chart.title = xml.elementText("f");
            continue;
          }
          if (local.equals("tx") && (parent.equals("ser") || parent.equals("series")) && series != null) {
            series.name = xml.elementText("f").strip();
            continue;
          }
          if (local.equals("pt") && series != null) {
            String role = roleOf(stack, dimRole);
            int idx = parseIndex(xml.attr("idx"));
            String value = xml.elementText();
            if (role != null) {
              series.put(role, idx, value);
              chart.points++;
            }
            continue;
          }
          switch (local) {
            case "ser" -> series = new Series();
            case "data" -> {
              if (parent.equals("chartData")) {
                series = new Series();
                series.name = "data " + xml.attr("id");
              }
            }
            case "strDim", "numDim" -> dimRole = xml.attr("type");
            case "externalData" ->
                chart.externalData = parts.target(name, xml.relAttr("id")).orElse("");
            default -> {}
          }
          stack.add(local);
        } else if (xml.isEnd()) {
          String local = xml.local();
          if (!stack.isEmpty()) {
            stack.remove(stack.size() - 1);
          }
          if ((local.equals("ser") || (local.equals("data") && !stack.isEmpty()
                  && stack.get(stack.size() - 1).equals("chartData")))
              && series != null) {
            chart.series.add(series);
            series = null;
          }
        }
      }
    }
    return chart;
  }

  /** The role of a cached point: by its classic ancestor (cat, val, ...) or its chartex dimension. */
  private static String roleOf(List<String> stack, String dimRole) {
    for (int i = stack.size() - 1; i >= 0; i--) {
      String e = stack.get(i);
      if (ROLES.containsKey(e)) {
        return ROLES.get(e);
      }
      if (e.equals("strDim") || e.equals("numDim")) {
        return dimRole.isEmpty() ? e : dimRole;
      }
      if (e.equals("ser") || e.equals("tx")) {
        return null;
      }
    }
    return null;
  }

  private static int parseIndex(String idx) {
    try {
      return Math.max(0, Integer.parseInt(idx.trim()));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private void emitSeries(Series s, String tableName, String partName) {
    out.startTable(
        new TableStart(TableOrigin.CHART_CACHE, tableName, Location.of(partName), Visibility.CHART_CACHE));
    List<String> roles = new ArrayList<>(s.columns.keySet());
    List<Cell> header = new ArrayList<>();
    for (int c = 0; c < roles.size(); c++) {
      String role = roles.get(c);
      boolean valueColumn = !role.equals("Category") && !role.equals("X") && !role.equals("cat");
      String title = valueColumn && !s.name.isEmpty() ? s.name : role;
      header.add(cell(c, 0, title));
    }
    out.row(new Row(0, Visibility.CHART_CACHE, header));
    TreeSet<Integer> indices = new TreeSet<>();
    s.columns.values().forEach(m -> indices.addAll(m.keySet()));
    for (int idx : indices) {
      List<Cell> cells = new ArrayList<>();
      for (int c = 0; c < roles.size(); c++) {
        String v = s.columns.get(roles.get(c)).get(idx);
        if (v != null && !v.isEmpty()) {
          cells.add(cell(c, idx + 1, v));
        }
      }
      out.row(new Row(idx + 1, Visibility.CHART_CACHE, cells));
    }
    out.endTable();
  }

  private static Cell cell(int column, int rowIndex, String value) {
    return new Cell(
        XlsxPartsReader.columnName(column) + (rowIndex + 1), column, value, Visibility.CHART_CACHE);
  }
}
