package io.foilint.extract.xlsx;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.ExtractionException;
import io.foilint.extract.ExtractionException.Reason;
import io.foilint.model.ContentHandler;
import io.foilint.model.Fact;
import io.foilint.model.FactKind;
import io.foilint.model.Location;
import java.io.IOException;
import java.io.InputStream;
import io.foilint.source.UninspectedParts;
import java.util.HashSet;
import java.util.List;
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
 * fixed names. Every part no reader read (pictures, printer settings, calculation chains, fonts,
 * orphans, anything unknown) is reported through {@link UninspectedParts}, its bytes sniffed, so
 * nothing is skipped silently and a workbook disguised as a picture is caught.
 *
 * <p>The sheets themselves (worksheets, shared strings, styles, workbook.xml) belong to the grid
 * reader in {@link XlsxExtractor}.
 */
final class XlsxPartsReader {

  private static final String SML = "application/vnd.openxmlformats-officedocument.spreadsheetml.";

  /** Relationship types (suffixes) from workbook.xml to parts the grid reader reads. */
  private static final List<String> GRID_LINKS = List.of("/theme", "/styles", "/sharedStrings");

  /** What a reader calls some common parts no reader interprets, by content type. */
  private static final Map<String, String> DESCRIPTIONS =
      Map.ofEntries(
          Map.entry(SML + "printersettings", "printer settings"),
          Map.entry(SML + "calcchain+xml", "calculation chain"),
          Map.entry(SML + "table+xml", "table definition"),
          Map.entry(SML + "tablesinglecells+xml", "single-cell table definition"),
          Map.entry(SML + "volatiledependencies+xml", "volatile dependencies"),
          Map.entry(SML + "sheetmetadata+xml", "cell metadata"),
          Map.entry(SML + "sharedstrings+xml", "shared strings"),
          Map.entry(SML + "worksheet+xml", "worksheet"),
          Map.entry("application/vnd.openxmlformats-officedocument.vmldrawing", "legacy VML drawing"),
          Map.entry("application/vnd.openxmlformats-officedocument.obfuscatedfont", "embedded font"),
          Map.entry("application/vnd.ms-excel.controlproperties+xml", "form control properties"));

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
      new XlsxPivotCacheReader(parts, context, out).readAll();
      context.checkDeadline();
      new XlsxPivotTableReader(parts, out).readAll();
      new XlsxExternalLinkReader(parts, context, out).readAll();
      context.checkDeadline();
      new XlsxCommentsReader(parts, context, out).readAll();
      new XlsxDrawingReader(parts, out).readAll();
      context.checkDeadline();
      new XlsxConnectionsReader(parts, out).readAll();
      new XlsxRevisionLogReader(parts, context, out).readAll();
      context.checkDeadline();
      OfficeCommonParts.readAll(parts, context, out);
      new XlsxBookkeepingReader(parts, out).readAll();
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

  /**
   * Every part no reader has read goes to {@link UninspectedParts}: nothing is skipped by name or
   * content type. The grid reader's parts (workbook.xml, the sheets it lists, and the theme,
   * styles and shared strings workbook.xml points at) are read; an orphan shared-strings or
   * worksheet part (cell data no sheet shows) is not, and is reported as such.
   */
  private void reportUninspected(XlsxPackageParts parts) throws IOException, ExtractionException {
    Set<String> grid = new HashSet<>();
    String workbook = parts.workbookPart();
    if (!workbook.isEmpty()) {
      grid.add(workbook);
      for (XlsxPackageParts.Link link : parts.linksFrom(workbook)) {
        if (!link.external() && GRID_LINKS.stream().anyMatch(link::typeEndsWith)) {
          grid.add(link.target().toLowerCase(Locale.ROOT)); // POI resolves names ignoring case
        }
      }
    }
    UninspectedParts uninspected = new UninspectedParts(out, context);
    for (PackagePart part : parts.all()) {
      String name = nameOf(part);
      if (parts.isHandled(name) || grid.contains(name.toLowerCase(Locale.ROOT)) || parts.isSheet(name)) {
        continue;
      }
      String type = part.getContentType();
      if (type.toLowerCase(Locale.ROOT).endsWith("sharedstrings+xml") && isEmptySharedStrings(part, name)) {
        continue; // an unreferenced shared-strings part that holds no string: read, nothing in it
      }
      String what = DESCRIPTIONS.getOrDefault(type.toLowerCase(Locale.ROOT), "a part of type " + type);
      boolean orphan = !parts.isReached(name);
      String lower = type.toLowerCase(Locale.ROOT);
      // shared strings or a worksheet the grid reader did not reach: cell data nobody sees
      String block = lower.endsWith("sharedstrings+xml") || lower.endsWith("worksheet+xml")
          ? "cell data that no sheet of the workbook shows" : null;
      uninspected.report(name, type, what, orphan, block, part::getInputStream);
      context.checkDeadline();
    }
    uninspected.finish();
  }

  private boolean isEmptySharedStrings(PackagePart part, String name)
      throws IOException, ExtractionException {
    try (InputStream in = part.getInputStream();
        SharedStrings sst = SharedStrings.read(in, name, context.limits().maxInflatedBytes())) {
      return sst.size() == 0;
    }
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
