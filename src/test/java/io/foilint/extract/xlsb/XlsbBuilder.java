package io.foilint.extract.xlsb;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes small xlsb packages record by record, since POI cannot write xlsb. Only what the tests
 * need: sheets with states, rows, columns and cells, styles, shared strings, names and extra
 * parts. Record layouts follow [MS-XLSB]; the corpus tests check the reader on Excel's own files.
 */
final class XlsbBuilder {

  static final String BIN_MAIN = "application/vnd.ms-excel.sheet.binary.macroEnabled.main";
  private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

  /** A record payload under construction, little-endian. */
  static final class Payload {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    Payload u8(int v) {
      out.write(v);
      return this;
    }

    Payload u16(int v) {
      return u8(v & 0xFF).u8(v >> 8 & 0xFF);
    }

    Payload u24(int v) {
      return u16(v & 0xFFFF).u8(v >> 16 & 0xFF);
    }

    Payload i32(int v) {
      return u16(v & 0xFFFF).u16(v >>> 16);
    }

    Payload f64(double d) {
      long bits = Double.doubleToLongBits(d);
      for (int i = 0; i < 8; i++) {
        u8((int) (bits >>> (8 * i)) & 0xFF);
      }
      return this;
    }

    Payload wstr(String s) {
      i32(s.length());
      out.writeBytes(s.getBytes(StandardCharsets.UTF_16LE));
      return this;
    }

    Payload bytes(byte[] b) {
      out.writeBytes(b);
      return this;
    }

    byte[] toBytes() {
      return out.toByteArray();
    }
  }

  /** A record stream (one binary part). */
  static final class Records {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    Records add(int type, Payload p) {
      return add(type, p.toBytes());
    }

    Records add(int type, byte[] payload) {
      if (type >= 0x80) {
        out.write(type & 0x7F | 0x80);
        out.write(type >> 7);
      } else {
        out.write(type);
      }
      int len = payload.length;
      do {
        int b = len & 0x7F;
        len >>= 7;
        out.write(len > 0 ? b | 0x80 : b);
      } while (len > 0);
      out.writeBytes(payload);
      return this;
    }

    Records empty(int type) {
      return add(type, new byte[0]);
    }

    byte[] toBytes() {
      return out.toByteArray();
    }
  }

  /** Builds a worksheet part: column infos, then sheet data, then what follows the cells. */
  static final class Sheet {
    private final Records colInfos = new Records();
    private final Records data = new Records();
    private final Records afterData = new Records();

    /** A BrtBeginAFilter/BrtEndAFilter pair over the range (zero-based, inclusive). */
    Sheet autoFilter(int firstRow, int lastRow, int firstCol, int lastCol) {
      afterData.add(RecordTypes.BEGIN_AFILTER, new Payload().i32(firstRow).i32(lastRow).i32(firstCol).i32(lastCol));
      afterData.empty(162); // BrtEndAFilter
      return this;
    }

    Sheet column(int first, int last, int width256, boolean hidden, int outlineLevel) {
      colInfos.add(RecordTypes.COL_INFO, new Payload().i32(first).i32(last).i32(width256).i32(0)
          .u16((hidden ? 1 : 0) | outlineLevel << 8));
      return this;
    }

    Sheet row(int index) {
      return row(index, 300, false, 0);
    }

    Sheet row(int index, int height, boolean hidden, int outlineLevel) {
      data.add(RecordTypes.ROW_HDR, new Payload().i32(index).i32(0).u16(height).u8(0)
          .u8(outlineLevel & 0x7 | (hidden ? 0x10 : 0)).u8(0).i32(0));
      return this;
    }

    Sheet text(int col, int xf, String s) {
      data.add(RecordTypes.CELL_ST, cell(col, xf).wstr(s));
      return this;
    }

    Sheet shared(int col, int xf, int index) {
      data.add(RecordTypes.CELL_ISST, cell(col, xf).i32(index));
      return this;
    }

    Sheet number(int col, int xf, double d) {
      data.add(RecordTypes.CELL_REAL, cell(col, xf).f64(d));
      return this;
    }

