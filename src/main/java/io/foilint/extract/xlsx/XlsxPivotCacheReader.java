package io.foilint.extract.xlsx;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.ExtractionException;
import io.foilint.extract.ExtractionException.Reason;
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
import java.util.Optional;
import org.apache.poi.openxml4j.opc.PackagePart;

/**
 * Pivot caches: the copy of the source data Excel keeps so a pivot table can be rebuilt (the
 * Islington leak). The definition lists each field's distinct values ("shared items", kept even
 * when saveData="0"); the records part holds every source row.
 *
 * <p>Tables use A1-style cell references: column = the cache field's position (A = first field),
 * row 1 = field names. In "field values" row n+1 holds the n-th shared item of each field; in
 * "source records" row n+1 holds record n, its shared-item indices resolved to values.
 */
final class XlsxPivotCacheReader {

  static final String DEFINITION =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml";
  static final String RECORDS =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheRecords+xml";

  /** Shared items a cache may hold in memory (characters), so a hostile cache cannot exhaust the heap. */
  private static final long SHARED_ITEM_BUDGET = 32L * 1024 * 1024;

  private static final int DEADLINE_EVERY = 2_000;

  private final XlsxPackageParts parts;
  private final ExtractionContext context;
  private final ContentHandler out;

  XlsxPivotCacheReader(XlsxPackageParts parts, ExtractionContext context, ContentHandler out) {
    this.parts = parts;
    this.context = context;
    this.out = out;
  }

  /** One cache field: its name, whether records carry it, and its distinct values. */
  private record Field(String name, boolean inRecords, List<String> items) {}

  /** What the definition part says. */
  private static final class Definition {
    String source = "";
    String refreshedBy = "";
    String refreshedDate = "";
    String saveData = "true";
    String recordCount = "";
    String sourceType = "";
    final List<Field> fields = new ArrayList<>();

    int sharedItems() {
      return fields.stream().mapToInt(f -> f.items().size()).sum();
    }
  }

  void readAll() throws ExtractionException {
    Map<String, String> cacheIds = cacheIdsByPart();
    int n = 0;
    for (PackagePart part : parts.withContentType(DEFINITION)) {
      n++;
      read(part, "Pivot cache " + n, cacheIds.getOrDefault(XlsxPartsReader.nameOf(part), ""));
    }
  }

  private Map<String, String> cacheIdsByPart() throws ExtractionException {
    Map<String, String> ids = new LinkedHashMap<>();
    String workbook = parts.workbookPart();
    Optional<PackagePart> wb = parts.part(workbook);
    if (wb.isEmpty()) {
      return ids;
    }
    try (XlsxXmlReader xml = XlsxXmlReader.open(wb.get())) {
      while (xml.nextStart()) {
        if (xml.isStart("pivotCache")) {
          String id = xml.attr("cacheId");
          parts.target(workbook, xml.relAttr("id")).ifPresent(t -> ids.put(t, id));
        } else if (xml.isStart("sheetData")) {
          break;
        }
      }
    }
    return ids;
  }

  private void read(PackagePart defPart, String title, String cacheId) throws ExtractionException {
    String defName = XlsxPartsReader.nameOf(defPart);
    parts.handled(defName);
    Definition def = readDefinition(defPart);
    Optional<PackagePart> records =
        parts.linksFrom(defName, "/pivotCacheRecords").stream()
            .map(l -> parts.part(l.target()))
            .flatMap(Optional::stream)
            .findFirst();
    long recordCount = records.isPresent() ? countRecords(records.get(), def) : 0;

    Map<String, String> attrs = new LinkedHashMap<>();
    attrs.put("source", def.source);
    attrs.put("sourceType", def.sourceType);
    attrs.put("refreshedBy", def.refreshedBy);
    attrs.put("refreshedDate", def.refreshedDate);
    attrs.put("saveData", def.saveData);
    attrs.put("fields", String.valueOf(def.fields.size()));
    attrs.put("sharedItems", String.valueOf(def.sharedItems()));
    attrs.put("records", String.valueOf(recordCount));
    attrs.put("cacheId", cacheId);
    records.ifPresent(r -> attrs.put("recordsPart", XlsxPartsReader.nameOf(r)));
    out.fact(new Fact(FactKind.PIVOT_CACHE, Location.of(defName), title, def.source, attrs));

    emitFieldValues(def, title, defName);
    if (records.isPresent()) {
      emitRecords(records.get(), def, title);
    }
  }

