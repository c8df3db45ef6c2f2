package io.foilint.extract.xls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.ExtractionException;
import io.foilint.extract.ExtractionException.Reason;
import io.foilint.extract.Limits;
import io.foilint.extract.PropertyValuesTest;
import io.foilint.model.Cell;
import io.foilint.model.Fact;
import io.foilint.model.FactKind;
import io.foilint.model.TableOrigin;
import io.foilint.model.TextBlock;
import io.foilint.model.TextKind;
import io.foilint.model.Visibility;
import io.foilint.testing.RecordingHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.poi.hpsf.CustomProperties;
import org.apache.poi.hpsf.CustomProperty;
import org.apache.poi.hpsf.Property;
import org.apache.poi.hpsf.Variant;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.DVConstraint;
import org.apache.poi.hssf.usermodel.HSSFClientAnchor;
import org.apache.poi.hssf.usermodel.HSSFComment;
import org.apache.poi.hssf.usermodel.HSSFDataValidation;
import org.apache.poi.hssf.usermodel.HSSFPatriarch;
import org.apache.poi.hssf.usermodel.HSSFRichTextString;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fixtures written with HSSF (the usermodel only writes them), read back by the streaming extractor. */
class XlsExtractorTest {

  @TempDir Path dir;

  private Path write(Consumer<HSSFWorkbook> build) throws IOException {
    Path file = Files.createTempFile(dir, "fixture", ".xls");
    try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      build.accept(wb);
      wb.write(out);
    }
    return file;
  }

  private static RecordingHandler read(Path file) throws Exception {
    RecordingHandler h = new RecordingHandler();
    new XlsExtractor().extract(file, ExtractionContext.standalone(), h);
    return h;
  }

  private static Cell cell(RecordingHandler h, String sheet, String ref) {
    return h.table(sheet).cell(ref).orElseThrow(() -> new AssertionError("no cell " + sheet + "!" + ref));
  }

  private static void put(Sheet s, int row, int col, String value) {
    Row r = s.getRow(row) == null ? s.createRow(row) : s.getRow(row);
    r.createCell(col).setCellValue(value);
  }

  @Test
  void hiddenAndVeryHiddenSheetsAreMarkedAndVisibleOnesAreNot() throws Exception {
    Path f = write(wb -> {
      put(wb.createSheet("Summary"), 0, 0, "Total");
      put(wb.createSheet("Staff"), 0, 0, "Smith");
      put(wb.createSheet("Raw"), 1, 1, "Jones");
      wb.setSheetHidden(1, true);
      wb.setSheetVisibility(2, org.apache.poi.ss.usermodel.SheetVisibility.VERY_HIDDEN);
    });
    RecordingHandler h = read(f);
    assertThat(h.tableNames()).containsExactly("Summary", "Staff", "Raw");
    assertThat(h.table("Summary").start().visibility()).isEqualTo(Visibility.VISIBLE);
    assertThat(cell(h, "Summary", "A1").visibility()).isEqualTo(Visibility.VISIBLE);
    assertThat(h.table("Staff").start().visibility()).isEqualTo(Visibility.HIDDEN_SHEET);
    assertThat(cell(h, "Staff", "A1").visibility()).isEqualTo(Visibility.HIDDEN_SHEET);
    assertThat(h.table("Raw").start().visibility()).isEqualTo(Visibility.VERY_HIDDEN_SHEET);
    assertThat(cell(h, "Raw", "B2").value()).isEqualTo("Jones");
    assertThat(cell(h, "Raw", "B2").visibility()).isEqualTo(Visibility.VERY_HIDDEN_SHEET);
  }

  @Test
  void hiddenZeroHeightAndCollapsedRows() throws Exception {
    Path f = write(wb -> {
      HSSFSheet s = wb.createSheet("S");
      for (int r = 0; r < 8; r++) {
        put(s, r, 0, "r" + r);
      }
      s.getRow(1).setZeroHeight(true);
      s.getRow(2).setHeight((short) 0);
      s.groupRow(4, 5);
      s.setRowGroupCollapsed(4, true);
    });
    RecordingHandler h = read(f);
    assertThat(cell(h, "S", "A1").visibility()).isEqualTo(Visibility.VISIBLE);
    assertThat(cell(h, "S", "A2").visibility()).isEqualTo(Visibility.HIDDEN_ROW);
    assertThat(h.table("S").rows().get(1).visibility()).isEqualTo(Visibility.HIDDEN_ROW);
    assertThat(cell(h, "S", "A3").visibility()).isIn(Visibility.ZERO_HEIGHT_ROW, Visibility.HIDDEN_ROW);
    assertThat(cell(h, "S", "A4").visibility()).isEqualTo(Visibility.VISIBLE);
    assertThat(cell(h, "S", "A5").visibility()).isEqualTo(Visibility.COLLAPSED_OUTLINE);
    assertThat(cell(h, "S", "A6").visibility()).isEqualTo(Visibility.COLLAPSED_OUTLINE);
    assertThat(cell(h, "S", "A8").visibility()).isEqualTo(Visibility.VISIBLE);
  }

  @Test
  void rowsHiddenUnderAnAutofilterAreFilteredOut() throws Exception {
    Path f = write(wb -> {
      HSSFSheet s = wb.createSheet("F");
      for (int r = 0; r < 5; r++) {
        put(s, r, 0, "v" + r);
      }
      s.setAutoFilter(new CellRangeAddress(0, 4, 0, 0));
      s.getRow(2).setZeroHeight(true);
    });
    RecordingHandler h = read(f);
    assertThat(cell(h, "F", "A3").visibility()).isEqualTo(Visibility.FILTERED_OUT);
    assertThat(cell(h, "F", "A2").visibility()).isEqualTo(Visibility.VISIBLE);
    assertThat(h.facts(FactKind.AUTOFILTER)).singleElement()
        .satisfies(a -> assertThat(a.value()).isEqualTo("A1:A5"))
        .satisfies(a -> assertThat(a.intAttr("hiddenRows")).isEqualTo(1));
  }

  @Test
  void hiddenAndZeroWidthColumns() throws Exception {
    Path f = write(wb -> {
      HSSFSheet s = wb.createSheet("C");
      put(s, 0, 0, "a");
      put(s, 0, 1, "b");
      put(s, 0, 2, "c");
      s.setColumnHidden(1, true);
      s.setColumnWidth(2, 0);
    });
    RecordingHandler h = read(f);
    assertThat(cell(h, "C", "A1").visibility()).isEqualTo(Visibility.VISIBLE);
    assertThat(cell(h, "C", "B1").visibility()).isEqualTo(Visibility.HIDDEN_COLUMN);
    assertThat(cell(h, "C", "C1").visibility()).isIn(Visibility.ZERO_WIDTH_COLUMN, Visibility.HIDDEN_COLUMN);
  }

  @Test
  void whiteTextOnNoFillIsInvisibleButWhiteOnBlackIsNot() throws Exception {
    Path f = write(wb -> {
      HSSFSheet s = wb.createSheet("W");
      Font white = wb.createFont();
      white.setColor(IndexedColors.WHITE.getIndex());
      CellStyle whiteText = wb.createCellStyle();
      whiteText.setFont(white);
      CellStyle whiteOnBlack = wb.createCellStyle();
      whiteOnBlack.setFont(white);
      whiteOnBlack.setFillForegroundColor(IndexedColors.BLACK.getIndex());
      whiteOnBlack.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      CellStyle yellowFill = wb.createCellStyle();
      Font yellow = wb.createFont();
      yellow.setColor(IndexedColors.YELLOW.getIndex());
      yellowFill.setFont(yellow);
      yellowFill.setFillForegroundColor(IndexedColors.YELLOW.getIndex());
      yellowFill.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      Row r = s.createRow(0);
      r.createCell(0).setCellValue("hidden name");
      r.getCell(0).setCellStyle(whiteText);
      r.createCell(1).setCellValue("shown");
      r.getCell(1).setCellStyle(whiteOnBlack);
      r.createCell(2).setCellValue(42);
      r.getCell(2).setCellStyle(yellowFill);
      r.createCell(3).setCellValue("plain");
    });
    RecordingHandler h = read(f);
    assertThat(cell(h, "W", "A1").visibility()).isEqualTo(Visibility.INVISIBLE_TEXT);
    assertThat(cell(h, "W", "B1").visibility()).isEqualTo(Visibility.VISIBLE);
    assertThat(cell(h, "W", "C1").visibility()).isEqualTo(Visibility.INVISIBLE_TEXT);
    assertThat(cell(h, "W", "D1").visibility()).isEqualTo(Visibility.VISIBLE);
  }

  @Test
  void formatsThatDisplayNothing() throws Exception {
    Path f = write(wb -> {
      HSSFSheet s = wb.createSheet("N");
      CellStyle blank = wb.createCellStyle();
      blank.setDataFormat(wb.createDataFormat().getFormat(";;;"));
      CellStyle positiveOnly = wb.createCellStyle();
      positiveOnly.setDataFormat(wb.createDataFormat().getFormat("0;;;"));
      Row r = s.createRow(0);
      r.createCell(0).setCellValue(123456);
      r.getCell(0).setCellStyle(blank);
      r.createCell(1).setCellValue("text");
      r.getCell(1).setCellStyle(blank);
      r.createCell(2).setCellValue(5);
      r.getCell(2).setCellStyle(positiveOnly);
      r.createCell(3).setCellValue(-5);
      r.getCell(3).setCellStyle(positiveOnly);
    });
    RecordingHandler h = read(f);
    assertThat(cell(h, "N", "A1").visibility()).isEqualTo(Visibility.BLANK_NUMBER_FORMAT);
    assertThat(cell(h, "N", "A1").value()).isEqualTo("123456");
    assertThat(cell(h, "N", "B1").visibility()).isEqualTo(Visibility.BLANK_NUMBER_FORMAT);
    assertThat(cell(h, "N", "C1").visibility()).isEqualTo(Visibility.VISIBLE);
    // One rule for every format (extract.sheet.BlankNumberFormat): a format that blanks only
    // some numbers (here the negative ones) is a display convention, not a hiding place.
    assertThat(cell(h, "N", "D1").visibility()).isEqualTo(Visibility.VISIBLE);
  }

  @Test
  void farOffCellsBelowAndRightOfTheMainBlock() throws Exception {
    Path f = write(wb -> {
      HSSFSheet s = wb.createSheet("Far");
      for (int r = 0; r < 10; r++) {
        put(s, r, 0, "main" + r);
        put(s, r, 3, "x");
      }
      put(s, 5, 120, "stashed right");
      put(s, 600, 0, "stashed below");
    });
    RecordingHandler h = read(f);
    assertThat(cell(h, "Far", "A10").visibility()).isEqualTo(Visibility.VISIBLE);
    assertThat(cell(h, "Far", "D6").visibility()).isEqualTo(Visibility.VISIBLE);
    assertThat(cell(h, "Far", "DQ6").visibility()).isEqualTo(Visibility.FAR_OFF_CELL);
    assertThat(cell(h, "Far", "A601").visibility()).isEqualTo(Visibility.FAR_OFF_CELL);
  }

  @Test
  void commentsWithAuthorsAfterTheTable() throws Exception {
    Path f = write(wb -> {
      HSSFSheet s = wb.createSheet("Notes");
      put(s, 2, 1, "value");
      HSSFPatriarch p = s.createDrawingPatriarch();
      HSSFComment c = p.createCellComment(new HSSFClientAnchor(0, 0, 0, 0, (short) 2, 2, (short) 4, 5));
      c.setString(new HSSFRichTextString("Ask Mrs Patel before release"));
      c.setAuthor("Jane Doe");
      s.getRow(2).getCell(1).setCellComment(c);
    });
    RecordingHandler h = read(f);
    List<TextBlock> comments = h.texts.stream().filter(t -> t.kind() == TextKind.COMMENT).toList();
    assertThat(comments).singleElement().satisfies(t -> {
      assertThat(t.text()).isEqualTo("Ask Mrs Patel before release");
      assertThat(t.author()).isEqualTo("Jane Doe");
      assertThat(t.location().place()).isEqualTo("Notes");
      assertThat(t.location().ref()).isEqualTo("B3");
      assertThat(t.visibility()).isEqualTo(Visibility.COMMENT);
    });
    assertThat(h.facts(FactKind.COMMENT_AUTHOR)).extracting(Fact::value).containsExactly("Jane Doe");
    assertThat(h.texts).noneMatch(t -> t.kind() == TextKind.SHAPE_TEXT);
  }

  @Test
  void definedNamesWithTargetsAndScope() throws Exception {
    Path f = write(wb -> {
      put(wb.createSheet("Visible"), 0, 0, "a");
      put(wb.createSheet("Secret"), 0, 0, "b");
      wb.setSheetHidden(1, true);
      Name n = wb.createName();
      n.setNameName("StaffList");
      n.setRefersToFormula("Secret!$A$1:$B$20");
      Name local = wb.createName();
      local.setNameName("Local");
      local.setSheetIndex(0);
      local.setRefersToFormula("Visible!$A$1");
    });
    RecordingHandler h = read(f);
    Fact staff = h.facts(FactKind.DEFINED_NAME).stream().filter(x -> x.name().equals("StaffList")).findFirst().orElseThrow();
    assertThat(staff.value()).isEqualTo("Secret!$A$1:$B$20");
    assertThat(staff.flag("refersToHiddenSheet")).isTrue();
    assertThat(staff.flag("external")).isFalse();
    assertThat(staff.location().place()).isEmpty();
    Fact local = h.facts(FactKind.DEFINED_NAME).stream().filter(x -> x.name().equals("Local")).findFirst().orElseThrow();
    assertThat(local.location().place()).isEqualTo("Visible");
    assertThat(local.flag("refersToHiddenSheet")).isFalse();
  }

  @Test
  void headerFooterCodesAreReadAsTheTextAPrintoutShows() throws Exception {
    // xls stores the same &-codes as xlsx; before, "&RPage" reached the name rules as "R Page"
    Path f = write(wb -> {
      HSSFSheet s = wb.createSheet("P");
      put(s, 0, 0, "x");
      s.getFooter().setLeft("P3 Systems GmbH");
      s.getFooter().setRight("Page &P of &N");
    });
    RecordingHandler h = read(f);
    assertThat(h.texts).filteredOn(t -> t.kind() == TextKind.HEADER_FOOTER).singleElement()
        .satisfies(t -> assertThat(t.text()).isEqualTo("P3 Systems GmbH Page [page] of [pages]"));
  }

  @Test
  void headerFooterValidationAndProperties() throws Exception {
    Path f = write(wb -> {
      HSSFSheet s = wb.createSheet("P");
      put(s, 0, 0, "x");
      s.getHeader().setCenter("Prepared by J Smith");
      s.getFooter().setLeft("C:\\Users\\jsmith\\HR");
      CellRangeAddressList range = new CellRangeAddressList(1, 5, 2, 2);
      s.addValidationData(new HSSFDataValidation(range, DVConstraint.createExplicitListConstraint(new String[] {"Yes", "No"})));
      wb.createInformationProperties();
      wb.getSummaryInformation().setAuthor("Jane Doe");
      wb.getSummaryInformation().setLastAuthor("John Roe");
      wb.getDocumentSummaryInformation().setCompany("Example Council");
    });
    RecordingHandler h = read(f);
    assertThat(h.texts).anyMatch(t -> t.kind() == TextKind.HEADER_FOOTER && t.text().contains("J Smith")
        && t.location().ref().equals("header") && t.visibility() == Visibility.HEADER_FOOTER);
    assertThat(h.texts).anyMatch(t -> t.kind() == TextKind.HEADER_FOOTER && t.text().contains("jsmith")
        && t.location().ref().equals("footer"));
    assertThat(h.facts(FactKind.DATA_VALIDATION_LIST)).singleElement().satisfies(dv -> {
      assertThat(dv.name()).isEqualTo("C2:C6");
      assertThat(dv.value()).isEqualTo("Yes,No");
      assertThat(dv.location().place()).isEqualTo("P");
    });
    assertThat(h.facts(FactKind.DOCUMENT_PROPERTY))
        .anyMatch(p -> p.name().equals("creator") && p.value().equals("Jane Doe"))
        .anyMatch(p -> p.name().equals("lastModifiedBy") && p.value().equals("John Roe"))
        .anyMatch(p -> p.name().equals("Company") && p.value().equals("Example Council"))
        // located as an officer finds them, never by OLE stream or BIFF record names
        .allMatch(p -> !p.location().place().contains("SummaryInformation")
            && !p.location().place().equals("WRITEACCESS"))
        .anyMatch(p -> p.name().equals("creator") && p.location().place().equals("document properties"));
  }

  @Test
  void binaryCustomPropertiesAreRenderedTheSameOnEveryReadHyperlinksDecoded() throws Exception {
    byte[] links = PropertyValuesTest.hyperlinkBlob(true, "mailto:jane.doe@example.org", "");
    byte[] other = {8, 0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8};
    Path f = write(wb -> {
      wb.createSheet("S");
      wb.createInformationProperties();
      CustomProperties custom = new CustomProperties();
      custom.put("_PID_HLINKS", new CustomProperty(new Property(2, Variant.VT_BLOB, links), "_PID_HLINKS"));
      custom.put("_PID_GUID", new CustomProperty(new Property(3, Variant.VT_BLOB, other), "_PID_GUID"));
      wb.getDocumentSummaryInformation().setCustomProperties(custom);
    });
    List<Fact> first = read(f).facts(FactKind.DOCUMENT_PROPERTY);
    assertThat(first)
        .anyMatch(p -> p.name().equals("custom:_PID_HLINKS") && p.value().equals("hyperlinks: mailto:jane.doe@example.org"))
        .anyMatch(p -> p.name().equals("custom:_PID_GUID") && p.value().equals("binary value (8 bytes)"))
        .noneMatch(p -> p.value().contains("[B@"));
    assertThat(read(f).facts(FactKind.DOCUMENT_PROPERTY)).isEqualTo(first);
  }

  @Test
  void cachedFormulaResultsIncludingStrings() throws Exception {
    Path f = write(wb -> {
      HSSFSheet s = wb.createSheet("F");
      Row r = s.createRow(0);
      r.createCell(0).setCellValue(2);
      r.createCell(1).setCellFormula("A1*21");
      r.createCell(2).setCellFormula("\"Mr \"&\"Smith\"");
      r.createCell(3).setCellFormula("A1>1");
      wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
    });
    RecordingHandler h = read(f);
    assertThat(cell(h, "F", "A1").formula()).isFalse();
    assertThat(cell(h, "F", "B1")).extracting(Cell::value, Cell::formula).containsExactly("42", true);
    assertThat(cell(h, "F", "C1")).extracting(Cell::value, Cell::formula).containsExactly("Mr Smith", true);
    assertThat(cell(h, "F", "D1").value()).isEqualTo("TRUE");
  }

  @Test
  void everyRowOnceWithCellsInColumnOrderAcrossManyBlocks() throws Exception {
    Path f = write(wb -> {
      HSSFSheet s = wb.createSheet("Big");
      for (int r = 0; r < 1000; r++) {
        put(s, r, 2, "c" + r);
        put(s, r, 0, "a" + r);
        put(s, r, 1, Integer.toString(r));
      }
    });
    RecordingHandler h = read(f);
    List<io.foilint.model.Row> rows = h.table("Big").rows();
    assertThat(rows).hasSize(1000);
    Set<Integer> seen = new HashSet<>();
    for (io.foilint.model.Row row : rows) {
      assertThat(seen.add(row.index())).isTrue();
      assertThat(row.cells()).extracting(Cell::column).containsExactly(0, 1, 2);
      assertThat(row.cells().get(0).value()).isEqualTo("a" + row.index());
    }
  }

  @Test
  void defaultPasswordEncryptionOpensAndSaysSo() throws Exception {
    Path f;
    Biff8EncryptionKey.setCurrentUserPassword("VelvetSweatshop");
    try {
      f = write(wb -> put(wb.createSheet("Enc"), 0, 0, "inside"));
    } finally {
      Biff8EncryptionKey.setCurrentUserPassword(null);
    }
    RecordingHandler h = read(f);
    assertThat(h.facts(FactKind.ENCRYPTED_DEFAULT_PASSWORD)).singleElement()
        .satisfies(x -> assertThat(x.value()).startsWith("RC4"));
    assertThat(cell(h, "Enc", "A1").value()).isEqualTo("inside");
    assertThat(Biff8EncryptionKey.getCurrentUserPassword()).isNull();
  }

  @Test
  void realPasswordIsRefusedAsEncrypted() throws Exception {
    Path f;
    Biff8EncryptionKey.setCurrentUserPassword("s3cret");
    try {
      f = write(wb -> put(wb.createSheet("Enc"), 0, 0, "inside"));
    } finally {
      Biff8EncryptionKey.setCurrentUserPassword(null);
    }
    assertThatThrownBy(() -> read(f))
        .isInstanceOf(ExtractionException.class)
        .hasMessage("The file is password-protected; foilint cannot see inside it")
        .extracting(e -> ((ExtractionException) e).reason()).isEqualTo(Reason.ENCRYPTED);
    assertThat(Biff8EncryptionKey.getCurrentUserPassword()).isNull();
  }

  @Test
  void notAnOleFileAndMissingWorkbookStreamAreCorrupt() throws Exception {
    Path text = dir.resolve("text.xls");
    Files.writeString(text, "name,salary\nSmith,1\n");
    assertThatThrownBy(() -> read(text)).isInstanceOf(ExtractionException.class)
        .extracting(e -> ((ExtractionException) e).reason()).isEqualTo(Reason.CORRUPT);

    Path empty = dir.resolve("empty.xls");
    try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(empty)) {
      fs.createDocument(new ByteArrayInputStream(new byte[] {1, 2, 3}), "Other");
      fs.writeFilesystem(out);
    }
    assertThatThrownBy(() -> read(empty)).isInstanceOf(ExtractionException.class)
        .hasMessageContaining("no workbook stream")
        .extracting(e -> ((ExtractionException) e).reason()).isEqualTo(Reason.CORRUPT);
  }

  @Test
  void cutShortWorkbookStreamIsRefused() throws Exception {
    Path full = write(wb -> {
      HSSFSheet s = wb.createSheet("S");
      for (int r = 0; r < 200; r++) {
        put(s, r, 0, "row " + r);
      }
    });
    byte[] stream;
    try (POIFSFileSystem fs = new POIFSFileSystem(full.toFile(), true);
        InputStream in = fs.createDocumentInputStream("Workbook")) {
      stream = in.readAllBytes();
    }
    Path cut = dir.resolve("cut.xls");
    try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(cut)) {
      fs.createDocument(new ByteArrayInputStream(Arrays.copyOf(stream, stream.length * 2 / 3)), "Workbook");
      fs.writeFilesystem(out);
    }
    assertThatThrownBy(() -> read(cut)).isInstanceOf(ExtractionException.class)
        .extracting(e -> ((ExtractionException) e).reason()).isIn(Reason.TRUNCATED, Reason.CORRUPT);
  }

  /** A minimal pivot-cache stream: two fields (one indexed by item, one stored inline), two records. */
  static byte[] pivotCacheStream() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    record(out, 0x00C6, bytes(le32(2), le16(1), le16(1), le16(2), le16(2), le16(2), le16(0), le16(1), le16(3),
        new byte[] {0}, "Bob".getBytes()));
    record(out, 0x00C7, bytes(le16(0x0101), le16(0), le16(0), le16(2), le16(0), le16(0), le16(2), xlString("Name")));
    record(out, 0x00CD, xlString("Alice Smith"));
    record(out, 0x00CD, xlString("Carol Jones"));
    record(out, 0x00C7, bytes(le16(0x0000), le16(0), le16(0), le16(0), le16(0), le16(0), le16(0), xlString("Salary")));
    record(out, 0x00C8, new byte[] {1});
    record(out, 0x00C9, le64(31000));
    record(out, 0x00C8, new byte[] {0});
    record(out, 0x00C9, le64(27000));
    record(out, 0x000A, new byte[0]);
    return out.toByteArray();
  }

  @Test
  void pivotCacheRecordsVbaAndEmbeddedPackagesFromStorages() throws Exception {
    Path base = write(wb -> put(wb.createSheet("S"), 0, 0, "x"));
    Path f = dir.resolve("parts.xls");
    byte[] inner = Files.readAllBytes(write(wb -> put(wb.createSheet("Inner"), 0, 0, "nested")));
    try (POIFSFileSystem fs = new POIFSFileSystem(Files.newInputStream(base));
        OutputStream out = Files.newOutputStream(f)) {
      DirectoryEntry sx = fs.getRoot().createDirectory("_SX_DB_CUR");
      sx.createDocument("0001", new ByteArrayInputStream(pivotCacheStream()));
      DirectoryEntry vba = fs.getRoot().createDirectory("_VBA_PROJECT_CUR").createDirectory("VBA");
      vba.createDocument("dir", new ByteArrayInputStream(new byte[10]));
      vba.createDocument("Module1", new ByteArrayInputStream(new byte[20]));
      DirectoryEntry mbd = fs.getRoot().createDirectory("MBD0001");
      try (POIFSFileSystem innerFs = new POIFSFileSystem(new ByteArrayInputStream(inner))) {
        org.apache.poi.poifs.filesystem.EntryUtils.copyNodes(innerFs.getRoot(), mbd);
      }
      fs.getRoot().createDocument("Revision Log", new ByteArrayInputStream(new byte[5]));
      fs.writeFilesystem(out);
    }
    List<String> embedded = new ArrayList<>();
    List<Integer> embeddedSizes = new ArrayList<>();
    ExtractionContext ctx = new ExtractionContext() {
      @Override
      public Limits limits() {
        return Limits.DEFAULT;
      }

      @Override
      public void embedded(String name, InputStream content) throws IOException {
        embedded.add(name);
        byte[] b = content.readAllBytes();
        embeddedSizes.add(b.length);
        RecordingHandler nested = new RecordingHandler();
        try {
          new XlsExtractor().extract(writeTemp(b), ExtractionContext.standalone(), nested);
        } catch (ExtractionException e) {
          throw new IOException(e);
        }
        assertThat(nested.table("Inner").cell("A1")).map(Cell::value).contains("nested");
      }

      @Override
      public void checkDeadline() {}
    };
    RecordingHandler h = new RecordingHandler();
    new XlsExtractor().extract(f, ctx, h);

    assertThat(h.facts(FactKind.PIVOT_CACHE)).singleElement().satisfies(p -> {
      assertThat(p.location().place()).isEqualTo("_SX_DB_CUR/0001");
      assertThat(p.intAttr("records")).isEqualTo(2);
      assertThat(p.flag("saveData")).isTrue();
      assertThat(p.attr("refreshedBy")).isEqualTo("Bob");
    });
    var cache = h.table("Pivot cache 0001");
    assertThat(cache.start().origin()).isEqualTo(TableOrigin.PIVOT_CACHE);
    assertThat(cache.start().visibility()).isEqualTo(Visibility.PIVOT_CACHE);
    assertThat(cache.rows()).hasSize(3);
    assertThat(cache.rows().get(0).cells()).extracting(Cell::value).containsExactly("Name", "Salary");
    assertThat(cache.rows().get(1).cells()).extracting(Cell::value).containsExactly("Carol Jones", "31000");
    assertThat(cache.rows().get(2).cells()).extracting(Cell::value).containsExactly("Alice Smith", "27000");

    assertThat(h.facts(FactKind.VBA_PROJECT)).singleElement().satisfies(v -> {
      assertThat(v.intAttr("modules")).isEqualTo(1);
      assertThat(v.location().place()).isEqualTo("VBA project (storage _VBA_PROJECT_CUR)");
    });
    assertThat(h.facts(FactKind.EMBEDDED_OBJECT)).singleElement().satisfies(e -> {
      // located as what it is, the storage name kept so the object can still be found by it
      assertThat(e.location().place()).isEqualTo("embedded Excel workbook (storage MBD0001)");
      assertThat(e.attr("storage")).isEqualTo("MBD0001");
      assertThat(e.value()).isEqualTo("Excel workbook");
      assertThat(e.flag("scanned")).isTrue();
    });
    assertThat(embedded).containsExactly("embedded Excel workbook (storage MBD0001)");
    assertThat(h.facts(FactKind.REVISION_LOG)).extracting(Fact::name).containsExactly("Revision Log");
  }

  private Path writeTemp(byte[] b) throws IOException {
    Path p = Files.createTempFile(dir, "inner", ".xls");
    Files.write(p, b);
    return p;
  }

  private static void record(ByteArrayOutputStream out, int sid, byte[] body) {
    out.writeBytes(le16(sid));
    out.writeBytes(le16(body.length));
    out.writeBytes(body);
  }

  private static byte[] bytes(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  private static byte[] xlString(String s) {
    return bytes(le16(s.length()), new byte[] {0}, s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
  }

  private static byte[] le16(int v) {
    return new byte[] {(byte) v, (byte) (v >>> 8)};
  }

  private static byte[] le32(int v) {
    return new byte[] {(byte) v, (byte) (v >>> 8), (byte) (v >>> 16), (byte) (v >>> 24)};
  }

  private static byte[] le64(double d) {
    long bits = Double.doubleToLongBits(d);
    byte[] b = new byte[8];
    for (int i = 0; i < 8; i++) {
      b[i] = (byte) (bits >>> (8 * i));
    }
    return b;
  }
}
