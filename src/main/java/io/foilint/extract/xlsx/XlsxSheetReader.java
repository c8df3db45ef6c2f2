package io.foilint.extract.xlsx;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.ExtractionException;
import io.foilint.extract.sheet.CellRefs;
import io.foilint.extract.sheet.HeaderFooterText;
import io.foilint.extract.sheet.LineState;
import io.foilint.model.Cell;
import io.foilint.model.ContentHandler;
import io.foilint.model.Fact;
import io.foilint.model.FactKind;
import io.foilint.model.Location;
import io.foilint.model.Row;
import io.foilint.model.TextBlock;
import io.foilint.model.TextKind;
import io.foilint.model.Visibility;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.ext.DefaultHandler2;

/**
 * Streams one sheet part (worksheet, macro sheet, chartsheet) with SAX: every non-empty cell
 * becomes part of a {@link Row} event as soon as its row ends, tagged with its visibility
 * (sheet, then row, then column, then the cell's own style and position). Only the current row
 * is held. Things the XML states after the cells (autofilter, data validations, headers and
 * footers) are reported after the table closes; the autofilter range is known beforehand from
 * {@link SheetPrescan}.
 */
final class XlsxSheetReader extends DefaultHandler2 {

  private static final int DEADLINE_EVERY_ROWS = 2_000;

  /** Where the reader is in the sheet XML. */
  private enum Capture { NONE, VALUE, INLINE_TEXT, FORMULA1, SQREF, HEADER_FOOTER }

  private record Validation(String sqref, String formula) {}

  private final String sheet;
  private final Visibility sheetVisibility;
  private final XlsxStyles styles;
  private final SharedStrings sharedStrings;
  /** Opens the sheet part again; the pre-scan runs only when a hidden row needs it. */
  private final PartOpener reopen;
  private SheetPrescan prescan;
  private boolean autoFilterKnown;
  private String autoFilterRef;
  private CellRange autoFilter;
  private final FarOffTracker farOff;
  private final ExtractionContext context;
  private final ContentHandler out;
  private final ColumnLayout columns = new ColumnLayout();

  // sheet-level state
  private boolean inSheetData;
  private int rowsSinceDeadline;
  private int lastRowIndex = -1;
  private int filteredRows;
  private final List<Validation> validations = new ArrayList<>();
  private final List<String[]> headerFooters = new ArrayList<>();

  // current row
  private int rowIndex;
  private Visibility rowVisibility = Visibility.VISIBLE;
  private final List<Cell> cells = new ArrayList<>();
  private int lastColumn;

  // current cell
  private boolean inCell;
  private String cellRef;
  private int cellColumn;
  private String cellType;
  private int cellStyle;
  private boolean cellHasFormula;
  private final StringBuilder value = new StringBuilder();
  private final StringBuilder inlineText = new StringBuilder();
  private boolean hasValue;
  private boolean hasInline;
  private int phoneticDepth;

  // other captured text
  private Capture capture = Capture.NONE;
  private final StringBuilder captured = new StringBuilder();
  private String validationType;
  private String validationSqref;
  private String validationFormula;
  private String headerFooterElement;

  private XlsxSheetReader(
      String sheet,
      Visibility sheetVisibility,
      XlsxStyles styles,
      SharedStrings sharedStrings,
      PartOpener reopen,
      List<CellRange> printArea,
      ExtractionContext context,
      ContentHandler out) {
    this.sheet = sheet;
    this.sheetVisibility = sheetVisibility;
    this.styles = styles;
    this.sharedStrings = sharedStrings;
    this.reopen = reopen;
    this.farOff = new FarOffTracker(printArea);
    this.context = context;
    this.out = out;
  }

  /**
   * Streams the sheet's rows into the open table. Returns what must be reported after the table
   * closes ({@link #reportAfterTable()}).
   */
  static XlsxSheetReader stream(
      InputStream part,
      String partName,
      String sheet,
      Visibility sheetVisibility,
      XlsxStyles styles,
      SharedStrings sharedStrings,
      PartOpener reopen,
      List<CellRange> printArea,
      ExtractionContext context,
      ContentHandler out)
      throws IOException, ExtractionException {
    XlsxSheetReader reader =
        new XlsxSheetReader(sheet, sheetVisibility, styles, sharedStrings, reopen, printArea, context, out);
    SafeXml.parse(part, reader, partName);
    return reader;
  }

  /** Autofilter, drop-down lists and header/footer text; call after the table has ended. */
  void reportAfterTable() {
    if (autoFilterRef != null) {
      out.fact(
          new Fact(
              FactKind.AUTOFILTER,
              Location.of(sheet, autoFilterRef),
              sheet,
              autoFilterRef,
              Map.of("hiddenRows", Integer.toString(filteredRows))));
    }
    for (Validation v : validations) {
      out.fact(new Fact(FactKind.DATA_VALIDATION_LIST, Location.of(sheet, v.sqref()), v.sqref(), v.formula()));
    }
    for (String[] hf : headerFooters) {
      String element = hf[0];
      String raw = hf[1];
      String where = element.toLowerCase(java.util.Locale.ROOT).endsWith("header") ? "header" : "footer";
      String text = HeaderFooterText.plain(raw);
      if (!text.isEmpty()) {
        out.text(new TextBlock(TextKind.HEADER_FOOTER, Location.of(sheet, where), text, "", Visibility.HEADER_FOOTER));
      }
    }
  }