  private Definition readDefinition(PackagePart part) throws ExtractionException {
    Definition def = new Definition();
    String name = XlsxPartsReader.nameOf(part);
    long budget = SHARED_ITEM_BUDGET;
    try (XlsxXmlReader xml = XlsxXmlReader.open(part)) {
      List<String> items = null;
      boolean inSharedItems = false;
      while (xml.next()) {
        if (xml.isStart()) {
          switch (xml.local()) {
            case "pivotCacheDefinition" -> {
              def.refreshedBy = xml.attr("refreshedBy");
              def.refreshedDate = xml.attr("refreshedDate");
              def.recordCount = xml.attr("recordCount");
              String save = xml.attr("saveData");
              def.saveData = save.equals("0") || save.equalsIgnoreCase("false") ? "false" : "true";
            }
            case "cacheSource" -> {
              def.sourceType = xml.attr("type");
              if (!xml.attr("connectionId").isEmpty()) {
                def.source = "connection " + xml.attr("connectionId");
              } else if (def.sourceType.equals("consolidation")) {
                def.source = "consolidation";
              }
            }
            case "worksheetSource" -> def.source = worksheetSource(xml, name);
            case "cacheField" -> {
              items = new ArrayList<>();
              String databaseField = xml.attr("databaseField");
              boolean inRecords = !(databaseField.equals("0") || databaseField.equals("false"));
              def.fields.add(new Field(xml.attr("name"), inRecords, items));
            }
            case "sharedItems" -> inSharedItems = true;
            case "s", "n", "d", "b", "e", "m" -> {
              if (inSharedItems && items != null) {
                String v = xml.attr("v");
                budget -= v.length() + 16;
                if (budget < 0) {
                  throw new ExtractionException(
                      Reason.LIMIT_EXCEEDED,
                      "The pivot cache in " + name + " lists more distinct values than foilint"
                          + " can hold; it cannot be fully inspected.");
                }
                items.add(v);
                xml.skipElement(); // OLAP member properties nest further items: not values
              }
            }
            default -> {}
          }
        } else if (xml.isEnd("sharedItems")) {
          inSharedItems = false;
        } else if (xml.isEnd("cacheField")) {
          items = null;
        }
      }
    }
    return def;
  }

  private String worksheetSource(XlsxXmlReader xml, String defName) {
    String sheet = xml.attr("sheet");
    String ref = xml.attr("ref");
    String named = xml.attr("name");
    String book = parts.target(defName, xml.relAttr("id")).map(t -> "[" + t + "]").orElse("");
    if (!sheet.isEmpty() || !ref.isEmpty()) {
      return book + (sheet.isEmpty() ? ref : sheet + "!" + ref);
    }
    return book + named;
  }

  private void emitFieldValues(Definition def, String title, String defName) {
    out.startTable(
        new TableStart(
            TableOrigin.PIVOT_CACHE,
            title + ": field values",
            Location.of(defName),
            Visibility.PIVOT_CACHE));
    out.row(headerRow(def));
    int most = def.fields.stream().mapToInt(f -> f.items().size()).max().orElse(0);
    for (int i = 0; i < most; i++) {
      List<Cell> cells = new ArrayList<>();
      for (int c = 0; c < def.fields.size(); c++) {
        List<String> items = def.fields.get(c).items();
        if (i < items.size() && !items.get(i).isEmpty()) {
          cells.add(cell(c, i + 1, items.get(i)));
        }
      }
      out.row(new Row(i + 1, Visibility.PIVOT_CACHE, cells));
    }
    out.endTable();
  }

