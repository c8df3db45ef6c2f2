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
import org.apache.poi.hssf.record.CRNCountRecord;
import org.apache.poi.hssf.record.CRNRecord;
import org.apache.poi.hssf.record.SupBookRecord;
import org.apache.poi.ss.formula.constant.ConstantValueParser;
import org.apache.poi.ss.formula.constant.ErrorConstant;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.util.LittleEndianByteArrayInputStream;

/**
 * External-link caches: each SUPBOOK naming another workbook, followed by XCT (one per cached
 * sheet) and CRN records (the cached cell values Excel keeps so the link shows without the other
 * file). Streams each cached sheet as an EXTERNAL_LINK_CACHE table, then one EXTERNAL_LINK fact,
 * located by the linked workbook's name ({@link #placeName}), never by the record's.
 */
final class ExternalLinks {

  private final ContentHandler out;
  private int linkCount;
  private String linkName;
  private String target;
  private String[] sheetNames;
  private int cachedCells;
  private final Map<String, Boolean> cachedSheets = new LinkedHashMap<>();
  private boolean tableOpen;
  private int pendingRow = -1;
  private final List<Cell> pendingCells = new ArrayList<>();

  ExternalLinks(ContentHandler out) {
    this.out = out;
  }

  boolean isOpen() {
    return linkName != null;
  }

  void supBook(SupBookRecord record) {
    finish();
    if (!record.isExternalReferences()) {
      return;
    }
    linkCount++;
    target = cleanPath(record.getURL());
    linkName = placeName(linkCount, target);
    sheetNames = record.getSheetNames() == null ? new String[0] : record.getSheetNames();
    cachedCells = 0;
    cachedSheets.clear();
  }

  void xct(CRNCountRecord record) {
    if (!isOpen()) {
      return;
    }
    closeTable();
    int sheetIndex = -1;
    try {
      BiffBytes b = BiffBytes.body(record);
      b.u16();
      sheetIndex = b.u16();
    } catch (IllegalArgumentException e) {
      sheetIndex = -1;
    }
    String sheet = sheetIndex >= 0 && sheetIndex < sheetNames.length ? sheetNames[sheetIndex] : "sheet " + sheetIndex;
    cachedSheets.put(sheet, Boolean.TRUE);
    String table = fileName(target) + " [" + sheet + "]";
    out.startTable(
        new TableStart(
            TableOrigin.EXTERNAL_LINK_CACHE,
            table,
            Location.of(linkName + " [" + sheet + "]"),
            Visibility.EXTERNAL_LINK_CACHE));
    tableOpen = true;
  }

  void crn(CRNRecord record) {
    if (!tableOpen) {
      return;
    }
    BiffBytes b = BiffBytes.body(record);
    int lastCol = b.u8();
    int firstCol = b.u8();
    int row = b.u16();
    int count = lastCol - firstCol + 1;
    if (count <= 0) {
      return;
    }
    byte[] bytes = record.serialize();
    Object[] values =
        ConstantValueParser.parse(
            new LittleEndianByteArrayInputStream(bytes, b.position(), bytes.length - b.position()), count);
    if (row != pendingRow) {
      flushRow();
      pendingRow = row;
    }
    for (int i = 0; i < values.length; i++) {
      String text = valueText(values[i]);
      if (!text.isEmpty()) {
        int col = firstCol + i;
        pendingCells.add(new Cell(CellRefs.ref(row, col), col, text, Visibility.EXTERNAL_LINK_CACHE));
        cachedCells++;
      }
    }
  }

  /** Ends the current link: closes its cache table and reports it. */
  void finish() {
    if (!isOpen()) {
      return;
    }
    closeTable();
    out.fact(
        new Fact(
            FactKind.EXTERNAL_LINK,
            Location.of(linkName),
            "External link " + linkCount,
            target,
            Map.of(
                "cachedCells", Integer.toString(cachedCells),
                "sheets", String.join(",", sheetNames))));
    linkName = null;
  }

  private void closeTable() {
    if (tableOpen) {
      flushRow();
      out.endTable();
      tableOpen = false;
    }
  }

  private void flushRow() {
    if (!pendingCells.isEmpty()) {
      pendingCells.sort((a, b) -> Integer.compare(a.column(), b.column()));
      out.row(new Row(pendingRow, Visibility.EXTERNAL_LINK_CACHE, pendingCells));
      pendingCells.clear();
    }
    pendingRow = -1;
  }

  private static String valueText(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Double d) {
      return NumberToTextConverter.toText(d);
    }
    if (value instanceof Boolean bool) {
      return bool ? "TRUE" : "FALSE";
    }
    if (value instanceof ErrorConstant err) {
      return err.getText();
    }
    return value.toString();
  }

  /** A SUPBOOK path as POI decodes it, with any leftover control characters made visible. */
  static String cleanPath(String url) {
    if (url == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(url.length());
    for (char c : url.toCharArray()) {
      sb.append(c < 0x20 ? '/' : c);
    }
    return sb.toString();
  }

  /**
   * Where an officer finds the link: Excel lists links by the linked workbook's file name (Data >
   * Edit Links), so the place is "linked workbook n (file.xls)"; a cached sheet adds " [Sheet]".
   * The number keeps two links to files of the same name apart.
   */
  static String placeName(int number, String target) {
    String file = fileName(target).strip();
    return "linked workbook " + number + (file.isEmpty() ? "" : " (" + file + ")");
  }

  private static String fileName(String path) {
    int cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    String name = cut >= 0 ? path.substring(cut + 1) : path;
    return name.isEmpty() ? path : name;
  }
}