  @Override
  public void startElement(String uri, String local, String qName, Attributes atts) throws SAXException {
    if (inSheetData) {
      startInSheetData(local, atts);
      return;
    }
    switch (local) {
      case "sheetData" -> inSheetData = true;
      case "autoFilter" -> autoFilterRef = atts.getValue("ref");
      case "sheetFormatPr" -> {
        String w = atts.getValue("defaultColWidth");
        columns.setDefaultZeroWidth(w != null && XmlAttrs.doubleOr(w, 1) == 0.0);
      }
      case "col" -> columns.addColumns(
          XmlAttrs.intOr(atts.getValue("min"), 0),
          XmlAttrs.intOr(atts.getValue("max"), 0),
          XmlAttrs.isTrue(atts.getValue("hidden")),
          atts.getValue("width") == null ? -1 : XmlAttrs.doubleOr(atts.getValue("width"), -1),
          XmlAttrs.intOr(atts.getValue("outlineLevel"), 0));
      case "dataValidation" -> {
        validationType = atts.getValue("type");
        validationSqref = atts.getValue("sqref");
        validationFormula = null;
      }
      case "formula1" -> beginCapture(Capture.FORMULA1);
      case "sqref" -> beginCapture(Capture.SQREF);
      case "oddHeader", "oddFooter", "evenHeader", "evenFooter", "firstHeader", "firstFooter" -> {
        headerFooterElement = local;
        beginCapture(Capture.HEADER_FOOTER);
      }
      default -> {}
    }
  }

  private void beginCapture(Capture what) {
    capture = what;
    captured.setLength(0);
  }

  private void startInSheetData(String local, Attributes atts) throws SAXException {
    switch (local) {
      case "row" -> startRow(atts);
      case "c" -> startCell(atts);
      case "v" -> {
        if (inCell) {
          capture = Capture.VALUE;
          hasValue = true;
        }
      }
      case "f" -> cellHasFormula = inCell;
      case "is" -> hasInline = inCell;
      case "rPh" -> phoneticDepth++;
      case "t" -> {
        if (inCell && hasInline && phoneticDepth == 0) {
          capture = Capture.INLINE_TEXT;
        }
      }
      default -> {}
    }
  }

  private void startRow(Attributes atts) throws SAXException {
    int r = XmlAttrs.intOr(atts.getValue("r"), -1);
    rowIndex = r > 0 && r <= CellRefs.MAX_ROW + 1 ? r - 1 : lastRowIndex + 1;
    lastRowIndex = rowIndex;
    lastColumn = -1;
    cells.clear();
    rowVisibility = rowVisibility(atts);
    if (++rowsSinceDeadline >= DEADLINE_EVERY_ROWS) {
      rowsSinceDeadline = 0;
      try {
        context.checkDeadline();
      } catch (ExtractionException e) {
        throw new SAXException(e);
      }
    }
  }

  /**
   * What the XML states only after the cells (the autoFilter range), read by a second cheap pass
   * over the part the first time a hidden row needs it: sheets without hidden rows are read once.
   */
  private SheetPrescan prescan() throws SAXException {
    if (prescan == null) {
      try (InputStream in = reopen.open()) {
        prescan = SheetPrescan.scan(in);
      } catch (IOException e) {
        throw new SAXException(e);
      }
    }
    return prescan;
  }

  private CellRange autoFilter() throws SAXException {
    if (!autoFilterKnown) {
      autoFilter = CellRange.parse(prescan().autoFilterRef());
      autoFilterKnown = true;
    }
    return autoFilter;
  }

  /**
   * A row's own visibility. A row listed in the sheet is shown at its height even under
   * {@code sheetFormatPr zeroHeight="1"}: that flag hides only rows the sheet does not list,
   * and those hold no cells (Excel writes every visible row when it sets it).
   */
  private Visibility rowVisibility(Attributes atts) throws SAXException {
    boolean hidden = XmlAttrs.isTrue(atts.getValue("hidden"));
    int outlineLevel = XmlAttrs.intOr(atts.getValue("outlineLevel"), 0);
    boolean filtered = false;
    if (hidden) {
      CellRange autoFilter = autoFilter();
      filtered = autoFilter != null
          && LineState.inFilterData(rowIndex, autoFilter.firstRow(), autoFilter.lastRow());
      filteredRows += filtered ? 1 : 0;
    }
    String ht = atts.getValue("ht");
    boolean zeroHeight = ht != null && XmlAttrs.doubleOr(ht, 1) == 0.0;
    return LineState.row(hidden, zeroHeight, outlineLevel, filtered);
  }

