package io.foilint.extract.xls;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.ExtractionException;
import io.foilint.extract.ExtractionException.Reason;
import io.foilint.extract.sheet.CellRefs;
import io.foilint.model.ContentHandler;
import io.foilint.model.Fact;
import io.foilint.model.FactAttr;
import io.foilint.model.FactKind;
import io.foilint.model.Location;
import io.foilint.model.Visibility;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.CRNCountRecord;
import org.apache.poi.hssf.record.CRNRecord;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.hssf.record.ColumnInfoRecord;
import org.apache.poi.hssf.record.ContinueRecord;
import org.apache.poi.hssf.record.DVRecord;
import org.apache.poi.hssf.record.DefaultRowHeightRecord;
import org.apache.poi.hssf.record.DrawingRecord;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.ExtendedFormatRecord;
import org.apache.poi.hssf.record.ExternSheetRecord;
import org.apache.poi.hssf.record.ExternalNameRecord;
import org.apache.poi.hssf.record.FilePassRecord;
import org.apache.poi.hssf.record.FontRecord;
import org.apache.poi.hssf.record.FooterRecord;
import org.apache.poi.hssf.record.FormatRecord;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.HeaderRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.NameRecord;
import org.apache.poi.hssf.record.NoteRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.ObjRecord;
import org.apache.poi.hssf.record.PaletteRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.RecordFactoryInputStream;
import org.apache.poi.hssf.record.RowRecord;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.hssf.record.SupBookRecord;
import org.apache.poi.hssf.record.TextObjectRecord;
import org.apache.poi.hssf.record.WriteAccessRecord;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.ss.formula.ptg.Area3DPtg;
import org.apache.poi.ss.formula.ptg.AreaPtgBase;
import org.apache.poi.ss.formula.ptg.Ptg;
import org.apache.poi.ss.formula.ptg.StringPtg;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.NumberToTextConverter;

/**
 * Streams the BIFF8 "Workbook" stream record by record (POI's {@link RecordFactoryInputStream},
 * which also decrypts files protected with the default password): workbook globals first (styles,
 * sheets, shared strings, links, names), then one substream per sheet. The raw stream goes through
 * {@link TolerantRecordStream} first, so a settings or style record that departs from the BIFF8
 * layout in a known way does not stop the read; each such record is reported as UNINSPECTED_PART.
 */
final class WorkbookStreamReader {

  private static final int BIFF8 = 0x0600;
  private static final int DEADLINE_EVERY = 4096;
  private static final int SID_AUTOFILTERINFO = 0x009D;
  private static final int SID_FILTERMODE = 0x009B;
  private static final int SID_SXVIEW = 0x00B0;
  private static final int SID_SXIDSTM = 0x00D5;
  private static final int SID_DBQUERY = 0x00DC;
  private static final int SID_SXSTRING = 0x00CD;
  private static final int SID_DCONN = 0x0876;
  private static final int SID_RSTRING = 0x00D6;
  private static final int SID_QSI = 0x01AD;
  private static final int BUILTIN_FILTER_DATABASE = 0x0D;

  private final ExtractionContext context;
  private final ContentHandler out;
  private final List<SheetInfo> sheets = new ArrayList<>();
  private final CellFormats formats = new CellFormats();
  private final WorkbookLinks links = new WorkbookLinks(sheets);
  private final ExternalLinks externalLinks;
  private final Map<Integer, SheetLayout.FilterRange> filterRanges = new HashMap<>();
  private final List<String> pivotCacheStreams = new ArrayList<>();
  private SSTRecord sst;
  private int depth;
  private int substreams;
  private SheetReader sheet;
  private RowBlock.PendingCell awaitingString;
  private int awaitingStringXf;
  private DataQuery query;
  private ChartCache chart;
  private int chartDepth;
  private int charts;
  private long records;

  /** A DBQUERY record and the SXSTRING pieces (connection string, SQL) that follow it. */
  private static final class DataQuery {
    final String place;
    final StringBuilder text = new StringBuilder();