    Sheet rk(int col, int rk) {
      data.add(RecordTypes.CELL_RK, cell(col, 0).i32(rk));
      return this;
    }

    Sheet bool(int col, boolean b) {
      data.add(RecordTypes.CELL_BOOL, cell(col, 0).u8(b ? 1 : 0));
      return this;
    }

    Sheet error(int col, int code) {
      data.add(RecordTypes.CELL_ERROR, cell(col, 0).u8(code));
      return this;
    }

    Sheet formulaNumber(int col, double d) {
      data.add(RecordTypes.FMLA_NUM, cell(col, 0).f64(d).u16(0).i32(0).i32(0));
      return this;
    }

    Sheet formulaText(int col, String s) {
      data.add(RecordTypes.FMLA_STRING, cell(col, 0).wstr(s).u16(0).i32(0).i32(0));
      return this;
    }

    Sheet raw(int type, byte[] payload) {
      data.add(type, payload);
      return this;
    }

    private static Payload cell(int col, int xf) {
      return new Payload().i32(col).u24(xf).u8(0);
    }

    byte[] toBytes() {
      Records r = new Records().empty(129); // BrtBeginSheet
      r.out.writeBytes(colInfos.toBytes());
      r.empty(RecordTypes.BEGIN_SHEET_DATA);
      r.out.writeBytes(data.toBytes());
      r.empty(RecordTypes.END_SHEET_DATA);
      r.out.writeBytes(afterData.toBytes());
      r.empty(130); // BrtEndSheet
      return r.toBytes();
    }
  }

  /** A BrtColor: kind 0 auto, 1 indexed, 2 rgb, 3 theme. */
  static Payload colour(Payload p, int kind, int index, int rgb) {
    return p.u8(kind << 1 | (kind == 2 ? 1 : 0)).u8(index).u16(0)
        .u8(rgb >> 16 & 0xFF).u8(rgb >> 8 & 0xFF).u8(rgb & 0xFF).u8(0xFF);
  }

  /** styles.bin with the given number formats, font colours (rgb) and solid fills (rgb, -1 none). */
  static final class Styles {
    private final Records fmts = new Records();
    private final Records fonts = new Records();
    private final Records fills = new Records();
    private final Records xfs = new Records();

    Styles format(int id, String code) {
      fmts.add(RecordTypes.FMT, new Payload().u16(id).wstr(code));
      return this;
    }

    Styles fontRgb(int rgb) {
      return font(2, 0, rgb);
    }

    Styles font(int kind, int index, int rgb) {
      Payload p = new Payload().u16(220).u16(0).u16(400).u16(0).u8(0).u8(2).u8(0).u8(0);
      colour(p, kind, index, rgb).u8(2).wstr("Calibri");
      fonts.add(RecordTypes.FONT, p);
      return this;
    }

    Styles fill(int rgb) {
      Payload p = new Payload().i32(rgb < 0 ? 0 : 1);
      colour(p, 2, 0, Math.max(rgb, 0));
      colour(p, 1, 64, 0);
      p.i32(0).f64(0).f64(0).f64(0).f64(0).f64(0).i32(0);
      fills.add(RecordTypes.FILL, p);
      return this;
    }

    Styles xf(int fmt, int font, int fill) {
      xfs.add(RecordTypes.XF, new Payload().u16(0xFFFF).u16(fmt).u16(font).u16(fill).u16(0)
          .u8(0).u8(0).u16(0).u16(0));
      return this;
    }

    byte[] toBytes() {
      Records r = new Records().empty(278); // BrtBeginStyleSheet
      r.empty(615);
      r.out.writeBytes(fmts.toBytes());
      r.empty(616);
      r.out.writeBytes(fonts.toBytes());
      r.out.writeBytes(fills.toBytes());
      r.empty(RecordTypes.BEGIN_CELL_XFS);
      r.out.writeBytes(xfs.toBytes());
      r.empty(RecordTypes.END_CELL_XFS);
      r.empty(279);
      return r.toBytes();
    }
  }

  private record SheetPart(String name, int state, byte[] data) {}

