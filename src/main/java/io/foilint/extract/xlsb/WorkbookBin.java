package io.foilint.extract.xlsb;

import io.foilint.extract.ExtractionException;
import io.foilint.model.Visibility;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code xl/workbook.bin} says: the sheets in tab order with their hidden state (BrtBundleSh
 * hsState, which POI's XSSFBReader reads past), defined names, the reference table names point
 * through, and the path the file was last saved from.
 */
final class WorkbookBin {

  /** One BrtBundleSh: a sheet's tab name, visibility and relationship id. */
  record SheetEntry(String name, String relId, int hsState) {
    Visibility visibility() {
      return switch (hsState) {
        case 0 -> Visibility.VISIBLE;
        case 1 -> Visibility.HIDDEN_SHEET;
        // hsState is a two-bit field; any other value is at least as hidden as "very hidden".
        default -> Visibility.VERY_HIDDEN_SHEET;
      };
    }

    String stateWord() {
      return switch (hsState) {
        case 0 -> "visible";
        case 1 -> "hidden";
        case 2 -> "veryHidden";
        default -> "unknown(" + hsState + ")";
      };
    }
  }

  /** One BrtName. {@code sheetScope} is -1 for a workbook-wide name. */
  record NameEntry(String name, boolean hidden, boolean builtin, int sheetScope, byte[] rgce) {}

  /** One XTI of BrtExternSheet: which supporting link and which sheets a 3-D reference uses. */
  record ExternSheet(int supBook, int firstSheet, int lastSheet) {}

  final List<SheetEntry> sheets = new ArrayList<>();
  final List<NameEntry> names = new ArrayList<>();
  final List<ExternSheet> externSheets = new ArrayList<>();
  /** Kind of each supporting link in order: true when it is this workbook itself. */
  final List<Boolean> supBookIsSelf = new ArrayList<>();
  String absPath = "";

  static WorkbookBin read(InputStream in, String partName) throws IOException, ExtractionException {
    WorkbookBin wb = new WorkbookBin();
    XlsbRecordReader reader = new XlsbRecordReader(in, partName);
    while (reader.next()) {
      XlsbRecord r = reader.record();
      switch (r.type()) {
        case RecordTypes.BUNDLE_SH -> wb.sheets.add(readSheet(r));
        case RecordTypes.NAME -> wb.names.add(readName(r));
        case RecordTypes.SUP_SELF, RecordTypes.SUP_SAME -> wb.supBookIsSelf.add(true);
        case RecordTypes.SUP_BOOK_SRC, RecordTypes.SUP_ADDIN -> wb.supBookIsSelf.add(false);
        case RecordTypes.EXTERN_SHEET -> readExternSheets(r, wb.externSheets);
        case RecordTypes.ABS_PATH_15 -> wb.absPath = r.wideString();
        default -> {
          // other workbook records (views, calc settings, protection) hold no content
        }
      }
    }
    return wb;
  }

  private static SheetEntry readSheet(XlsbRecord r) throws ExtractionException {
    try {
      SheetEntry entry = readSheetAt(r, 4);
      if (r.remaining() == 0) {
        return entry;
      }
    } catch (ExtractionException e) {
      // fall through to the layout of Excel 2007 beta files
    }
    // Files saved by a beta of Excel 2007 (POI's Simple.xlsb) put 8 bytes, not 4, before iTabID;
    // the first four still start at the sheet state.
    SheetEntry entry = readSheetAt(r, 8);
    if (r.remaining() != 0) {
      r.skip(r.remaining() + 1); // reports the record as damaged
    }
    return entry;
  }

  private static SheetEntry readSheetAt(XlsbRecord r, int tabIdOffset) throws ExtractionException {
    r.seek(0);
    int hsState = r.i32();
    r.seek(tabIdOffset);
    // iTabID: POI rejects 0 here, but Excel-compatible writers (calamine issue 666) emit it and
    // the sheet is still real, so the value is read and ignored.
    r.i32();
    String relId = r.nullableWideString();
    String name = r.wideString();
    return new SheetEntry(name, relId, hsState);
  }

  private static NameEntry readName(XlsbRecord r) throws ExtractionException {
    int flags = r.i32();
    r.u8(); // chKey: keyboard shortcut of a macro name
    int itab = r.i32();
    String name = r.wideString();
    long cce = r.u32();
    if (cce > r.remaining()) {
      cce = r.remaining();
    }
    byte[] rgce = r.bytes((int) cce);
    return new NameEntry(name, (flags & 0x1) != 0, (flags & 0x20) != 0, itab, rgce);
  }

  private static void readExternSheets(XlsbRecord r, List<ExternSheet> out) throws ExtractionException {
    long count = r.u32();
    for (long i = 0; i < count && r.remaining() >= 12; i++) {
      out.add(new ExternSheet(r.i32(), r.i32(), r.i32()));
    }
  }
}