    DataQuery(String place) {
      this.place = place;
    }
  }

  WorkbookStreamReader(ExtractionContext context, ContentHandler out) {
    this.context = context;
    this.out = out;
    this.externalLinks = new ExternalLinks(out);
  }

  /** Set when the stream was encrypted and opened with Excel's default password. */
  private String defaultPasswordScheme;

  /** Pivot-cache stream names (SXIDSTM) in cache order, for naming the cache a pivot uses. */
  List<String> pivotCacheStreams() {
    return pivotCacheStreams;
  }

  void read(InputStream workbook) throws ExtractionException {
    TolerantRecordStream tolerant = new TolerantRecordStream(workbook);
    RecordFactoryInputStream records = open(tolerant);
    try {
      Record r;
      while ((r = records.nextRecord()) != null) {
        if (++this.records % DEADLINE_EVERY == 0) {
          context.checkDeadline();
        }
        handle(r);
      }
    } catch (ExtractionException e) {
      abandon();
      throw e;
    } catch (EncryptedDocumentException e) {
      abandon();
      throw encrypted();
    } catch (RuntimeException e) {
      abandon();
      throw damaged(e);
    }
    if (substreams == 0) {
      throw new ExtractionException(
          Reason.CORRUPT, "The workbook stream does not start like an Excel workbook; the file is damaged.");
    }
    if (depth > 0) {
      String where = sheet != null ? "sheet '" + sheet.name() + "'" : "the workbook settings";
      abandon();
      throw new ExtractionException(
          Reason.TRUNCATED, "The workbook stream ends part-way through " + where + "; the file looks cut short.");
    }
    if (substreams - 1 < sheets.size()) {
      throw new ExtractionException(
          Reason.TRUNCATED,
          "The workbook lists " + sheets.size() + " sheets but only " + Math.max(0, substreams - 1)
              + " are present; the file looks cut short or damaged.");
    }
    if (defaultPasswordScheme != null) {
      out.fact(new Fact(FactKind.ENCRYPTED_DEFAULT_PASSWORD, Location.of(""), "", defaultPasswordScheme));
    }
    reportRepairs(tolerant.repairs());
  }

  /** Says which records were read only in part or left out (see {@link TolerantRecordStream}), so none goes unseen. */
  private void reportRepairs(List<TolerantRecordStream.Repair> repairs) {
    for (TolerantRecordStream.Repair r : repairs) {
      String where = r.firstSubstream() == 0 ? "the workbook settings"
          : r.firstSubstream() - 1 < sheets.size() ? "sheet '" + sheets.get(r.firstSubstream() - 1).name() + "'"
          : "sheet " + r.firstSubstream();
      String what = switch (r.change()) {
        case EXTRA_BYTES_NOT_READ -> "held " + r.droppedBytes()
            + " byte(s) more than the record type has; the extra bytes were not read";
        case IMPOSSIBLE_LENGTH_REPLACED -> "declared an impossible length (over "
            + TolerantRecordStream.MAX_RECORD_BODY + " bytes); it was read at its fixed size and reading went on "
            + "with the record that follows";
        case RECORD_LEFT_OUT -> "is not laid out as Excel 97-2003 requires (" + r.droppedBytes()
            + " bytes in all) and was left out; it only describes drawing objects";
      };
      // in words, never the BIFF record's name: the officer cannot look a record up
      String why = "Part of the file was read with a repair: " + r.records() + " " + kindInWords(r.name())
          + " record(s), the first in " + where + " at byte " + r.firstOffset() + ", " + what
          + ". Such records hold settings, styles or object layout, not cell values or text.";
      Map<String, String> attrs = new LinkedHashMap<>();
      attrs.put("record", r.name());
      attrs.put("change", r.change().name());
      attrs.put("records", Integer.toString(r.records()));
      attrs.put("bytesNotRead", Long.toString(r.droppedBytes()));
      attrs.put("offset", Long.toString(r.firstOffset()));
      attrs.put("sentence", "true");
      out.fact(new Fact(FactKind.UNINSPECTED_PART, Location.of(""),
          String.format("record 0x%04X", r.sid()), why, attrs));
    }
  }

