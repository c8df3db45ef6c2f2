package io.foilint.extract.xlsb;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.ExtractionException;
import io.foilint.extract.ExtractionException.Reason;
import io.foilint.extract.FarOffCells;
import io.foilint.extract.sheet.CellRefs;
import io.foilint.extract.sheet.HeaderFooterText;
import io.foilint.extract.sheet.LineState;
import io.foilint.model.Cell;
import io.foilint.model.ContentHandler;
import io.foilint.model.Fact;
import io.foilint.model.FactKind;
import io.foilint.model.Location;
import io.foilint.model.Row;
import io.foilint.model.TableOrigin;
import io.foilint.model.TableStart;
import io.foilint.model.TextBlock;
import io.foilint.model.TextKind;
import io.foilint.model.Visibility;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.NumberToTextConverter;

/**
 * Streams one worksheet part ({@code xl/worksheets/sheetN.bin}) into a table: one row event per
 * row with non-empty cells, holding only that row. Row flags (BrtRowHdr), column flags
 * (BrtColInfo, which precede the cells) and each cell's style decide what a reader would see.
 * Header/footer text and the autofilter, which follow the cells in the part, are reported after
 * the table closes; a hidden row in the autofilter's data rows is {@code FILTERED_OUT}.
 */
final class SheetBinReader {

  private final FarOffCells farOff = new FarOffCells();

  private static final int DEADLINE_EVERY_ROWS = 2_000;
  private static final int MAX_ROW = CellRefs.MAX_ROW;
  private static final int MAX_COLUMN = CellRefs.MAX_COLUMN;
  private static final String[] HEADER_FOOTER_NAMES = {
    "header", "footer", "even page header", "even page footer", "first page header", "first page footer"
  };

  private final String sheet;
  private final Visibility sheetVisibility;
  private final SharedStringsBin strings;
  private final CellStyles styles;
  private final ExtractionContext context;
  private final ContentHandler out;

  private final ColumnVisibility columns = new ColumnVisibility();
  private final List<Cell> cells = new ArrayList<>();
  private final List<TextBlock> afterTable = new ArrayList<>();
  private final List<Fact> factsAfterTable = new ArrayList<>();
  private int row = 0;
  private Visibility rowVisibility = Visibility.VISIBLE;
  private int rowsSeen;
  private int filteredRows;
  /** Reads the part again for the AutoFilter range, which follows the cells. */
  private final PartOpener reopen;
  /** {firstRow, lastRow} of the AutoFilter, or an empty array when the sheet has none; null until looked up. */
  private int[] filterRows;
  private String partName;

  /** Opens the sheet part again from its start. */
  interface PartOpener {
    InputStream open() throws IOException;
  }

  SheetBinReader(
      String sheet,
      Visibility sheetVisibility,
      SharedStringsBin strings,
      CellStyles styles,
      PartOpener reopen,
      ExtractionContext context,
      ContentHandler out) {
    this.reopen = reopen;
    this.sheet = sheet;
    this.sheetVisibility = sheetVisibility;
    this.strings = strings;
    this.styles = styles;
    this.context = context;
    this.out = out;
  }

  void read(InputStream in, String partName) throws IOException, ExtractionException {
    this.partName = partName;
    out.startTable(new TableStart(TableOrigin.SHEET, sheet, Location.of(sheet), sheetVisibility));
    XlsbRecordReader reader = new XlsbRecordReader(in, partName);
    while (reader.next()) {
      XlsbRecord r = reader.record();
      switch (r.type()) {
        case RecordTypes.ROW_HDR -> startRow(r);
        case RecordTypes.COL_INFO -> columns.add(r);
        case RecordTypes.CELL_RK, RecordTypes.CELL_ERROR, RecordTypes.CELL_BOOL,
            RecordTypes.CELL_REAL, RecordTypes.CELL_ST, RecordTypes.CELL_ISST,
            RecordTypes.CELL_RSTRING, RecordTypes.FMLA_STRING, RecordTypes.FMLA_NUM,
            RecordTypes.FMLA_BOOL, RecordTypes.FMLA_ERROR -> cell(r);
        case RecordTypes.END_SHEET_DATA -> flushRow();
        case RecordTypes.BEGIN_HEADER_FOOTER -> headerFooter(r);
        case RecordTypes.BEGIN_AFILTER -> autoFilter(r);
        default -> {
          // blanks, views, merges, conditional formats, protection: nothing a reader misses
        }
      }
    }
    flushRow();
    out.endTable();
    afterTable.forEach(out::text);
    factsAfterTable.forEach(out::fact);
  }

  private void startRow(XlsbRecord r) throws ExtractionException {
    flushRow();
    int index = r.i32();
    if (index < 0 || index > MAX_ROW) {
      throw new ExtractionException(
          Reason.CORRUPT, "Sheet " + sheet + " has a row numbered " + index + ", outside Excel's grid.");
    }
    r.i32(); // ixfe
    int height = r.u16();
    r.u8(); // fExtraAsc, fExtraDsc
    int flags = r.u8();
    int outlineLevel = flags & 0x7;
    boolean hidden = (flags & 0x10) != 0;
    row = index;
    boolean filtered = hidden && inFilterData(index);
    filteredRows += filtered ? 1 : 0;
    rowVisibility = LineState.row(hidden, height == 0, outlineLevel, filtered);
    if (++rowsSeen % DEADLINE_EVERY_ROWS == 0) {
      context.checkDeadline();
    }
  }