  private void startCell(Attributes atts) {
    inCell = true;
    cellType = atts.getValue("t");
    cellStyle = XmlAttrs.intOr(atts.getValue("s"), 0);
    cellHasFormula = false;
    hasValue = false;
    hasInline = false;
    value.setLength(0);
    inlineText.setLength(0);
    String r = atts.getValue("r");
    int[] rc = CellRefs.parseCell(r);
    if (rc != null && rc[0] == rowIndex && r.indexOf('$') < 0 && isUpperCase(r)) {
      cellColumn = rc[1];
      cellRef = r; // already canonical: reuse it rather than build a new string per cell
    } else {
      cellColumn = rc != null ? rc[1] : Math.min(lastColumn + 1, CellRefs.MAX_COLUMN);
      cellRef = CellRefs.ref(rowIndex, cellColumn);
    }
    lastColumn = cellColumn;
  }

  private static boolean isUpperCase(String ref) {
    for (int i = 0; i < ref.length(); i++) {
      char ch = ref.charAt(i);
      if (ch >= 'a' && ch <= 'z') {
        return false;
      }
    }
    return true;
  }

  @Override
  public void characters(char[] ch, int start, int length) {
    switch (capture) {
      case VALUE -> value.append(ch, start, length);
      case INLINE_TEXT -> inlineText.append(ch, start, length);
      case FORMULA1, SQREF, HEADER_FOOTER -> captured.append(ch, start, length);
      default -> {}
    }
  }

  @Override
  public void endElement(String uri, String local, String qName) throws SAXException {
    if (inSheetData) {
      endInSheetData(local);
      return;
    }
    switch (local) {
      case "formula1" -> {
        validationFormula = captured.toString().trim();
        capture = Capture.NONE;
      }
      case "sqref" -> {
        validationSqref = captured.toString().trim();
        capture = Capture.NONE;
      }
      case "dataValidation" -> {
        if ("list".equals(validationType)) {
          validations.add(
              new Validation(
                  validationSqref == null ? "" : validationSqref.trim(),
                  validationFormula == null ? "" : validationFormula));
        }
        validationType = null;
      }
      case "oddHeader", "oddFooter", "evenHeader", "evenFooter", "firstHeader", "firstFooter" -> {
        if (capture == Capture.HEADER_FOOTER) {
          headerFooters.add(new String[] {headerFooterElement, captured.toString()});
        }
        capture = Capture.NONE;
      }
      default -> {}
    }
  }

  private void endInSheetData(String local) throws SAXException {
    switch (local) {
      case "v" -> capture = Capture.NONE;
      case "t" -> {
        if (capture == Capture.INLINE_TEXT) {
          capture = Capture.NONE;
        }
      }
      case "rPh" -> phoneticDepth--;
      case "c" -> endCell();
      case "row" -> endRow();
      case "sheetData" -> inSheetData = false;
      default -> {}
    }
  }

  private void endCell() throws SAXException {
    inCell = false;
    capture = Capture.NONE;
    String text;
    boolean isText;
    try {
      text = cellText();
    } catch (IOException | ExtractionException e) {
      throw new SAXException(e);
    }
    isText = cellType != null
        && (cellType.equals("s") || cellType.equals("str") || cellType.equals("inlineStr"));
    if (text == null || text.isEmpty()) {
      return;
    }
    Visibility own = styles.cellVisibility(cellStyle, isText);
    if (own == Visibility.VISIBLE && farOff.isFarOff(rowIndex, cellColumn)) {
      own = Visibility.FAR_OFF_CELL;
    } else if (own != Visibility.VISIBLE) {
      farOff.isFarOff(rowIndex, cellColumn); // still part of the block in use
    }
    Visibility visibility =
        Visibility.firstHidden(sheetVisibility, rowVisibility, columns.visibility(cellColumn), own);
    cells.add(new Cell(cellRef, cellColumn, text, visibility, cellHasFormula));
  }

  /** The cell's value as text: shared strings resolved, booleans as TRUE/FALSE, the rest raw. */
  private String cellText() throws IOException, ExtractionException {
    String type = cellType == null ? "n" : cellType;
    switch (type) {
      case "s" -> {
        if (!hasValue) {
          return null;
        }
        int idx = XmlAttrs.intOr(value.toString().trim(), -1);
        return sharedStrings.get(idx);
      }
      case "inlineStr" -> {
        return hasInline ? inlineText.toString() : value.toString();
      }
      case "b" -> {
        String v = value.toString().trim();
        return v.isEmpty() ? null : (v.equals("1") || v.equalsIgnoreCase("true") ? "TRUE" : "FALSE");
      }
      default -> {
        return hasInline && !hasValue ? inlineText.toString() : value.toString();
      }
    }
  }

  private void endRow() {
    if (!cells.isEmpty()) {
      out.row(new Row(rowIndex, Visibility.firstHidden(sheetVisibility, rowVisibility), cells));
      cells.clear();
    }
  }
}