  /** What a repaired record type holds, as an officer would call it. */
  static String kindInWords(String biffName) {
    return switch (biffName) {
      case "XF" -> "cell style";
      case "OBJ" -> "drawing object";
      case "TABLE" -> "what-if data table";
      case "INTERFACEEND" -> "workbook interface";
      default -> "calculation setting";
    };
  }

  private RecordFactoryInputStream open(InputStream workbook) throws ExtractionException {
    String previous = Biff8EncryptionKey.getCurrentUserPassword();
    // Excel's built-in default password: files "protected" with it open without asking.
    Biff8EncryptionKey.setCurrentUserPassword(Decryptor.DEFAULT_PASSWORD);
    try {
      return new RecordFactoryInputStream(workbook, false);
    } catch (EncryptedDocumentException e) {
      throw encrypted();
    } catch (RuntimeException e) {
      throw damaged(e);
    } finally {
      Biff8EncryptionKey.setCurrentUserPassword(previous);
    }
  }

  static ExtractionException encrypted() {
    return new ExtractionException(Reason.ENCRYPTED, "The file is password-protected; foilint cannot see inside it");
  }

  static ExtractionException damaged(RuntimeException e) {
    String m = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
    if (e instanceof org.apache.poi.hssf.record.RecordInputStream.LeftoverDataException) {
      return new ExtractionException(
          Reason.CORRUPT, "A record in the workbook is longer than its type allows; the file is damaged.", e);
    }
    if (m.contains("not enough data") || m.contains("buffer underrun") || m.contains("end of") || m.contains("eof")) {
      return new ExtractionException(
          Reason.TRUNCATED, "The workbook's records end too early; the file looks cut short.", e);
    }
    return new ExtractionException(
        Reason.CORRUPT, "The workbook's record stream is damaged and cannot be read completely.", e);
  }

  private void abandon() {
    if (sheet != null) {
      sheet.abandon();
    }
    try {
      externalLinks.finish();
    } catch (RuntimeException ignored) {
      // Already failing: the open cache table is closed as far as possible.
    }
  }

  private void handle(Record r) throws ExtractionException {
    if (r instanceof BOFRecord bof) {
      beginSubstream(bof);
      return;
    }
    if (r instanceof EOFRecord) {
      if (chart != null && depth == chartDepth) {
        endChart();
      }
      endSubstream();
      return;
    }
    if (chart != null) {
      chartRecord(r);
    } else if (depth == 1 && substreams == 1) {
      globals(r);
    } else if (depth == 1 && sheet != null) {
      sheetRecord(r);
    }
    // Deeper substreams (charts embedded in a sheet) hold only chart formatting and series.
  }

  private void beginSubstream(BOFRecord bof) throws ExtractionException {
    depth++;
    if (depth != 1) {
      if (bof.getType() == BOFRecord.TYPE_CHART && sheet != null && chart == null) {
        charts++;
        chart = new ChartCache(sheet.name(), sheet.name() + " chart " + charts, Map.of("embedded", "true"));
        chartDepth = depth;
      }
      return;
    }
    substreams++;
    if (substreams == 1) {
      if (bof.getVersion() != BIFF8) {
        throw new ExtractionException(
            Reason.UNSUPPORTED,
            "This is an Excel 5.0/95 or older workbook; foilint reads Excel 97-2003 (BIFF8) and later only.");
      }
      return;
    }
    if (substreams == 2) {
      externalLinks.finish();
    }
    int index = substreams - 2;
    SheetInfo info = index < sheets.size()
        ? sheets.get(index)
        : new SheetInfo("Sheet " + (index + 1), Visibility.VISIBLE, bof.getType() == BOFRecord.TYPE_CHART ? SheetInfo.CHART : 0);
    sheet = new SheetReader(info, out);
    charts = 0;
    if (info.type() == SheetInfo.CHART) {
      chart = new ChartCache(info.name(), info.name(), Map.of("chartSheet", "true", "state", info.state()));
      chartDepth = depth;
    }
    SheetLayout.FilterRange filter = filterRanges.get(index);
    if (filter != null) {
      sheet.layout.setFilterRange(filter);
    }
  }