  private record ExtraPart(String name, String contentType, byte[] data, String relType, String relTarget) {}

  private final List<SheetPart> sheets = new ArrayList<>();
  private final List<String> strings = new ArrayList<>();
  private final Records names = new Records();
  private final Map<String, ExtraPart> extras = new LinkedHashMap<>();
  private final Map<String, byte[]> rawEntries = new LinkedHashMap<>();
  private byte[] styles;
  private byte[] externSheets;

  private String coreXml;

  /** docProps/core.xml, linked from the package root as Office does (POI then parses it too). */
  XlsbBuilder coreProperties(String xml) {
    coreXml = xml;
    return this;
  }

  /** A zip entry written as is (e.g. a part's relationships file). */
  XlsbBuilder raw(String entry, String text) {
    rawEntries.put(entry, text.getBytes(StandardCharsets.UTF_8));
    return this;
  }

  XlsbBuilder sheet(String name, int state, Sheet sheet) {
    sheets.add(new SheetPart(name, state, sheet.toBytes()));
    return this;
  }

  XlsbBuilder sheetPart(String name, int state, byte[] part) {
    sheets.add(new SheetPart(name, state, part));
    return this;
  }

  XlsbBuilder strings(String... s) {
    strings.addAll(List.of(s));
    return this;
  }

  XlsbBuilder styles(Styles s) {
    styles = s.toBytes();
    return this;
  }

  /** BrtSupSelf plus one XTI per sheet index, so 3-D references can point at sheets. */
  XlsbBuilder externSheetsForAllSheets(int count) {
    Payload p = new Payload().i32(count);
    for (int i = 0; i < count; i++) {
      p.i32(0).i32(i).i32(i);
    }
    externSheets = new Records().empty(353).empty(RecordTypes.SUP_SELF).add(RecordTypes.EXTERN_SHEET, p)
        .empty(354).toBytes();
    return this;
  }

  /** A defined name whose formula is an area on sheet {@code ixti} (through the XTI table). */
  XlsbBuilder name(String name, boolean hidden, int ixti, int r1, int c1, int r2, int c2) {
    byte[] rgce = new Payload().u8(0x3B).u16(ixti).i32(r1).i32(r2).u16(c1).u16(c2).toBytes();
    names.add(RecordTypes.NAME, new Payload().i32(hidden ? 1 : 0).u8(0).i32(-1).wstr(name)
        .i32(rgce.length).bytes(rgce).i32(0).i32(-1));
    return this;
  }

  /**
   * A comments part for sheet {@code sheetNumber} (1-based) with one comment by {@code author}
   * on the cell at {@code row}, {@code col}, linked from the sheet as Excel links it.
   */
  XlsbBuilder comment(int sheetNumber, String author, int row, int col, String text) {
    Records c = new Records().empty(628) // BrtBeginComments
        .empty(630) // BrtBeginCommentAuthors
        .add(RecordTypes.COMMENT_AUTHOR, new Payload().wstr(author))
        .empty(631) // BrtEndCommentAuthors
        .empty(633) // BrtBeginCommentList
        .add(RecordTypes.BEGIN_COMMENT, new Payload().i32(0).i32(row).i32(row).i32(col).i32(col).bytes(new byte[16]))
        .add(RecordTypes.COMMENT_TEXT, new Payload().u8(0).wstr(text))
        .empty(RecordTypes.END_COMMENT)
        .empty(634) // BrtEndCommentList
        .empty(629); // BrtEndComments
    String part = "xl/comments" + sheetNumber + ".bin";
    part(part, "application/vnd.ms-excel.comments", c.toBytes(), null);
    return raw("xl/worksheets/_rels/sheet" + sheetNumber + ".bin.rels",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + rel("rIdC1", "comments", "../comments" + sheetNumber + ".bin") + "</Relationships>");
  }

  /** Any extra part; {@code relType} (suffix after .../relationships/) links it from the workbook. */
  XlsbBuilder part(String name, String contentType, byte[] data, String relType) {
    extras.put(name, new ExtraPart(name, contentType, data, relType, null));
    return this;
  }