  /**
   * Whether a hidden row lies in the data rows of the sheet's AutoFilter. The BrtBeginAFilter
   * record follows the cells, so the first hidden row makes one cheap pass over the part's
   * record headers to find it; sheets without hidden rows are read once.
   */
  private boolean inFilterData(int index) throws ExtractionException {
    if (filterRows == null) {
      filterRows = new int[0];
      try (InputStream in = reopen.open()) {
        XlsbRecordReader reader = new XlsbRecordReader(in, partName);
        while (reader.next()) {
          if (reader.record().type() == RecordTypes.BEGIN_AFILTER) {
            XlsbRecord f = reader.record();
            int first = f.i32();
            int last = f.i32();
            if (first >= 0 && last >= first) {
              filterRows = new int[] {first, last};
            }
            break;
          }
        }
      } catch (IOException e) {
        throw new ExtractionException(
            Reason.CORRUPT, "The part " + partName + " could not be read again for its filter.", e);
      }
    }
    return filterRows.length == 2 && LineState.inFilterData(index, filterRows[0], filterRows[1]);
  }

  private void cell(XlsbRecord r) throws ExtractionException {
    int column = r.i32();
    int xf = r.u24();
    r.u8(); // fPhShow and reserved bits
    if (column < 0 || column > MAX_COLUMN) {
      throw new ExtractionException(
          Reason.CORRUPT,
          "Sheet " + sheet + " has a cell in column " + column + ", outside Excel's grid.");
    }
    String ref = CellRefs.ref(row, column);
    String value;
    boolean text = false;
    boolean formula = false;
    switch (r.type()) {
      case RecordTypes.CELL_RK -> value = number(rk(r.i32()));
      case RecordTypes.CELL_REAL -> value = number(r.f64());
      case RecordTypes.CELL_BOOL -> value = r.u8() != 0 ? "TRUE" : "FALSE";
      case RecordTypes.CELL_ERROR -> value = error(r.u8());
      case RecordTypes.CELL_ST -> {
        value = r.wideString();
        text = true;
      }
      case RecordTypes.CELL_RSTRING -> {
        value = r.richString();
        text = true;
      }
      case RecordTypes.CELL_ISST -> {
        value = strings.get(r.u32(), sheet, ref);
        text = true;
      }
      case RecordTypes.FMLA_STRING -> {
        value = r.wideString();
        text = true;
        formula = true;
      }
      case RecordTypes.FMLA_NUM -> {
        value = number(r.f64());
        formula = true;
      }
      case RecordTypes.FMLA_BOOL -> {
        value = r.u8() != 0 ? "TRUE" : "FALSE";
        formula = true;
      }
      case RecordTypes.FMLA_ERROR -> {
        value = error(r.u8());
        formula = true;
      }
      default -> throw new IllegalStateException("not a cell record: " + r.type());
    }
    if (value.isEmpty()) {
      return;
    }
    Visibility style = styles.of(xf, text);
    Visibility far = farOff.isFarOff(row, column) ? Visibility.FAR_OFF_CELL : Visibility.VISIBLE;
    Visibility visibility =
        Visibility.firstHidden(sheetVisibility, rowVisibility, columns.of(column), style, far);
    cells.add(new Cell(ref, column, value, visibility, formula));
  }

  private void flushRow() {
    if (!cells.isEmpty()) {
      out.row(new Row(row, Visibility.firstHidden(sheetVisibility, rowVisibility), cells));
      cells.clear();
    }
  }

  private void headerFooter(XlsbRecord r) throws ExtractionException {
    r.u16(); // flags: different odd/even, different first page, scaling, alignment
    for (String place : HEADER_FOOTER_NAMES) {
      if (r.remaining() < 4) {
        break;
      }
      String text = HeaderFooterText.plain(r.nullableWideString());
      if (!text.isBlank()) {
        afterTable.add(new TextBlock(
            TextKind.HEADER_FOOTER, Location.of(sheet, place), text, "", Visibility.HEADER_FOOTER));
      }
    }
  }

  private void autoFilter(XlsbRecord r) throws ExtractionException {
    int firstRow = r.i32();
    int lastRow = r.i32();
    int firstCol = r.i32();
    int lastCol = r.i32();
    if (firstRow < 0 || firstCol < 0 || lastRow < 0 || lastCol < 0) {
      return;
    }
    String range = CellRefs.ref(firstRow, firstCol) + ":" + CellRefs.ref(lastRow, lastCol);
    factsAfterTable.add(new Fact(FactKind.AUTOFILTER, Location.of(sheet, range), sheet, range,
        Map.of("hiddenRows", Integer.toString(filteredRows))));
  }

  /** RkNumber ([MS-XLSB] 2.5.122): a 30-bit integer or the top 30 bits of a double, maybe /100. */
  static double rk(int rk) {
    double v = (rk & 0x2) != 0 ? (double) (rk >> 2) : Double.longBitsToDouble((long) (rk & 0xFFFFFFFC) << 32);
    return (rk & 0x1) != 0 ? v / 100 : v;
  }

  private static String number(double d) {
    return NumberToTextConverter.toText(d);
  }

  private static String error(int code) {
    try {
      return FormulaError.forInt((byte) code).getString();
    } catch (IllegalArgumentException e) {
      return "#ERROR(" + code + ")";
    }
  }
}