  private void endSubstream() {
    depth--;
    if (depth != 0) {
      return;
    }
    if (substreams == 1) {
      externalLinks.finish();
    } else if (sheet != null) {
      endQuery();
      sheet.finish();
      sheet = null;
    }
  }

  private void endChart() {
    if (depth > 1 && sheet != null) {
      sheet.later(chart);
    } else {
      chart.emit(out);
    }
    chart = null;
  }

  private void chartRecord(Record r) {
    if (r instanceof NumberRecord n) {
      chart.add(n.getRow(), n.getColumn(), NumberToTextConverter.toText(n.getValue()));
    } else if (r instanceof LabelSSTRecord l) {
      chart.add(l.getRow(), l.getColumn(), sstString(l.getSSTIndex()));
    } else if (r instanceof LabelRecord l) {
      chart.add(l.getRow(), l.getColumn(), l.getValue());
    } else if (r instanceof BoolErrRecord b) {
      chart.add(b.getRow(), b.getColumn(),
          b.isBoolean() ? (b.getBooleanValue() ? "TRUE" : "FALSE") : errorText(b.getErrorValue()));
    }
  }

  // ---- workbook globals ----

  private void globals(Record r) {
    if (externalLinks.isOpen()
        && !(r instanceof CRNCountRecord || r instanceof CRNRecord || r instanceof ExternalNameRecord
            || r instanceof ContinueRecord)) {
      externalLinks.finish();
    }
    if (!(r instanceof ContinueRecord) && r.getSid() != SID_SXSTRING) {
      endQuery();
    }
    if (r instanceof FilePassRecord pass) {
      // reported once the whole stream has decrypted cleanly (see read), not before
      defaultPasswordScheme = scheme(pass);
    } else if (r instanceof WriteAccessRecord wa) {
      String user = wa.getUsername() == null ? "" : wa.getUsername().trim();
      if (!user.isEmpty()) {
        out.fact(new Fact(FactKind.DOCUMENT_PROPERTY, Location.of("saved-by user name"), "writeAccessUser", user));
      }
    } else if (r instanceof FontRecord font) {
      formats.addFont(font);
    } else if (r instanceof FormatRecord format) {
      formats.addFormat(format);
    } else if (r instanceof ExtendedFormatRecord xf) {
      formats.addXf(xf);
    } else if (r instanceof PaletteRecord palette) {
      formats.setPalette(palette);
    } else if (r instanceof BoundSheetRecord bs) {
      boundSheet(SheetInfo.of(bs));
    } else if (r instanceof SSTRecord s) {
      sst = s;
    } else if (r instanceof SupBookRecord sb) {
      links.addSupBook(sb);
      externalLinks.supBook(sb);
    } else if (r instanceof CRNCountRecord xct) {
      externalLinks.xct(xct);
    } else if (r instanceof CRNRecord crn) {
      externalLinks.crn(crn);
    } else if (r instanceof ExternSheetRecord es) {
      links.setExternSheet(es);
    } else if (r instanceof NameRecord name) {
      name(name);
    } else if (r.getSid() == SID_SXIDSTM) {
      pivotCacheStreams.add(String.format("%04X", BiffBytes.body(r).u16()));
    } else if (r.getSid() == SID_DCONN) {
      out.fact(new Fact(FactKind.DATA_CONNECTION, Location.of("Workbook"), "DCONN", printableText(r),
          FactAttr.attrs().put(FactAttr.TYPE, "DCONN").build()));
    } else if (r.getSid() == SID_DBQUERY) {
      query = new DataQuery("Workbook");
    } else if (r.getSid() == SID_SXSTRING && query != null) {
      appendQuery(r);
    }
  }