  private static Row headerRow(Definition def) {
    List<Cell> header = new ArrayList<>();
    for (int c = 0; c < def.fields.size(); c++) {
      if (!def.fields.get(c).name().isEmpty()) {
        header.add(cell(c, 0, def.fields.get(c).name()));
      }
    }
    return new Row(0, Visibility.PIVOT_CACHE, header);
  }

  private static Cell cell(int column, int rowIndex, String value) {
    return new Cell(
        XlsxPartsReader.columnName(column) + (rowIndex + 1), column, value, Visibility.PIVOT_CACHE);
  }

  /** Record count from the part's own count, else the definition's, else by counting. */
  private long countRecords(PackagePart records, Definition def) throws ExtractionException {
    try (XlsxXmlReader xml = XlsxXmlReader.open(records)) {
      if (xml.nextStart() && isCount(xml.attr("count"))) {
        return Long.parseLong(xml.attr("count"));
      }
    }
    if (isCount(def.recordCount)) {
      return Long.parseLong(def.recordCount);
    }
    long n = 0;
    try (XlsxXmlReader xml = XlsxXmlReader.open(records)) {
      while (xml.nextStart()) {
        if (xml.isStart("r")) {
          n++;
          xml.skipElement();
        }
      }
    }
    return n;
  }

  private static boolean isCount(String s) {
    return s.matches("\\d{1,18}");
  }

  /** Streams the records part, one row per {@code <r>}, resolving shared-item indices. */
  private void emitRecords(PackagePart part, Definition def, String title)
      throws ExtractionException {
    String name = XlsxPartsReader.nameOf(part);
    parts.handled(name);
    // records list only database fields, in field order: map record position -> field column
    List<Integer> columns = new ArrayList<>();
    for (int c = 0; c < def.fields.size(); c++) {
      if (def.fields.get(c).inRecords()) {
        columns.add(c);
      }
    }
    out.startTable(
        new TableStart(
            TableOrigin.PIVOT_CACHE,
            title + ": source records",
            Location.of(name),
            Visibility.PIVOT_CACHE));
    out.row(headerRow(def));
    int record = 0;
    try (XlsxXmlReader xml = XlsxXmlReader.open(part)) {
      while (xml.nextStart()) {
        if (!xml.isStart("r")) {
          continue;
        }
        record++;
        if (record % DEADLINE_EVERY == 0) {
          context.checkDeadline();
        }
        out.row(new Row(record, Visibility.PIVOT_CACHE, recordCells(xml, def, columns, record)));
      }
    }
    out.endTable();
  }

  private List<Cell> recordCells(XlsxXmlReader xml, Definition def, List<Integer> columns, int row)
      throws ExtractionException {
    List<Cell> cells = new ArrayList<>();
    int position = 0;
    while (xml.next() && !xml.isEnd("r")) {
      if (!xml.isStart()) {
        continue;
      }
      String kind = xml.local();
      String v = xml.attr("v");
      xml.skipElement();
      int column = position < columns.size() ? columns.get(position) : position;
      position++;
      String value = kind.equals("x") ? sharedItem(def, column, v) : kind.equals("m") ? "" : v;
      if (!value.isEmpty()) {
        cells.add(cell(column, row, value));
      }
    }
    return cells;
  }

  private static String sharedItem(Definition def, int column, String index) {
    if (column >= def.fields.size()) {
      return "";
    }
    List<String> items = def.fields.get(column).items();
    try {
      int i = Integer.parseInt(index.trim());
      return i >= 0 && i < items.size() ? items.get(i) : "";
    } catch (NumberFormatException e) {
      return "";
    }
  }
}
