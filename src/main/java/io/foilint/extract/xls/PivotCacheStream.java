package io.foilint.extract.xls;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.ExtractionException;
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
import org.apache.poi.ss.util.NumberToTextConverter;

/**
 * One pivot-cache stream of the {@code _SX_DB_CUR} storage: a BIFF record sequence of SXDB
 * (cache header), SXFDB (one per field, followed by that field's items) and SXDBB (one per source
 * row, with item indexes; values of unindexed fields follow as separate records).
 *
 * <p>Emits a PIVOT_CACHE fact and a PIVOT_CACHE table: row 0 holds the field names, then one row
 * per cached source record. When the records cannot be decoded, the table lists each field's
 * items instead ("field values"). The stream is read whole: pivot caches are metadata-sized
 * compared with a sheet (Excel caps them well below a sheet's cell count).
 */
final class PivotCacheStream {

  private static final int SXDB = 0x00C6;
  private static final int SXFDB = 0x00C7;
  private static final int SXDBB = 0x00C8;
  private static final int SXNUM = 0x00C9;
  private static final int SXBOOL = 0x00CA;
  private static final int SXERR = 0x00CB;
  private static final int SXINT = 0x00CC;
  private static final int SXSTRING = 0x00CD;
  private static final int SXDTR = 0x00CE;
  private static final int SXNIL = 0x00CF;
  private static final int EOF = 0x000A;

  private static final class Field {
    final String name;
    final boolean indexed;
    final boolean shortIndexes;
    final List<String> items = new ArrayList<>();

    Field(String name, int flags) {
      this.name = name;
      this.indexed = (flags & 0x0001) != 0;
      this.shortIndexes = (flags & 0x0100) != 0;
    }
  }

  private final String place;
  private final String streamName;
  private final byte[] data;
  private final List<Field> fields = new ArrayList<>();
  private long declaredRecords = -1;
  private boolean saveData = true;
  private String refreshedBy = "";
  private int recordFields = -1;

  PivotCacheStream(String storage, String streamName, byte[] data) {
    this.place = storage + "/" + streamName;
    this.streamName = streamName;
    this.data = data;
  }

  void emit(ExtractionContext context, ContentHandler out) throws ExtractionException {
    List<List<String>> records = new ArrayList<>();
    boolean decoded = decode(records, context);
    Map<String, String> attrs = new LinkedHashMap<>();
    attrs.put("bytes", Integer.toString(data.length));
    attrs.put("records", Long.toString(declaredRecords >= 0 ? declaredRecords : records.size()));
    attrs.put("saveData", Boolean.toString(saveData));
    attrs.put("sharedItems", Integer.toString(fields.stream().mapToInt(f -> f.items.size()).sum()));
    attrs.put("recordsDecoded", Boolean.toString(decoded));
    if (!refreshedBy.isEmpty()) {
      attrs.put("refreshedBy", refreshedBy);
    }
    out.fact(new Fact(FactKind.PIVOT_CACHE, Location.of(place), "Pivot cache " + streamName, "", attrs));
    if (fields.isEmpty()) {
      return;
    }
    if (decoded && !records.isEmpty()) {
      emitTable("Pivot cache " + streamName, records, out);
    } else {
      emitTable("Pivot cache " + streamName + ": field values", itemsByField(), out);
    }
  }

  private void emitTable(String name, List<List<String>> body, ContentHandler out) {
    out.startTable(new TableStart(TableOrigin.PIVOT_CACHE, name, Location.of(place), Visibility.PIVOT_CACHE));
    List<String> header = fields.stream().map(f -> f.name).toList();
    emitRow(0, header, out);
    for (int i = 0; i < body.size(); i++) {
      emitRow(i + 1, body.get(i), out);
    }
    out.endTable();
  }

  private static void emitRow(int index, List<String> values, ContentHandler out) {
    List<Cell> cells = new ArrayList<>();
    for (int c = 0; c < values.size(); c++) {
      String v = values.get(c);
      if (v != null && !v.isEmpty()) {
        cells.add(new Cell(CellRefs.ref(index, c), c, v, Visibility.PIVOT_CACHE));
      }
    }
    if (!cells.isEmpty()) {
      out.row(new Row(index, Visibility.PIVOT_CACHE, cells));
    }
  }