  XlsbBuilder part(String name, String contentType, String xml) {
    return part(name, contentType, xml.getBytes(StandardCharsets.UTF_8), null);
  }

  Path write(Path file) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    StringBuilder types = new StringBuilder(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.bin\" ContentType=\"" + BIN_MAIN + "\"/>");
    StringBuilder wbRels = new StringBuilder(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
    Records wb = new Records().empty(131).empty(143);
    for (int i = 0; i < sheets.size(); i++) {
      SheetPart s = sheets.get(i);
      String part = "xl/worksheets/sheet" + (i + 1) + ".bin";
      entries.put(part, s.data());
      types.append("<Override PartName=\"/").append(part).append("\" ContentType=\"application/vnd.ms-excel.worksheet\"/>");
      wbRels.append(rel("rIdS" + (i + 1), "worksheet", "worksheets/sheet" + (i + 1) + ".bin"));
      wb.add(RecordTypes.BUNDLE_SH, new Payload().i32(s.state()).i32(i + 1).wstr("rIdS" + (i + 1)).wstr(s.name()));
    }
    wb.empty(144);
    if (externSheets != null) {
      wb.out.writeBytes(externSheets);
    }
    wb.out.writeBytes(names.toBytes());
    wb.empty(132);
    entries.put("xl/workbook.bin", wb.toBytes());
    if (!strings.isEmpty()) {
      Records sst = new Records().add(159, new Payload().i32(strings.size()).i32(strings.size()));
      for (String s : strings) {
        sst.add(RecordTypes.SST_ITEM, new Payload().u8(0).wstr(s));
      }
      sst.empty(160);
      entries.put("xl/sharedStrings.bin", sst.toBytes());
      types.append("<Override PartName=\"/xl/sharedStrings.bin\" ContentType=\"application/vnd.ms-excel.sharedStrings\"/>");
      wbRels.append(rel("rIdSst", "sharedStrings", "sharedStrings.bin"));
    }
    if (styles != null) {
      entries.put("xl/styles.bin", styles);
      types.append("<Override PartName=\"/xl/styles.bin\" ContentType=\"application/vnd.ms-excel.styles\"/>");
      wbRels.append(rel("rIdSty", "styles", "styles.bin"));
    }
    int n = 0;
    for (ExtraPart e : extras.values()) {
      entries.put(e.name(), e.data());
      types.append("<Override PartName=\"/").append(e.name()).append("\" ContentType=\"").append(e.contentType()).append("\"/>");
      if (e.relType() != null) {
        wbRels.append(rel("rIdX" + (++n), e.relType(), "../" + e.name()));
      }
    }
    types.append("</Types>");
    wbRels.append("</Relationships>");
    String rootRels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + rel("rId1", "officeDocument", "xl/workbook.bin")
        + (coreXml == null ? "" : "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/"
            + "relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>")
        + "</Relationships>";
    if (coreXml != null) {
      entries.put("docProps/core.xml", coreXml.getBytes(StandardCharsets.UTF_8));
      types.insert(types.length() - "</Types>".length(), "<Override PartName=\"/docProps/core.xml\" "
          + "ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>");
    }
    try (OutputStream os = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(os)) {
      put(zip, "[Content_Types].xml", types.toString().getBytes(StandardCharsets.UTF_8));
      put(zip, "_rels/.rels", rootRels.getBytes(StandardCharsets.UTF_8));
      put(zip, "xl/_rels/workbook.bin.rels", wbRels.toString().getBytes(StandardCharsets.UTF_8));
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        put(zip, e.getKey(), e.getValue());
      }
      for (Map.Entry<String, byte[]> e : rawEntries.entrySet()) {
        put(zip, e.getKey(), e.getValue());
      }
    }
    return file;
  }

  private static String rel(String id, String type, String target) {
    return "<Relationship Id=\"" + id + "\" Type=\"" + REL + type + "\" Target=\"" + target + "\"/>";
  }

  private static void put(ZipOutputStream zip, String name, byte[] data) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(data);
    zip.closeEntry();
  }
}