  private void boundSheet(SheetInfo info) {
    sheets.add(info);
    if (info.type() == SheetInfo.MACRO_SHEET) {
      out.fact(new Fact(FactKind.XLM_MACRO_SHEET, Location.of(info.name()), info.name(), "",
          FactAttr.attrs().put(FactAttr.STATE, info.state()).build()));
    }
  }

  private void name(NameRecord name) {
    String text = name.getNameText() == null ? "" : name.getNameText();
    links.addNameText(text);
    Ptg[] ptgs;
    try {
      ptgs = name.getNameDefinition();
    } catch (RuntimeException e) {
      ptgs = new Ptg[0];
    }
    int sheetNumber = name.getSheetNumber();
    String scope = sheetNumber > 0 && sheetNumber <= sheets.size() ? sheets.get(sheetNumber - 1).name() : "";
    if (name.isBuiltInName() && name.getBuiltInName() == BUILTIN_FILTER_DATABASE && sheetNumber > 0) {
      for (Ptg p : ptgs) {
        if (p instanceof AreaPtgBase a) {
          filterRanges.put(sheetNumber - 1,
              new SheetLayout.FilterRange(a.getFirstRow(), a.getLastRow(), a.getFirstColumn(), a.getLastColumn()));
          break;
        }
      }
    }
    WorkbookLinks.Targets targets = links.targets(ptgs);
    Map<String, String> attrs = new LinkedHashMap<>();
    attrs.put("hidden", Boolean.toString(name.isHiddenName()));
    attrs.put("builtin", Boolean.toString(name.isBuiltInName()));
    attrs.put("refersToHiddenSheet", Boolean.toString(targets.hiddenSheet()));
    attrs.put("external", Boolean.toString(targets.external()));
    out.fact(new Fact(FactKind.DEFINED_NAME, Location.of(scope), text, links.render(ptgs), attrs));
  }

  private static String scheme(FilePassRecord pass) {
    try {
      EncryptionMode mode = pass.getEncryptionInfo().getEncryptionMode();
      return switch (mode) {
        case xor -> "XOR";
        case binaryRC4 -> "RC4";
        case cryptoAPI -> "RC4 CryptoAPI";
        default -> mode.name();
      };
    } catch (RuntimeException e) {
      return "unknown";
    }
  }

  // ---- sheet substreams ----

  private void sheetRecord(Record r) {
    int sid = r.getSid();
    if (query != null && sid != SID_SXSTRING && !(r instanceof ContinueRecord)) {
      endQuery();
    }
    if (r instanceof RowRecord row) {
      // ROW records open each row block: one arriving after cells means the last block is done.
      sheet.flushBlock();
      sheet.layout.row(row);
    } else if (r instanceof CellValueRecordInterface cell && sheet.hasCells()) {
      cell(cell);
    } else if (r instanceof StringRecord s) {
      if (awaitingString != null) {
        awaitingString.value = s.getString();
        awaitingString.style = formats.of(awaitingStringXf, true);
        awaitingString = null;
      }
    } else if (sid == SID_RSTRING && sheet.hasCells()) {
      richString(r);
    } else if (r instanceof ColumnInfoRecord col) {
      sheet.layout.column(col);
    } else if (r instanceof DefaultRowHeightRecord drh) {
      sheet.layout.defaultRowHeight(drh.getOptionFlags());
    } else if (sid == SID_AUTOFILTERINFO || sid == SID_FILTERMODE) {
      sheet.layout.markAutofilterPresent();
    } else if (r instanceof HeaderRecord h) {
      sheet.headerFooter("header", h.getText());
    } else if (r instanceof FooterRecord f) {
      sheet.headerFooter("footer", f.getText());
    } else if (r instanceof DVRecord dv) {
      validation(dv);
    } else if (r instanceof DrawingRecord d) {
      byte[] data = d.getRecordData();
      if (data != null) {
        sheet.objects.drawing(data);
      }
    } else if (r instanceof ObjRecord obj) {
      sheet.objects.obj(obj);
    } else if (r instanceof TextObjectRecord txo) {
      sheet.objects.txo(txo);
    } else if (r instanceof NoteRecord note) {
      sheet.objects.note(note);
    } else if (sid == SID_SXVIEW) {
      pivotView(r);
    } else if (sid == SID_DBQUERY) {
      query = new DataQuery(sheet.name());
    } else if (sid == SID_SXSTRING && query != null) {
      appendQuery(r);
    } else if (sid == SID_QSI) {
      sheet.later(new Fact(FactKind.DATA_CONNECTION, Location.of(sheet.name()), "query table", printableText(r),
          FactAttr.attrs().put(FactAttr.TYPE, "QSI").build()));
    }
  }

