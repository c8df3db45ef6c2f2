package io.foilint.extract.xlsx;

import io.foilint.extract.ExtractionContext;
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
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.opc.PackagePart;

/**
 * External links: formulas that refer to another workbook make Excel keep a cached copy of the
 * cells they read ({@code <sheetDataSet>}), and the relationship names the other file's path.
 * Both are invisible in the grid. The part is streamed twice: once to count, once to emit rows.
 */
final class XlsxExternalLinkReader {

  static final String EXTERNAL_LINK =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml";

  private static final int DEADLINE_EVERY = 2_000;

  private final XlsxPackageParts parts;
  private final ExtractionContext context;
  private final ContentHandler out;

  XlsxExternalLinkReader(XlsxPackageParts parts, ExtractionContext context, ContentHandler out) {
    this.parts = parts;
    this.context = context;
    this.out = out;
  }

  /** What the first pass learns. */
  private static final class Summary {
    String target = "";
    String type = "workbook";
    final List<String> sheets = new ArrayList<>();
    long cachedCells;
  }

  void readAll() throws ExtractionException {
    int n = 0;
    for (PackagePart part : parts.withContentType(EXTERNAL_LINK)) {
      n++;
      String name = XlsxPartsReader.nameOf(part);
      parts.handled(name);
      Summary s = summarise(part, name);
      Map<String, String> attrs = new LinkedHashMap<>();
      attrs.put("cachedCells", String.valueOf(s.cachedCells));
      attrs.put("sheets", String.join("|", s.sheets));
      attrs.put("type", s.type);
      attrs.put("rawTarget", s.target);
      out.fact(new Fact(
          FactKind.EXTERNAL_LINK, Location.of(name), "External link " + n, decoded(s.target), attrs));
      emitCaches(part, name, s);
    }
  }

  private Summary summarise(PackagePart part, String name) throws ExtractionException {
    Summary s = new Summary();
    try (XlsxXmlReader xml = XlsxXmlReader.open(part)) {
      while (xml.nextStart()) {
        switch (xml.local()) {
          case "externalBook" -> s.target = parts.target(name, xml.relAttr("id")).orElse("");
          case "sheetName" -> s.sheets.add(xml.attr("val"));
          case "cell", "value" -> s.cachedCells++;
          case "ddeLink" -> {
            s.type = "dde";
            s.target = xml.attr("ddeService") + "|" + xml.attr("ddeTopic");
          }
          case "oleLink" -> {
            s.type = "ole";
            s.target = parts.target(name, xml.relAttr("id")).orElse(xml.attr("progId"));
          }
          default -> {}
        }
      }
    }
    if (s.target.isEmpty()) {
      s.target = parts.linksFrom(name).stream()
          .filter(XlsxPackageParts.Link::external)
          .map(XlsxPackageParts.Link::target)
          .findFirst()
          .orElse("");
    }
    return s;
  }

  private void emitCaches(PackagePart part, String name, Summary s) throws ExtractionException {
    String file = fileName(s.target);
    int rows = 0;
    try (XlsxXmlReader xml = XlsxXmlReader.open(part)) {
      while (xml.nextStart()) {
        if (!xml.isStart("sheetData")) {
          continue;
        }
        String sheet = sheetName(s, xml.attr("sheetId"));
        out.startTable(
            new TableStart(
                TableOrigin.EXTERNAL_LINK_CACHE,
                file + " [" + sheet + "]",
                Location.of(name, sheet),
                Visibility.EXTERNAL_LINK_CACHE));
        int nextRow = 0;
        while (xml.next() && !xml.isEnd("sheetData")) {
          if (xml.isStart("row")) {
            int index = rowIndex(xml.attr("r"), nextRow);
            nextRow = index + 1;
            out.row(new Row(index, Visibility.EXTERNAL_LINK_CACHE, rowCells(xml, index)));
            if (++rows % DEADLINE_EVERY == 0) {
              context.checkDeadline();
            }
          }
        }
        out.endTable();
      }
    }
  }

  private static List<Cell> rowCells(XlsxXmlReader xml, int rowIndex) throws ExtractionException {
    List<Cell> cells = new ArrayList<>();
    int nextColumn = 0;
    String ref = "";
    while (xml.next() && !xml.isEnd("row")) {
      if (xml.isStart("cell")) {
        ref = xml.attr("r");
      } else if (xml.isStart("v")) {
        String value = xml.elementText();
        int column = ref.isEmpty() ? nextColumn : XlsxPartsReader.columnIndex(ref);
        nextColumn = column + 1;
        String cellRef = ref.isEmpty() ? XlsxPartsReader.columnName(column) + (rowIndex + 1) : ref;
        if (!value.isEmpty()) {
          cells.add(new Cell(cellRef, column, value, Visibility.EXTERNAL_LINK_CACHE));
        }
      } else if (xml.isEnd("cell")) {
        ref = "";
      }
    }
    return cells;
  }

  private static int rowIndex(String r, int fallback) {
    try {
      return Math.max(0, Integer.parseInt(r.trim()) - 1);
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  private static String sheetName(Summary s, String sheetId) {
    try {
      int i = Integer.parseInt(sheetId.trim());
      if (i >= 0 && i < s.sheets.size()) {
        return s.sheets.get(i);
      }
    } catch (NumberFormatException e) {
      // fall through to a neutral name
    }
    return "sheet " + sheetId;
  }

  /** A relationship target as a person would type it: {@code My%20Documents} gives {@code My Documents}. */
  static String decoded(String target) {
    try {
      return URLDecoder.decode(target.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return target;
    }
  }

  /** The linked file's own name, for table names: {@code C:\HR\staff.xlsx} gives {@code staff.xlsx}. */
  static String fileName(String target) {
    String t = decoded(target);
    int cut = Math.max(t.lastIndexOf('/'), t.lastIndexOf('\\'));
    String file = cut >= 0 ? t.substring(cut + 1) : t;
    return file.isEmpty() ? (target.isEmpty() ? "external workbook" : target) : file;
  }
}