  private List<List<String>> itemsByField() {
    int depth = fields.stream().mapToInt(f -> f.items.size()).max().orElse(0);
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < depth; i++) {
      List<String> row = new ArrayList<>();
      for (Field f : fields) {
        row.add(i < f.items.size() ? f.items.get(i) : "");
      }
      rows.add(row);
    }
    return rows;
  }

  /** Reads the stream; returns false when the cache records could not be decoded. */
  private boolean decode(List<List<String>> records, ExtractionContext context) throws ExtractionException {
    boolean ok = true;
    List<String> current = null;
    int nextUnindexed = 0;
    boolean inRecords = false;
    int pos = 0;
    int count = 0;
    while (pos + 4 <= data.length) {
      int sid = (data[pos] & 0xFF) | (data[pos + 1] & 0xFF) << 8;
      int len = (data[pos + 2] & 0xFF) | (data[pos + 3] & 0xFF) << 8;
      int body = pos + 4;
      if (body + len > data.length) {
        return false;
      }
      pos = body + len;
      if (++count % 4096 == 0) {
        context.checkDeadline();
      }
      if (sid == EOF) {
        break;
      }
      BiffBytes b = new BiffBytes(java.util.Arrays.copyOfRange(data, body, body + len), 0);
      try {
        switch (sid) {
          case SXDB -> header(b);
          case SXFDB -> {
            int flags = b.u16();
            b.skip(12);
            fields.add(new Field(b.unicodeString(), flags));
          }
          case SXDBB -> {
            inRecords = true;
            if (current != null) {
              records.add(current);
            }
            current = recordFromIndexes(b);
            if (current == null) {
              ok = false;
            }
            nextUnindexed = 0;
          }
          case SXNUM, SXBOOL, SXERR, SXINT, SXSTRING, SXDTR, SXNIL -> {
            String value = value(sid, b);
            if (!inRecords) {
              if (!fields.isEmpty()) {
                fields.get(fields.size() - 1).items.add(value);
              }
            } else if (current != null) {
              nextUnindexed = placeUnindexed(current, nextUnindexed, value);
              if (nextUnindexed < 0) {
                ok = false;
                current = null;
              }
            }
          }
          default -> {
            // Grouping, formula and type records add no cached source values.
          }
        }
      } catch (IllegalArgumentException e) {
        ok = false;
      }
    }
    if (current != null) {
      records.add(current);
    }
    return ok;
  }

  private void header(BiffBytes b) {
    declaredRecords = b.u32();
    b.u16();
    int flags = b.u16();
    saveData = (flags & 0x0001) != 0;
    b.u16();
    recordFields = b.u16();
    b.u16();
    b.u16();
    b.u16();
    int cchWho = b.u16();
    if (cchWho > 0 && cchWho != 0xFFFF) {
      refreshedBy = b.unicodeStringNoCch(cchWho);
    }
  }

  private int fieldsInRecords() {
    return recordFields >= 0 ? Math.min(recordFields, fields.size()) : fields.size();
  }

  private List<String> recordFromIndexes(BiffBytes b) {
    int n = fieldsInRecords();
    List<String> row = new ArrayList<>(n);
    for (int f = 0; f < n; f++) {
      Field field = fields.get(f);
      if (!field.indexed) {
        row.add(null);
        continue;
      }
      int index = field.shortIndexes ? b.u8() : b.u16();
      if (index >= field.items.size()) {
        return null;
      }
      row.add(field.items.get(index));
    }
    return row;
  }

  /** Puts a value into the next unindexed field; returns the next position or -1 if none is left. */
  private static int placeUnindexed(List<String> row, int from, String value) {
    for (int f = from; f < row.size(); f++) {
      if (row.get(f) == null) {
        row.set(f, value);
        return f + 1;
      }
    }
    return -1;
  }

  private static String value(int sid, BiffBytes b) {
    return switch (sid) {
      case SXNUM -> NumberToTextConverter.toText(b.f64());
      case SXBOOL -> b.u16() != 0 ? "TRUE" : "FALSE";
      case SXERR -> "#ERR" + b.u16();
      case SXINT -> Integer.toString((short) b.u16());
      case SXSTRING -> b.unicodeString();
      case SXDTR -> {
        int year = b.u16();
        int month = b.u16();
        int day = b.u8();
        int hour = b.u8();
        int minute = b.u8();
        int second = b.u8();
        yield String.format("%04d-%02d-%02dT%02d:%02d:%02d", year, month, day, hour, minute, second);
      }
      default -> "";
    };
  }
}