  private void cell(CellValueRecordInterface cell) {
    int row = cell.getRow();
    int col = cell.getColumn();
    int xf = cell.getXFIndex();
    RowBlock block = sheet.block();
    if (cell instanceof NumberRecord n) {
      String text = NumberToTextConverter.toText(n.getValue());
      block.add(row, col, text, false, formats.of(xf, false), out);
    } else if (cell instanceof LabelSSTRecord l) {
      String text = sstString(l.getSSTIndex());
      block.add(row, col, text, false, formats.of(xf, true), out);
    } else if (cell instanceof LabelRecord l) {
      block.add(row, col, l.getValue(), false, formats.of(xf, true), out);
    } else if (cell instanceof BoolErrRecord b) {
      String text = b.isBoolean() ? (b.getBooleanValue() ? "TRUE" : "FALSE") : errorText(b.getErrorValue());
      block.add(row, col, text, false, formats.of(xf, false), out);
    } else if (cell instanceof FormulaRecord f) {
      formula(f, row, col, xf, block);
    }
  }

  private void formula(FormulaRecord f, int row, int col, int xf, RowBlock block) {
    awaitingString = null;
    CellType type = f.getCachedResultTypeEnum();
    switch (type) {
      case NUMERIC -> {
        String text = NumberToTextConverter.toText(f.getValue());
        block.add(row, col, text, true, formats.of(xf, false), out);
      }
      case BOOLEAN -> {
        String text = f.getCachedBooleanValue() ? "TRUE" : "FALSE";
        block.add(row, col, text, true, formats.of(xf, false), out);
      }
      case ERROR -> {
        String text = errorText(f.getCachedErrorValue());
        block.add(row, col, text, true, formats.of(xf, false), out);
      }
      case STRING -> {
        if (f.hasCachedResultString()) {
          // The text follows in a STRING record; the cell waits in the block until it arrives.
          awaitingString = block.add(row, col, null, true, Visibility.VISIBLE, out);
          awaitingStringXf = xf;
        }
      }
      default -> {
        // An empty cached result shows nothing and holds nothing.
      }
    }
  }

  private void richString(Record r) {
    try {
      BiffBytes b = BiffBytes.body(r);
      int row = b.u16();
      int col = b.u16();
      int xf = b.u16();
      String text = b.unicodeString();
      sheet.block().add(row, col, text, false, formats.of(xf, true), out);
    } catch (IllegalArgumentException e) {
      // A short RSTRING carries no readable text; the record-level parse already accepted it.
    }
  }

  private String sstString(int index) {
    if (sst == null || index < 0 || index >= sst.getNumUniqueStrings()) {
      throw new IllegalStateException("cell refers to a missing shared string");
    }
    return sst.getString(index).getString();
  }

