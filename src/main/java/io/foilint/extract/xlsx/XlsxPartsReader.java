package io.foilint.extract.xlsx;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.ExtractionException;
import io.foilint.extract.ExtractionException.Reason;
import io.foilint.model.ContentHandler;
import io.foilint.model.Fact;
import io.foilint.model.FactKind;
import io.foilint.model.Location;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;

/**
 * Reads every part of an xlsx package beyond the cell grid: pivot caches and tables, slicers,
 * external links, charts, comments and persons, document properties, custom XML and Power
 * Query, connections and query tables, VBA, ActiveX, the data model, embedded documents,
 * revision logs and drawings. Parts are found through content types and relationships, never by
 * fixed names. A part none of the readers knows, that is not a known formatting or grid part, is
 * reported as {@link FactKind#UNINSPECTED_PART} so nothing is skipped silently.
 *
 * <p>The sheets themselves (worksheets, shared strings, styles, workbook.xml) belong to the grid
 * reader in {@link XlsxExtractor}.
 */
final class XlsxPartsReader {

  private static final String SML = "application/vnd.openxmlformats-officedocument.spreadsheetml.";

  /** Parts read by the grid reader, or holding only formatting, layout or pictures. */
  private static final Set<String> NOT_DATA =
      Set.of(
          SML + "sheet.main+xml",
          SML + "template.main+xml",
          "application/vnd.ms-excel.sheet.macroenabled.main+xml",
          "application/vnd.ms-excel.template.macroenabled.main+xml",
          "application/vnd.ms-excel.addin.macroenabled.main+xml",
          SML + "worksheet+xml",
          SML + "chartsheet+xml",
          SML + "dialogsheet+xml",
          "application/vnd.ms-excel.macrosheet+xml",
          "application/vnd.ms-excel.intlmacrosheet+xml",
          SML + "sharedstrings+xml",
          SML + "styles+xml",
          SML + "calcchain+xml",
          SML + "printersettings",
          SML + "table+xml",
          SML + "tablesinglecells+xml",
          SML + "volatiledependencies+xml",
          SML + "sheetmetadata+xml",
          "application/vnd.openxmlformats-officedocument.theme+xml",
          "application/vnd.openxmlformats-officedocument.themeoverride+xml",
          "application/vnd.openxmlformats-officedocument.vmldrawing",
          "application/vnd.openxmlformats-officedocument.obfuscatedfont",
          "application/vnd.ms-excel.controlproperties+xml",
          "application/vnd.openxmlformats-officedocument.drawingml.diagramlayout+xml",
          "application/vnd.openxmlformats-officedocument.drawingml.diagramstyle+xml",
          "application/vnd.openxmlformats-officedocument.drawingml.diagramcolors+xml");

  private final OPCPackage pkg;
  private final ExtractionContext context;
  private final ContentHandler out;

  XlsxPartsReader(OPCPackage pkg, ExtractionContext context, ContentHandler out) {
    this.pkg = pkg;
    this.context = context;
    this.out = out;
  }

  /** Emits facts, texts and cache tables for all non-grid parts. */
  void readAll() throws IOException, ExtractionException {
    try {
      XlsxPackageParts parts = XlsxPackageParts.index(pkg);
      new XlsxPropertiesReader(parts, out).readAll();
      new XlsxPivotCacheReader(parts, context, out).readAll();
      context.checkDeadline();
      new XlsxPivotTableReader(parts, out).readAll();
      new XlsxExternalLinkReader(parts, context, out).readAll();
      context.checkDeadline();
      new XlsxChartReader(parts, out).readAll();
      new XlsxCommentsReader(parts, context, out).readAll();
      new XlsxDrawingReader(parts, out).readAll();
      context.checkDeadline();
      new XlsxConnectionsReader(parts, out).readAll();
      new XlsxCustomXmlReader(parts, out).readAll();
      new XlsxRevisionLogReader(parts, context, out).readAll();
      context.checkDeadline();
      new XlsxEmbeddedPartsReader(parts, context, out).readAll();
      reportUninspected(parts);
    } catch (RuntimeException e) {
      // POI signals damaged zips and parts with unchecked exceptions: fail closed, in plain words
      throw new ExtractionException(
          Reason.CORRUPT,
          "Part of this workbook is damaged and could not be read, so it cannot be fully"
              + " inspected.",
          e);
    }
  }

  private void reportUninspected(XlsxPackageParts parts) throws ExtractionException {
    for (PackagePart part : parts.all()) {
      String name = nameOf(part);
      String type = part.getContentType();
      if (parts.isHandled(name) || isNotData(name, type)) {
        continue;
      }
      out.fact(new Fact(FactKind.UNINSPECTED_PART, Location.of(name), name, type,
          Map.of("bytes", String.valueOf(XlsxPackageParts.sizeOf(part)),
              "reason", "foilint does not read parts of this type")));
    }
  }

  private static boolean isNotData(String name, String contentType) {
    String type = contentType.toLowerCase(Locale.ROOT);
    return NOT_DATA.contains(type)
        || type.startsWith("image/")
        || type.startsWith("application/x-font")
        || type.startsWith("font/")
        || name.startsWith("xl/media/")
        || name.startsWith("xl/printerSettings/");
  }

  /** A part's name as reports show it: {@code xl/charts/chart1.xml}, without the leading slash. */
  static String nameOf(PackagePart part) {
    return XlsxPackageParts.stripSlash(part.getPartName().getName());
  }

  /** Column letters for a zero-based index: 0 = A, 26 = AA. */
  static String columnName(int index) {
    StringBuilder sb = new StringBuilder();
    for (int n = index + 1; n > 0; n = (n - 1) / 26) {
      sb.append((char) ('A' + (n - 1) % 26));
    }
    return sb.reverse().toString();
  }

  /** Zero-based column of an A1 reference ({@code AB12} gives 27); 0 when it has no letters. */
  static int columnIndex(String ref) {
    int col = 0;
    for (int i = 0; i < ref.length(); i++) {
      char c = Character.toUpperCase(ref.charAt(i));
      if (c < 'A' || c > 'Z') {
        break;
      }
      col = col * 26 + (c - 'A' + 1);
      if (col > 1_000_000) {
        break;
      }
    }
    return Math.max(0, col - 1);
  }
}
