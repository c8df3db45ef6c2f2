package io.foilint.extract.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.ExtractionException;
import io.foilint.extract.ExtractionException.Reason;
import io.foilint.model.Cell;
import io.foilint.model.Fact;
import io.foilint.model.FactKind;
import io.foilint.model.TextKind;
import io.foilint.model.Visibility;
import io.foilint.testing.RecordingHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.DefaultIndexedColorMap;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxExtractorTest {

  @TempDir Path dir;

  private Path write(Consumer<XSSFWorkbook> build) throws IOException {
    Path file = Files.createTempFile(dir, "wb", ".xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream os = Files.newOutputStream(file)) {
      build.accept(wb);
      wb.write(os);
    }
    return file;
  }

  private static RecordingHandler scan(Path file) throws Exception {
    RecordingHandler h = new RecordingHandler();
    new XlsxExtractor().extract(file, ExtractionContext.standalone(), h);
    return h;
  }

  private static void put(XSSFSheet sheet, int row, int col, String value) {
    XSSFRow r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
    r.createCell(col).setCellValue(value);
  }

  private static Visibility vis(RecordingHandler h, String sheet, String ref) {
    return h.table(sheet).cell(ref).orElseThrow(() -> new AssertionError("no cell " + ref)).visibility();
  }

  @Test
  void readsValuesSharedStringsNumbersBooleansAndFormulas() throws Exception {
    Path file =
        write(
            wb -> {
              XSSFSheet s = wb.createSheet("Data");
              put(s, 0, 0, "Name");
              s.getRow(0).createCell(1).setCellValue(42.5);
              s.getRow(0).createCell(2).setCellValue(true);
              XSSFCell f = s.getRow(0).createCell(3);
              f.setCellFormula("B1*2");
              wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
              put(s, 6, 2, "Smith");
            });
    RecordingHandler h = scan(file);
    assertThat(h.tableNames()).containsExactly("Data");
    assertThat(h.table("Data").start().visibility()).isEqualTo(Visibility.VISIBLE);
    assertThat(h.table("Data").cells())
        .extracting(Cell::ref, Cell::value, Cell::column, Cell::formula)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("A1", "Name", 0, false),
            org.assertj.core.groups.Tuple.tuple("B1", "42.5", 1, false),
            org.assertj.core.groups.Tuple.tuple("C1", "TRUE", 2, false),
            org.assertj.core.groups.Tuple.tuple("D1", "85.0", 3, true),
            org.assertj.core.groups.Tuple.tuple("C7", "Smith", 2, false));
    assertThat(h.table("Data").rows().get(1).index()).isEqualTo(6);
    assertThat(h.table("Data").cells()).allMatch(c -> c.visibility() == Visibility.VISIBLE);
  }

  @Test
  void hiddenAndVeryHiddenSheetsTagTablesAndCells() throws Exception {
    Path file =
        write(
            wb -> {
              put(wb.createSheet("Summary"), 0, 0, "total");
              put(wb.createSheet("Staff"), 0, 0, "Jane Smith");
              put(wb.createSheet("Secret"), 0, 0, "John Doe");
              wb.setSheetVisibility(1, SheetVisibility.HIDDEN);
              wb.setSheetVisibility(2, SheetVisibility.VERY_HIDDEN);
            });
    RecordingHandler h = scan(file);
    assertThat(h.table("Summary").start().visibility()).isEqualTo(Visibility.VISIBLE);
    assertThat(h.table("Staff").start().visibility()).isEqualTo(Visibility.HIDDEN_SHEET);
    assertThat(h.table("Secret").start().visibility()).isEqualTo(Visibility.VERY_HIDDEN_SHEET);
    assertThat(vis(h, "Staff", "A1")).isEqualTo(Visibility.HIDDEN_SHEET);
    assertThat(vis(h, "Secret", "A1")).isEqualTo(Visibility.VERY_HIDDEN_SHEET);
    assertThat(h.table("Staff").rows().get(0).visibility()).isEqualTo(Visibility.HIDDEN_SHEET);
  }

  @Test
  void hiddenAndZeroHeightRows() throws Exception {
    Path file =
        write(
            wb -> {
              XSSFSheet s = wb.createSheet("S");
              for (int r = 0; r < 4; r++) {
                put(s, r, 0, "v" + r);
              }
              s.getRow(1).setZeroHeight(true); // hidden="1"
              s.getRow(2).getCTRow().setHt(0);
              s.getRow(2).getCTRow().setCustomHeight(true);
            });
    RecordingHandler h = scan(file);
    assertThat(vis(h, "S", "A1")).isEqualTo(Visibility.VISIBLE);
    assertThat(vis(h, "S", "A2")).isEqualTo(Visibility.HIDDEN_ROW);
    assertThat(vis(h, "S", "A3")).isEqualTo(Visibility.ZERO_HEIGHT_ROW);
    assertThat(vis(h, "S", "A4")).isEqualTo(Visibility.VISIBLE);
    assertThat(h.table("S").rows().get(1).visibility()).isEqualTo(Visibility.HIDDEN_ROW);
  }

  @Test
  void zeroHeightDefaultHidesOnlyUnlistedRowsSoListedRowsStayVisible() throws Exception {
    Path file =
        write(
            wb -> {
              XSSFSheet s = wb.createSheet("S");
              put(s, 0, 0, "shown");
              put(s, 4, 0, "also shown");
              s.getCTWorksheet().addNewSheetFormatPr().setZeroHeight(true);
              s.getCTWorksheet().getSheetFormatPr().setDefaultRowHeight(15);
            });
    RecordingHandler h = scan(file);
    assertThat(vis(h, "S", "A1")).isEqualTo(Visibility.VISIBLE);
    assertThat(vis(h, "S", "A5")).isEqualTo(Visibility.VISIBLE);
  }

  @Test
  void collapsedRowOutlineGroup() throws Exception {
    Path file =
        write(
            wb -> {
              XSSFSheet s = wb.createSheet("S");
              for (int r = 0; r < 8; r++) {
                put(s, r, 0, "v" + r);
              }
              s.groupRow(1, 3);
              s.setRowGroupCollapsed(1, true);
            });
    RecordingHandler h = scan(file);
    assertThat(vis(h, "S", "A2")).isEqualTo(Visibility.COLLAPSED_OUTLINE);
    assertThat(vis(h, "S", "A4")).isEqualTo(Visibility.COLLAPSED_OUTLINE);
    assertThat(vis(h, "S", "A5")).isEqualTo(Visibility.VISIBLE);
    assertThat(vis(h, "S", "A1")).isEqualTo(Visibility.VISIBLE);
  }

  @Test
  void rowsHiddenInsideAnAutofilterAreFilteredOut() throws Exception {
    Path file =
        write(
            wb -> {
              XSSFSheet s = wb.createSheet("S");
              for (int r = 0; r < 10; r++) {
                put(s, r, 0, "v" + r);
              }
              s.setAutoFilter(CellRangeAddress.valueOf("A1:A8"));
              s.getRow(2).setZeroHeight(true);
              s.getRow(3).setZeroHeight(true);
              s.getRow(9).setZeroHeight(true); // outside the filter range
            });
    RecordingHandler h = scan(file);
    assertThat(vis(h, "S", "A3")).isEqualTo(Visibility.FILTERED_OUT);
    assertThat(vis(h, "S", "A4")).isEqualTo(Visibility.FILTERED_OUT);
    assertThat(vis(h, "S", "A10")).isEqualTo(Visibility.HIDDEN_ROW);
    assertThat(vis(h, "S", "A2")).isEqualTo(Visibility.VISIBLE);
    Fact af = h.facts(FactKind.AUTOFILTER).get(0);
    assertThat(af.value()).isEqualTo("A1:A8");
    assertThat(af.location().place()).isEqualTo("S");
    assertThat(af.intAttr("hiddenRows")).isEqualTo(2);
  }

  @Test
  void hiddenZeroWidthAndCollapsedColumns() throws Exception {
    Path file =
        write(
            wb -> {
              XSSFSheet s = wb.createSheet("S");
              for (int c = 0; c < 10; c++) {
                put(s, 0, c, "c" + c);
              }
              s.setColumnHidden(2, true);
              s.setColumnWidth(3, 0);
              s.groupColumn(5, 6);
              s.setColumnGroupCollapsed(5, true);
            });
    RecordingHandler h = scan(file);
    assertThat(vis(h, "S", "B1")).isEqualTo(Visibility.VISIBLE);
    assertThat(vis(h, "S", "C1")).isEqualTo(Visibility.HIDDEN_COLUMN);
    assertThat(vis(h, "S", "D1")).isIn(Visibility.ZERO_WIDTH_COLUMN, Visibility.HIDDEN_COLUMN);
    assertThat(vis(h, "S", "F1")).isEqualTo(Visibility.COLLAPSED_OUTLINE);
    assertThat(vis(h, "S", "G1")).isEqualTo(Visibility.COLLAPSED_OUTLINE);
    assertThat(vis(h, "S", "H1")).isEqualTo(Visibility.VISIBLE);
  }

  @Test
  void zeroWidthColumnWithoutHiddenFlag() throws Exception {
    Path file =
        write(
            wb -> {
              XSSFSheet s = wb.createSheet("S");
              put(s, 0, 0, "a");
              put(s, 0, 1, "b");
              var col = s.getCTWorksheet().getColsArray(0).addNewCol();
              col.setMin(2);
              col.setMax(2);
              col.setWidth(0);
              col.setCustomWidth(true);
            });
    RecordingHandler h = scan(file);
    assertThat(vis(h, "S", "A1")).isEqualTo(Visibility.VISIBLE);
    assertThat(vis(h, "S", "B1")).isEqualTo(Visibility.ZERO_WIDTH_COLUMN);
  }

  @Test
  void textColouredLikeItsBackgroundIsInvisible() throws Exception {
    Path file =
        write(
            wb -> {
              XSSFSheet s = wb.createSheet("S");
              XSSFFont white = wb.createFont();
              white.setColor(IndexedColors.WHITE.getIndex());
              XSSFCellStyle whiteOnNothing = wb.createCellStyle();
              whiteOnNothing.setFont(white);

              XSSFFont accent = wb.createFont();
              accent.setThemeColor((short) 4); // setColor(XSSFColor) drops theme colours
              XSSFCellStyle accentOnAccent = wb.createCellStyle();
              accentOnAccent.setFont(accent);
              accentOnAccent.setFillForegroundColor(themeColor(4, 0.0));
              accentOnAccent.setFillPattern(FillPatternType.SOLID_FOREGROUND);

              XSSFCellStyle accentOnLightAccent = wb.createCellStyle();
              accentOnLightAccent.setFont(accent);
              accentOnLightAccent.setFillForegroundColor(themeColor(4, 0.8));
              accentOnLightAccent.setFillPattern(FillPatternType.SOLID_FOREGROUND);

              XSSFFont black = wb.createFont();
              black.setColor(IndexedColors.BLACK.getIndex());
              XSSFCellStyle blackOnWhite = wb.createCellStyle();
              blackOnWhite.setFont(black);
              blackOnWhite.setFillForegroundColor(IndexedColors.WHITE.getIndex());
              blackOnWhite.setFillPattern(FillPatternType.SOLID_FOREGROUND);

              XSSFCellStyle rgbWhiteOnWhite = wb.createCellStyle();
              XSSFFont nearWhite = wb.createFont();
              nearWhite.setColor(new XSSFColor(new byte[] {(byte) 0xF8, (byte) 0xF8, (byte) 0xF8}, null));
              rgbWhiteOnWhite.setFont(nearWhite);
              rgbWhiteOnWhite.setFillForegroundColor(new XSSFColor(new byte[] {(byte) 255, (byte) 255, (byte) 255}, null));
              rgbWhiteOnWhite.setFillPattern(FillPatternType.SOLID_FOREGROUND);

              XSSFCellStyle[] styles = {whiteOnNothing, accentOnAccent, accentOnLightAccent, blackOnWhite, rgbWhiteOnWhite};
              for (int i = 0; i < styles.length; i++) {
                put(s, i, 0, "text" + i);
                s.getRow(i).getCell(0).setCellStyle(styles[i]);
              }
              put(s, 5, 0, "plain");
            });
    RecordingHandler h = scan(file);
    assertThat(vis(h, "S", "A1")).isEqualTo(Visibility.INVISIBLE_TEXT);
    assertThat(vis(h, "S", "A2")).isEqualTo(Visibility.INVISIBLE_TEXT);
    assertThat(vis(h, "S", "A3")).isEqualTo(Visibility.VISIBLE);
    assertThat(vis(h, "S", "A4")).isEqualTo(Visibility.VISIBLE);
    assertThat(vis(h, "S", "A5")).isEqualTo(Visibility.INVISIBLE_TEXT);
    assertThat(vis(h, "S", "A6")).isEqualTo(Visibility.VISIBLE);
  }

  private static XSSFColor themeColor(int theme, double tint) {
    XSSFColor c = new XSSFColor(new DefaultIndexedColorMap());
    c.setTheme(theme);
    c.setTint(tint);
    return c;
  }

  @Test
  void numberFormatsThatDisplayNothing() throws Exception {
    Path file =
        write(
            wb -> {
              XSSFSheet s = wb.createSheet("S");
              String[] formats = {";;;", "\"\";\"\";\"\"", ";;", "0.00", "[Red];[Blue];;"};
              for (int i = 0; i < formats.length; i++) {
                XSSFCellStyle st = wb.createCellStyle();
                st.setDataFormat(wb.createDataFormat().getFormat(formats[i]));
                XSSFRow r = s.createRow(i);
                r.createCell(0).setCellValue(1234);
                r.createCell(1).setCellValue("secret");
                r.getCell(0).setCellStyle(st);
                r.getCell(1).setCellStyle(st);
              }
            });
    RecordingHandler h = scan(file);
    assertThat(vis(h, "S", "A1")).isEqualTo(Visibility.BLANK_NUMBER_FORMAT);
    assertThat(vis(h, "S", "B1")).isEqualTo(Visibility.BLANK_NUMBER_FORMAT);
    assertThat(vis(h, "S", "A2")).isEqualTo(Visibility.BLANK_NUMBER_FORMAT);
    assertThat(vis(h, "S", "A3")).isEqualTo(Visibility.BLANK_NUMBER_FORMAT);
    assertThat(vis(h, "S", "B3")).as(";; has no text section, so text shows").isEqualTo(Visibility.VISIBLE);
    assertThat(vis(h, "S", "A4")).isEqualTo(Visibility.VISIBLE);
    assertThat(vis(h, "S", "A5")).isEqualTo(Visibility.BLANK_NUMBER_FORMAT);
    assertThat(vis(h, "S", "B5")).isEqualTo(Visibility.BLANK_NUMBER_FORMAT);
  }

  @Test
  void cellsFarBelowOrRightOfTheBlockAreFarOff() throws Exception {
    Path file =
        write(
            wb -> {
              XSSFSheet s = wb.createSheet("S");
              for (int r = 0; r < 10; r++) {
                for (int c = 0; c < 3; c++) {
                  put(s, r, c, "v");
                }
              }
              put(s, 5, 60, "far right");
              put(s, 15, 1, "near");
              put(s, 500, 0, "far below");
              put(s, 501, 0, "also far below");
            });
    RecordingHandler h = scan(file);
    assertThat(vis(h, "S", "B16")).isEqualTo(Visibility.VISIBLE);
    assertThat(vis(h, "S", "C10")).isEqualTo(Visibility.VISIBLE);
    assertThat(vis(h, "S", "BI6")).isEqualTo(Visibility.FAR_OFF_CELL);
    assertThat(vis(h, "S", "A501")).isEqualTo(Visibility.FAR_OFF_CELL);
    assertThat(vis(h, "S", "A502")).isEqualTo(Visibility.FAR_OFF_CELL);
  }

  @Test
  void farOffIsMeasuredFromTheDataInUseNotFromThePrintArea() throws Exception {
    Path file =
        write(
            wb -> {
              XSSFSheet s = wb.createSheet("S");
              for (int r = 0; r < 6; r++) {
                for (int c = 0; c < 4; c++) {
                  put(s, r, c, "v");
                }
              }
              put(s, 400, 0, "far");
              wb.setPrintArea(0, "$A$1:$B$5");
            });
    RecordingHandler h = scan(file);
    assertThat(vis(h, "S", "B5")).isEqualTo(Visibility.VISIBLE);
    // beside the print area, but by the data in use
    assertThat(vis(h, "S", "C1")).isEqualTo(Visibility.VISIBLE);
    assertThat(vis(h, "S", "A6")).isEqualTo(Visibility.VISIBLE);
    // 394 empty rows below the data
    assertThat(vis(h, "S", "A401")).isEqualTo(Visibility.FAR_OFF_CELL);
    Fact printArea =
        h.facts(FactKind.DEFINED_NAME).stream()
            .filter(f -> f.name().equals("_xlnm.Print_Area"))
            .findFirst()
            .orElseThrow();
    assertThat(printArea.flag("builtin")).isTrue();
    assertThat(printArea.location().place()).isEqualTo("S");
  }

  @Test
  void definedNamesCarryHiddenTargetAndExternalFlags() throws Exception {
    Path file =
        write(
            wb -> {
              put(wb.createSheet("Visible"), 0, 0, "x");
              put(wb.createSheet("Secret data"), 0, 0, "y");
              wb.setSheetHidden(1, true);
              XSSFName plain = wb.createName();
              plain.setNameName("Plain");
              plain.setRefersToFormula("Visible!$A$1");
              XSSFName toHidden = wb.createName();
              toHidden.setNameName("Staff");
              toHidden.setRefersToFormula("'Secret data'!$A$1:$A$5");
              XSSFName hush = wb.createName();
              hush.setNameName("Hush");
              hush.setRefersToFormula("Visible!$A$1");
            });
    // POI's name API can write neither a hidden nor an external name: edit the XML instead
    rewriteEntry(
        file,
        "xl/workbook.xml",
        xml ->
            xml.replace("<definedName name=\"Hush\"", "<definedName hidden=\"1\" name=\"Hush\"")
                .replace(
                    "</definedNames>",
                    "<definedName name=\"Elsewhere\">[1]Sheet1!$A$1</definedName></definedNames>"));
    {
    }
    RecordingHandler h = scan(file);
    assertThat(h.facts(FactKind.DEFINED_NAME)).hasSize(4);
    Fact plain = named(h, "Plain");
    assertThat(plain.flag("hidden")).isFalse();
    assertThat(plain.flag("refersToHiddenSheet")).isFalse();
    assertThat(plain.flag("external")).isFalse();
    assertThat(plain.value()).isEqualTo("Visible!$A$1");
    assertThat(named(h, "Staff").flag("refersToHiddenSheet")).isTrue();
    assertThat(named(h, "Hush").flag("hidden")).isTrue();
    assertThat(named(h, "Elsewhere").flag("external")).isTrue();
  }

  /** Rewrites one entry of a zip in place (for XML that POI cannot produce). */
  static void rewriteEntry(Path zip, String entry, java.util.function.UnaryOperator<String> edit)
      throws IOException {
    Path copy = zip.resolveSibling(zip.getFileName() + ".tmp");
    try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(zip));
        var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(copy))) {
      java.util.zip.ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        byte[] data = in.readAllBytes();
        if (e.getName().equals(entry)) {
          data = edit.apply(new String(data, java.nio.charset.StandardCharsets.UTF_8))
              .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
        out.write(data);
        out.closeEntry();
      }
    }
    Files.move(copy, zip, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  private static Fact named(RecordingHandler h, String name) {
    return h.facts(FactKind.DEFINED_NAME).stream()
        .filter(f -> f.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no name " + name));
  }

  @Test
  void headersFootersAndDropDownLists() throws Exception {
    Path file =
        write(
            wb -> {
              XSSFSheet s = wb.createSheet("S");
              put(s, 0, 0, "x");
              s.getHeader().setLeft("Prepared by Jane Smith");
              s.getFooter().setCenter("&Z&F");
              XSSFDataValidationHelper dv = new XSSFDataValidationHelper(s);
              s.addValidationData(
                  dv.createValidation(
                      dv.createExplicitListConstraint(new String[] {"Ann Lee", "Bob Ray"}),
                      new CellRangeAddressList(0, 9, 1, 1)));
            });
    RecordingHandler h = scan(file);
    assertThat(h.texts)
        .anySatisfy(
            t -> {
              assertThat(t.kind()).isEqualTo(TextKind.HEADER_FOOTER);
              assertThat(t.location().ref()).isEqualTo("header");
              assertThat(t.text()).contains("Prepared by Jane Smith").doesNotContain("&L");
              assertThat(t.visibility()).isEqualTo(Visibility.HEADER_FOOTER);
            });
    assertThat(h.texts)
        .anySatisfy(
            t -> {
              assertThat(t.location().ref()).isEqualTo("footer");
              assertThat(t.text()).contains("[file path]");
            });
    Fact list = h.facts(FactKind.DATA_VALIDATION_LIST).get(0);
    assertThat(list.name()).isEqualTo("B1:B10");
    assertThat(list.value()).contains("Ann Lee");
    assertThat(list.location().place()).isEqualTo("S");
  }

  @Test
  void notAZipIsCorruptAndACutShortZipIsTruncated() throws Exception {
    Path junk = dir.resolve("junk.xlsx");
    Files.writeString(junk, "this is not a workbook at all");
    assertThatThrownBy(() -> scan(junk))
        .isInstanceOf(ExtractionException.class)
        .extracting(e -> ((ExtractionException) e).reason())
        .isEqualTo(Reason.CORRUPT);

    Path good = write(wb -> put(wb.createSheet("S"), 0, 0, "x"));
    byte[] bytes = Files.readAllBytes(good);
    Path cut = dir.resolve("cut.xlsx");
    Files.write(cut, Arrays.copyOf(bytes, bytes.length / 2));
    assertThatThrownBy(() -> scan(cut))
        .isInstanceOf(ExtractionException.class)
        .extracting(e -> ((ExtractionException) e).reason())
        .isEqualTo(Reason.TRUNCATED);
  }

  @Test
  void aZipWithoutWorkbookIsCorrupt() throws Exception {
    Path zip = dir.resolve("nowb.xlsx");
    try (var zos = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
      zos.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
      zos.write(
          ("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                  + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                  + "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>")
              .getBytes(java.nio.charset.StandardCharsets.UTF_8));
      zos.closeEntry();
      zos.putNextEntry(new java.util.zip.ZipEntry("other.xml"));
      zos.write("<a/>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
      zos.closeEntry();
    }
    assertThatThrownBy(() -> scan(zip))
        .isInstanceOf(ExtractionException.class)
        .hasMessageContaining("no workbook")
        .extracting(e -> ((ExtractionException) e).reason())
        .isEqualTo(Reason.CORRUPT);
  }

  @Test
  void aSheetPartThatExpandsTooFarIsOverTheLimit() throws Exception {
    Path small = write(wb -> put(wb.createSheet("S"), 0, 0, "x"));
    // past the ratio floor (entries below it are never refused for their ratio, Limits) and at
    // far more than this context's 5:1: valid XML padded with spaces
    byte[] padded = io.foilint.fixtures.FixtureAccess.replaceInPart(Files.readAllBytes(small),
        "xl/worksheets/sheet1.xml", "<sheetData>",
        "<sheetData>" + " ".repeat((int) io.foilint.extract.Limits.RATIO_FLOOR_BYTES + 1_000_000));
    Path file = Files.write(small.resolveSibling("padded.xlsx"), padded);
    ExtractionContext strict =
        new ExtractionContext() {
          @Override
          public io.foilint.extract.Limits limits() {
            return new io.foilint.extract.Limits(1 << 20, 100, 1 << 30, 5.0, 3, java.time.Duration.ofMinutes(1));
          }

          @Override
          public void embedded(String name, java.io.InputStream content) {}

          @Override
          public void checkDeadline() {}
        };
    try {
      assertThatThrownBy(() -> new XlsxExtractor().extract(file, strict, new RecordingHandler()))
          .isInstanceOf(ExtractionException.class)
          .extracting(e -> ((ExtractionException) e).reason())
          .isEqualTo(Reason.LIMIT_EXCEEDED);
    } finally {
      // the zip guards are process-wide: put the defaults back for the other tests
      scan(write(wb -> put(wb.createSheet("S"), 0, 0, "x")));
    }
  }

  @Test
  void deadlineIsCheckedWhileRowsStream() throws Exception {
    Path file =
        write(
            wb -> {
              XSSFSheet s = wb.createSheet("S");
              for (int r = 0; r < 5000; r++) {
                put(s, r, 0, "v");
              }
            });
    int[] checks = {0};
    ExtractionContext counting =
        new ExtractionContext() {
          @Override
          public io.foilint.extract.Limits limits() {
            return io.foilint.extract.Limits.DEFAULT;
          }

          @Override
          public void embedded(String name, java.io.InputStream content) {}

          @Override
          public void checkDeadline() throws ExtractionException {
            if (++checks[0] > 2) {
              throw new ExtractionException(Reason.TIMEOUT, "time is up");
            }
          }
        };
    assertThatThrownBy(() -> new XlsxExtractor().extract(file, counting, new RecordingHandler()))
        .isInstanceOf(ExtractionException.class)
        .extracting(e -> ((ExtractionException) e).reason())
        .isEqualTo(Reason.TIMEOUT);
  }
}