  private static String errorText(int code) {
    try {
      return FormulaError.forInt(code).getString();
    } catch (IllegalArgumentException e) {
      return "#ERR" + code;
    }
  }

  private void validation(DVRecord dv) {
    if (dv.getDataType() != 3) {
      return;
    }
    StringBuilder range = new StringBuilder();
    for (CellRangeAddress a : dv.getCellRangeAddress().getCellRangeAddresses()) {
      if (range.length() > 0) {
        range.append(' ');
      }
      range.append(CellRefs.range(a.getFirstRow(), a.getFirstColumn(), a.getLastRow(), a.getLastColumn()));
    }
    Ptg[] formula = dv.getFormula1();
    String list;
    if (formula != null && formula.length == 1 && formula[0] instanceof StringPtg s) {
      // An explicit list: items separated by NUL characters.
      list = s.getValue().replace('\0', ',');
    } else {
      list = links.render(formula);
    }
    String r = range.toString();
    sheet.later(new Fact(FactKind.DATA_VALIDATION_LIST, Location.of(sheet.name(), r), r, list));
  }

  private void pivotView(Record r) {
    String name = "";
    String range = "";
    int cache = -1;
    try {
      BiffBytes b = BiffBytes.body(r);
      int rwFirst = b.u16();
      int rwLast = b.u16();
      int colFirst = b.u16();
      int colLast = b.u16();
      range = CellRefs.range(rwFirst, colFirst, rwLast, colLast);
      b.skip(6);
      cache = b.u16();
      b.skip(24);
      int cchName = b.u16();
      b.u16();
      name = b.unicodeStringNoCch(cchName);
    } catch (IllegalArgumentException e) {
      // Keep whatever was read: the pivot is reported even when its name is unreadable.
    }
    String stream = cache >= 0 && cache < pivotCacheStreams.size() ? pivotCacheStreams.get(cache) : "";
    Map<String, String> attrs = new LinkedHashMap<>();
    attrs.put("cache", stream.isEmpty() ? Integer.toString(cache) : stream);
    attrs.put("range", range);
    sheet.later(new Fact(FactKind.PIVOT_TABLE, Location.of(sheet.name(), range), name, "", attrs));
  }

  private void appendQuery(Record r) {
    try {
      String piece = BiffBytes.body(r).unicodeString();
      if (query.text.length() > 0 && query.text.length() < 100_000) {
        query.text.append(' ');
      }
      if (query.text.length() < 100_000) {
        query.text.append(piece);
      }
    } catch (IllegalArgumentException e) {
      // An unreadable piece is skipped; the connection is still reported.
    }
  }

  private void endQuery() {
    if (query == null) {
      return;
    }
    Fact fact = new Fact(FactKind.DATA_CONNECTION, Location.of(query.place), "DBQUERY", query.text.toString(),
        FactAttr.attrs().put(FactAttr.TYPE, "DBQUERY").build());
    query = null;
    if (sheet != null) {
      sheet.later(fact);
    } else {
      out.fact(fact);
    }
  }

  /** Printable runs (4+ characters, single- or double-byte) from a record we do not decode. */
  static String printableText(Record r) {
    byte[] data = r.serialize();
    StringBuilder all = new StringBuilder();
    appendRuns(new String(data, 4, data.length - 4, StandardCharsets.ISO_8859_1), all);
    if (data.length > 5) {
      appendRuns(new String(data, 4, (data.length - 4) & ~1, StandardCharsets.UTF_16LE), all);
    }
    return all.toString().trim();
  }

  private static void appendRuns(String s, StringBuilder out) {
    StringBuilder run = new StringBuilder();
    for (int i = 0; i <= s.length(); i++) {
      char c = i < s.length() ? s.charAt(i) : 0;
      if (c >= 0x20 && c < 0x7F || c >= 0xA0 && c < 0x250) {
        run.append(c);
      } else {
        if (run.length() >= 4) {
          out.append(run).append(' ');
        }
        run.setLength(0);
      }
    }
  }
}
