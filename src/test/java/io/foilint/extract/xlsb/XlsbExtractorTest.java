package io.foilint.extract.xlsb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.ExtractionException;
import io.foilint.extract.ExtractionException.Reason;
import io.foilint.extract.Limits;
import io.foilint.extract.xlsb.XlsbBuilder.Payload;
import io.foilint.extract.xlsb.XlsbBuilder.Sheet;
import io.foilint.extract.xlsb.XlsbBuilder.Styles;
import io.foilint.model.Cell;
import io.foilint.model.Fact;
import io.foilint.model.FactKind;
import io.foilint.model.Location;
import io.foilint.model.TableOrigin;
import io.foilint.model.Visibility;
import io.foilint.testing.RecordingHandler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The xlsb extractor on packages written record by record (POI cannot write xlsb). */
class XlsbExtractorTest {

  @TempDir Path dir;

  private RecordingHandler extract(Path file) throws Exception {
    RecordingHandler h = new RecordingHandler();
    new XlsbExtractor().extract(file, ExtractionContext.standalone(), h);
    return h;
  }

  private static Cell cell(RecordingHandler.RecordedTable t, String ref) {
    return t.cell(ref).orElseThrow(() -> new AssertionError("no cell " + ref + " in " + t.cells()));
  }

  @Test
  void sheetStatesBecomeTableVisibilityAndReachEveryCell() throws Exception {
    Path file = new XlsbBuilder()
        .strings("Public total", "Smith, Jane")
        .sheet("Summary", 0, new Sheet().row(0).shared(0, 0, 0).number(1, 0, 42))
        .sheet("Staff", 1, new Sheet().row(0).shared(0, 0, 1))
        .sheet("Source", 2, new Sheet().row(3).text(2, 0, "Doe, John"))
        .write(dir.resolve("states.xlsb"));

    RecordingHandler h = extract(file);

    assertThat(h.tableNames()).containsExactly("Summary", "Staff", "Source");
    assertThat(h.table("Summary").start().visibility()).isEqualTo(Visibility.VISIBLE);
    assertThat(h.table("Staff").start().visibility()).isEqualTo(Visibility.HIDDEN_SHEET);
    assertThat(h.table("Source").start().visibility()).isEqualTo(Visibility.VERY_HIDDEN_SHEET);
    assertThat(h.table("Staff").start().origin()).isEqualTo(TableOrigin.SHEET);
    assertThat(h.table("Source").start().location()).isEqualTo(Location.of("Source"));
    assertThat(cell(h.table("Summary"), "A1").value()).isEqualTo("Public total");
    assertThat(cell(h.table("Summary"), "B1").value()).isEqualTo("42");
    assertThat(cell(h.table("Summary"), "B1").visibility()).isEqualTo(Visibility.VISIBLE);
    assertThat(cell(h.table("Staff"), "A1").value()).isEqualTo("Smith, Jane");
    assertThat(cell(h.table("Staff"), "A1").visibility()).isEqualTo(Visibility.HIDDEN_SHEET);
    Cell c7 = cell(h.table("Source"), "C4");
    assertThat(c7.value()).isEqualTo("Doe, John");
    assertThat(c7.column()).isEqualTo(2);
    assertThat(c7.visibility()).isEqualTo(Visibility.VERY_HIDDEN_SHEET);
    assertThat(h.table("Source").rows().get(0).index()).isEqualTo(3);
  }

  @Test
  void cellsFarBelowOrRightOfTheBlockInUseAreFarOff() throws Exception {
    Path file = new XlsbBuilder()
        .sheet("Data", 0, new Sheet()
            .row(0).text(0, 0, "shown").text(1, 0, "also shown")
            .row(1).text(60, 0, "far right")
            .row(5000).text(0, 0, "far below"))
        .write(dir.resolve("far.xlsb"));

    RecordingHandler.RecordedTable t = extract(file).table("Data");

    assertThat(cell(t, "A1").visibility()).isEqualTo(Visibility.VISIBLE);
    assertThat(cell(t, "B1").visibility()).isEqualTo(Visibility.VISIBLE);
    assertThat(cell(t, "BI2").visibility()).isEqualTo(Visibility.FAR_OFF_CELL);
    assertThat(cell(t, "A5001").visibility()).isEqualTo(Visibility.FAR_OFF_CELL);
  }

  @Test
  void hiddenZeroHeightAndOutlinedRows() throws Exception {
    Path file = new XlsbBuilder()
        .sheet("Data", 0, new Sheet()
            .row(0).text(0, 0, "shown")
            .row(1, 300, true, 0).text(0, 0, "hidden row")
            .row(2, 300, true, 1).text(0, 0, "in collapsed group")
            .row(3, 0, false, 0).text(0, 0, "zero height")
            .row(4, 300, false, 1).text(0, 0, "expanded group"))
        .write(dir.resolve("rows.xlsb"));

    RecordingHandler.RecordedTable t = extract(file).table("Data");

    assertThat(t.rows()).extracting(r -> r.visibility()).containsExactly(
        Visibility.VISIBLE, Visibility.HIDDEN_ROW, Visibility.COLLAPSED_OUTLINE,
        Visibility.ZERO_HEIGHT_ROW, Visibility.VISIBLE);
    assertThat(cell(t, "A2").visibility()).isEqualTo(Visibility.HIDDEN_ROW);
    assertThat(cell(t, "A3").visibility()).isEqualTo(Visibility.COLLAPSED_OUTLINE);
    assertThat(cell(t, "A4").visibility()).isEqualTo(Visibility.ZERO_HEIGHT_ROW);
  }

  @Test
  void hiddenAndZeroWidthColumnsAndSheetVisibilityComesFirst() throws Exception {
    Sheet columns = new Sheet()
        .column(1, 2, 9 * 256, true, 0)   // B:C hidden
        .column(3, 3, 0, false, 0)        // D zero width
        .column(4, 4, 9 * 256, true, 1)   // E hidden inside an outline group
        .row(0).text(0, 0, "a").text(1, 0, "b").text(2, 0, "c").text(3, 0, "d").text(4, 0, "e");
    Path file = new XlsbBuilder()
        .sheet("Cols", 0, columns)
        .sheet("HiddenCols", 1, new Sheet().column(0, 0, 0, true, 0).row(0).text(0, 0, "x"))
        .write(dir.resolve("cols.xlsb"));

    RecordingHandler h = extract(file);
    RecordingHandler.RecordedTable t = h.table("Cols");

    assertThat(t.cells()).extracting(Cell::visibility).containsExactly(
        Visibility.VISIBLE, Visibility.HIDDEN_COLUMN, Visibility.HIDDEN_COLUMN,
        Visibility.ZERO_WIDTH_COLUMN, Visibility.COLLAPSED_OUTLINE);
    assertThat(t.rows().get(0).visibility()).isEqualTo(Visibility.VISIBLE);
    assertThat(cell(h.table("HiddenCols"), "A1").visibility()).isEqualTo(Visibility.HIDDEN_SHEET);
  }

  @Test
  void blankFormatsAndTextColouredLikeItsFill() throws Exception {
    Styles styles = new Styles()
        .format(164, ";;;")
        .format(165, ";;;@")
        .fontRgb(0x000000)          // font 0: black
        .fontRgb(0xFFFFFF)          // font 1: white
        .font(3, 0, 0)              // font 2: theme colour lt1 (white in the Office theme)
        .fontRgb(0xFF0000)          // font 3: red
        .fill(-1)                   // fill 0: none (white sheet)
        .fill(0xFF0000)             // fill 1: solid red
        .xf(0, 0, 0)                // 0: plain
        .xf(164, 0, 0)              // 1: ;;;
        .xf(0, 1, 0)                // 2: white on no fill
        .xf(0, 2, 0)                // 3: theme white on no fill
        .xf(0, 3, 1)                // 4: red on red
        .xf(0, 0, 1)                // 5: black on red
        .xf(165, 0, 0);             // 6: ;;;@ hides numbers, shows text
    Path file = new XlsbBuilder()
        .styles(styles)
        .sheet("S", 0, new Sheet().row(0)
            .number(0, 0, 1).number(1, 1, 2).text(2, 2, "white").text(3, 3, "theme white")
            .text(4, 4, "red on red").text(5, 5, "black on red").number(6, 6, 7).text(7, 6, "text shows")
            .text(8, 1, "hidden text"))
        .write(dir.resolve("styles.xlsb"));

    RecordingHandler.RecordedTable t = extract(file).table("S");

    assertThat(cell(t, "A1").visibility()).isEqualTo(Visibility.VISIBLE);
    assertThat(cell(t, "B1").visibility()).isEqualTo(Visibility.BLANK_NUMBER_FORMAT);
    assertThat(cell(t, "C1").visibility()).isEqualTo(Visibility.INVISIBLE_TEXT);
    assertThat(cell(t, "D1").visibility()).isEqualTo(Visibility.INVISIBLE_TEXT);
    assertThat(cell(t, "E1").visibility()).isEqualTo(Visibility.INVISIBLE_TEXT);
    assertThat(cell(t, "F1").visibility()).isEqualTo(Visibility.VISIBLE);
    assertThat(cell(t, "G1").visibility()).isEqualTo(Visibility.BLANK_NUMBER_FORMAT);
    assertThat(cell(t, "H1").visibility()).isEqualTo(Visibility.VISIBLE);
    // ";;;" has an empty text section too
    assertThat(cell(t, "I1").visibility()).isEqualTo(Visibility.BLANK_NUMBER_FORMAT);
  }

  @Test
  void valueKindsFormulaResultsAndEmptyCells() throws Exception {
    Path file = new XlsbBuilder()
        .sheet("V", 0, new Sheet().row(6)
            .rk(0, (1234 << 2) | 0x2)           // integer RK
            .rk(1, (12345 << 2) | 0x3)          // integer RK divided by 100
            .bool(2, true)
            .error(3, 0x07)
            .formulaNumber(4, 4995)
            .formulaText(5, "joined")
            .text(6, 0, "")                      // empty string: not a non-empty cell
            .raw(RecordTypes.CELL_BLANK, new Payload().i32(7).u24(0).u8(0).toBytes()))
        .write(dir.resolve("values.xlsb"));

    RecordingHandler.RecordedTable t = extract(file).table("V");

    assertThat(t.cells()).extracting(Cell::ref).containsExactly("A7", "B7", "C7", "D7", "E7", "F7");
    assertThat(t.cells()).extracting(Cell::value)
        .containsExactly("1234", "123.45", "TRUE", "#DIV/0!", "4995", "joined");
    assertThat(t.cells()).extracting(Cell::formula).containsExactly(false, false, false, false, true, true);
  }

  @Test
  void definedNamesWithHiddenFlagAndTargetSheet() throws Exception {
    Path file = new XlsbBuilder()
        .sheet("Visible", 0, new Sheet())
        .sheet("Secret", 1, new Sheet())
        .externSheetsForAllSheets(2)
        .name("StaffList", true, 1, 0, 0, 99, 3)
        .name("Totals", false, 0, 4, 1, 4, 1)
        .write(dir.resolve("names.xlsb"));

    List<Fact> names = extract(file).facts(FactKind.DEFINED_NAME);

    assertThat(names).extracting(Fact::name).containsExactly("StaffList", "Totals");
    Fact staff = names.get(0);
    assertThat(staff.value()).isEqualTo("Secret!$A$1:$D$100");
    assertThat(staff.flag("hidden")).isTrue();
    assertThat(staff.flag("refersToHiddenSheet")).isTrue();
    Fact totals = names.get(1);
    assertThat(totals.value()).isEqualTo("Visible!$B$5:$B$5");
    assertThat(totals.flag("hidden")).isFalse();
    assertThat(totals.flag("refersToHiddenSheet")).isFalse();
  }

  @Test
  void checksTheDeadlineWhileStreamingLongSheets() throws Exception {
    Sheet big = new Sheet();
    for (int r = 0; r < 10_000; r++) {
      big.row(r).number(0, 0, r);
    }
    Path file = new XlsbBuilder().sheet("Big", 0, big).write(dir.resolve("big.xlsb"));
    AtomicInteger checks = new AtomicInteger();
    AtomicInteger rows = new AtomicInteger();
    ExtractionContext counting = new ExtractionContext() {
      @Override
      public Limits limits() {
        return Limits.DEFAULT;
      }

      @Override
      public void embedded(String name, InputStream content) {}

      @Override
      public void checkDeadline() {
        checks.incrementAndGet();
      }
    };

    new XlsbExtractor().extract(file, counting, new io.foilint.model.ContentHandler() {
      @Override
      public void row(io.foilint.model.Row row) {
        rows.incrementAndGet();
      }
    });

    assertThat(rows.get()).isEqualTo(10_000);
    assertThat(checks.get()).isGreaterThanOrEqualTo(5);
  }

  @Test
  void aTimedOutDeadlineStopsTheSheet() throws Exception {
    Sheet big = new Sheet();
    for (int r = 0; r < 5_000; r++) {
      big.row(r).number(0, 0, r);
    }
    Path file = new XlsbBuilder().sheet("Big", 0, big).write(dir.resolve("timeout.xlsb"));
    ExtractionContext expired = new ExtractionContext() {
      @Override
      public Limits limits() {
        return Limits.DEFAULT;
      }

      @Override
      public void embedded(String name, InputStream content) {}

      @Override
      public void checkDeadline() throws ExtractionException {
        throw new ExtractionException(Reason.TIMEOUT, "time is up");
      }
    };

    assertThatThrownBy(() -> new XlsbExtractor().extract(file, expired, new RecordingHandler()))
        .isInstanceOf(ExtractionException.class)
        .extracting(e -> ((ExtractionException) e).reason()).isEqualTo(Reason.TIMEOUT);
  }

  @Test
  void partsBeyondTheGrid() throws Exception {
    byte[] pivotDefinition = new XlsbBuilder.Records()
        .add(RecordTypes.PCDI_STRING, new Payload().wstr("Jane Smith"))
        .add(RecordTypes.PCDI_STRING, new Payload().wstr("John Doe"))
        .add(21, new Payload().f64(3))
        .toBytes();
    byte[] pivotRecords = new XlsbBuilder.Records()
        .add(RecordTypes.PCR_RECORD, new byte[] {0, 0, 0, 0})
        .add(RecordTypes.PCR_RECORD, new byte[] {1, 0, 0, 0})
        .add(RecordTypes.PCR_RECORD, new byte[] {1, 0, 0, 0})
        .toBytes();
    byte[] externalLink = new XlsbBuilder.Records()
        .add(359, new Payload().i32(1).wstr("Payroll"))
        .add(363, new Payload().i32(0).u8(0))
        .add(366, new Payload().i32(1))
        .add(371, new Payload().i32(2).wstr("Alice Example"))
        .add(368, new Payload().i32(3).f64(31000))
        .toBytes();
    List<String> embedded = new ArrayList<>();
    Path file = new XlsbBuilder()
        .sheet("S", 0, new Sheet())
        .part("xl/pivotCache/pivotCacheDefinition1.bin", "application/vnd.ms-excel.pivotCacheDefinition",
            pivotDefinition, "pivotCacheDefinition")
        .part("xl/pivotCache/pivotCacheRecords1.bin", "application/vnd.ms-excel.pivotCacheRecords",
            pivotRecords, null)
        .part("xl/externalLinks/externalLink1.bin", "application/vnd.ms-excel.externalLink", externalLink,
            "externalLink")
        .raw("xl/externalLinks/_rels/externalLink1.bin.rels",
            "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath\""
                + " Target=\"file:///H:/HR/payroll.xlsx\" TargetMode=\"External\"/></Relationships>")
        .part("xl/vbaProject.bin", "application/vnd.ms-office.vbaProject", new byte[] {1, 2, 3}, null)
        .part("xl/embeddings/Microsoft_Excel_Worksheet1.xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", new byte[] {9, 9}, null)
        .part("xl/unknownThing/data1.bin", "application/octet-stream", new byte[] {5}, null)
        .part("docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml",
            "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\""
                + " xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
                + "<Company>Example Council</Company><TitlesOfParts><vt:vector size=\"2\" baseType=\"lpstr\">"
                + "<vt:lpstr>S</vt:lpstr><vt:lpstr>Deleted Staff</vt:lpstr></vt:vector></TitlesOfParts></Properties>")
        .part("docProps/custom.xml", "application/vnd.openxmlformats-officedocument.custom-properties+xml",
            "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties\""
                + " xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
                + "<property fmtid=\"{D5CDD505-2E9C-101B-9397-08002B2CF9AE}\" pid=\"2\" name=\"Reviewer\">"
                + "<vt:lpwstr>J. Bloggs</vt:lpwstr></property></Properties>")
        .write(dir.resolve("parts.xlsb"));
    RecordingHandler h = new RecordingHandler();
    new XlsbExtractor().extract(file, new ExtractionContext() {
      @Override
      public Limits limits() {
        return Limits.DEFAULT;
      }

      @Override
      public void embedded(String name, InputStream content) throws IOException {
        embedded.add(name + ":" + Arrays.toString(content.readAllBytes()));
      }

      @Override
      public void checkDeadline() {}
    }, h);

    List<Fact> pivots = h.facts(FactKind.PIVOT_CACHE);
    assertThat(pivots).extracting(Fact::name).containsExactlyInAnyOrder(
        "xl/pivotCache/pivotCacheDefinition1.bin", "xl/pivotCache/pivotCacheRecords1.bin");
    Fact records = pivots.stream().filter(f -> f.name().contains("Records")).findFirst().orElseThrow();
    assertThat(records.intAttr("records")).isEqualTo(3);
    Fact definition = pivots.stream().filter(f -> f.name().contains("Definition")).findFirst().orElseThrow();
    assertThat(definition.intAttr("sharedItems")).isEqualTo(3);
    assertThat(definition.intAttr("bytes")).isEqualTo(pivotDefinition.length);
    RecordingHandler.RecordedTable cache = h.table("xl/pivotCache/pivotCacheDefinition1.bin");
    assertThat(cache.start().origin()).isEqualTo(TableOrigin.PIVOT_CACHE);
    assertThat(cache.cells()).extracting(Cell::value).containsExactly("Jane Smith", "John Doe");
    assertThat(cache.cells()).extracting(Cell::visibility).containsOnly(Visibility.PIVOT_CACHE);

    Fact link = h.facts(FactKind.EXTERNAL_LINK).get(0);
    assertThat(link.value()).isEqualTo("file:///H:/HR/payroll.xlsx");
    assertThat(link.intAttr("cachedCells")).isEqualTo(2);
    RecordingHandler.RecordedTable linkCache = h.table("file:///H:/HR/payroll.xlsx");
    assertThat(linkCache.start().visibility()).isEqualTo(Visibility.EXTERNAL_LINK_CACHE);
    assertThat(linkCache.cells()).extracting(Cell::ref, Cell::value)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Payroll!C2", "Alice Example"),
            org.assertj.core.groups.Tuple.tuple("Payroll!D2", "31000"));

    assertThat(h.facts(FactKind.VBA_PROJECT)).singleElement()
        .satisfies(f -> assertThat(f.intAttr("bytes")).isEqualTo(3));
    assertThat(h.facts(FactKind.EMBEDDED_OBJECT)).extracting(Fact::name)
        .containsExactly("xl/embeddings/Microsoft_Excel_Worksheet1.xlsx");
    assertThat(embedded).containsExactly("xl/embeddings/Microsoft_Excel_Worksheet1.xlsx:[9, 9]");
    assertThat(h.facts(FactKind.UNINSPECTED_PART)).extracting(Fact::name)
        .containsExactly("xl/unknownThing/data1.bin");
    assertThat(h.facts(FactKind.DOCUMENT_PROPERTY)).extracting(Fact::name, Fact::value).contains(
        org.assertj.core.groups.Tuple.tuple("Company", "Example Council"),
        org.assertj.core.groups.Tuple.tuple("TitlesOfParts", "S; Deleted Staff"),
        org.assertj.core.groups.Tuple.tuple("custom:Reviewer", "J. Bloggs"));
  }

  @Test
  void aDoctypeInAnXmlPartIsRefused() throws Exception {
    Path file = new XlsbBuilder()
        .sheet("S", 0, new Sheet())
        .part("docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml",
            "<?xml version=\"1.0\"?><!DOCTYPE Properties [<!ENTITY x \"boom\">]>"
                + "<Properties><Company>&x;</Company></Properties>")
        .write(dir.resolve("doctype.xlsb"));

    assertThatThrownBy(() -> extract(file))
        .isInstanceOf(ExtractionException.class)
        .extracting(e -> ((ExtractionException) e).reason()).isEqualTo(Reason.XML_ENTITY);
  }

  private static final String CORE_START = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";
  private static final String CORE_BODY =
      "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
          + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:creator>Jane Officer%s</dc:creator>"
          + "<cp:lastModifiedBy>J. Bloggs</cp:lastModifiedBy></cp:coreProperties>";

  @Test
  void corePropertiesAreReadFromTheRawPart() throws Exception {
    Path file = new XlsbBuilder().sheet("S", 0, new Sheet())
        .coreProperties(CORE_START + CORE_BODY.formatted("")).write(dir.resolve("core.xlsb"));

    assertThat(extract(file).facts(FactKind.DOCUMENT_PROPERTY))
        .extracting(Fact::location, Fact::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Location.of("docProps/core.xml", "creator"), "Jane Officer"),
            org.assertj.core.groups.Tuple.tuple(Location.of("docProps/core.xml", "lastModifiedBy"), "J. Bloggs"));
  }

  @Test
  void anExternalEntityInCorePropertiesIsRefused() throws Exception {
    Path file = new XlsbBuilder().sheet("S", 0, new Sheet())
        .coreProperties(CORE_START + "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
            + CORE_BODY.formatted("&xxe;"))
        .write(dir.resolve("xxe.xlsb"));

    assertThatThrownBy(() -> extract(file))
        .isInstanceOf(ExtractionException.class)
        .extracting(e -> ((ExtractionException) e).reason()).isEqualTo(Reason.XML_ENTITY);
  }

  @Test
  void aSheetCutShortIsTruncated() throws Exception {
    byte[] whole = new Sheet().row(0).text(0, 0, "a long enough text value").toBytes();
    byte[] cut = Arrays.copyOf(whole, whole.length - 30);
    Path file = new XlsbBuilder().sheetPart("S", 0, cut).write(dir.resolve("cut.xlsb"));

    assertThatThrownBy(() -> extract(file))
        .isInstanceOf(ExtractionException.class)
        .extracting(e -> ((ExtractionException) e).reason()).isEqualTo(Reason.TRUNCATED);
  }

  @Test
  void aRecordShorterThanItsFieldsIsCorrupt() throws Exception {
    // a BrtCellSt claiming a 1000-character string in a few bytes
    Sheet sheet = new Sheet().row(0).raw(RecordTypes.CELL_ST, new Payload().i32(0).u24(0).u8(0).i32(1000).u16(65).toBytes());
    Path file = new XlsbBuilder().sheet("S", 0, sheet).write(dir.resolve("short.xlsb"));

    assertThatThrownBy(() -> extract(file))
        .isInstanceOf(ExtractionException.class)
        .hasMessageContaining("xl/worksheets/sheet1.bin")
        .extracting(e -> ((ExtractionException) e).reason()).isEqualTo(Reason.CORRUPT);
  }

  @Test
  void aSharedStringIndexOutOfRangeIsCorrupt() throws Exception {
    Path file = new XlsbBuilder().strings("only one")
        .sheet("S", 0, new Sheet().row(0).shared(0, 0, 5)).write(dir.resolve("sst.xlsb"));

    assertThatThrownBy(() -> extract(file))
        .isInstanceOf(ExtractionException.class)
        .extracting(e -> ((ExtractionException) e).reason()).isEqualTo(Reason.CORRUPT);
  }

  @Test
  void notAZipIsCorruptAndAnOle2FileIsEncrypted() throws Exception {
    Path junk = Files.writeString(dir.resolve("junk.xlsb"), "this is not a workbook", StandardCharsets.UTF_8);
    Path ole = Files.write(dir.resolve("ole.xlsb"),
        new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1});

    assertThatThrownBy(() -> extract(junk)).isInstanceOf(ExtractionException.class)
        .extracting(e -> ((ExtractionException) e).reason()).isEqualTo(Reason.CORRUPT);
    assertThatThrownBy(() -> extract(ole)).isInstanceOf(ExtractionException.class)
        .extracting(e -> ((ExtractionException) e).reason()).isEqualTo(Reason.ENCRYPTED);
  }

  @Test
  void limitsFromTheContextApply() throws Exception {
    Path file = new XlsbBuilder().sheet("S", 0, new Sheet().row(0).text(0, 0, "x")).write(dir.resolve("l.xlsb"));
    Limits tinyFile = Limits.DEFAULT.withMaxFileBytes(100);
    Limits fewEntries = new Limits(Limits.DEFAULT.maxFileBytes(), 3, Limits.DEFAULT.maxInflatedBytes(),
        Limits.DEFAULT.maxInflationRatio(), 5, Limits.DEFAULT.timePerFile());

    for (Limits limits : List.of(tinyFile, fewEntries)) {
      ExtractionContext ctx = new ExtractionContext() {
        @Override
        public Limits limits() {
          return limits;
        }

        @Override
        public void embedded(String name, InputStream content) {}

        @Override
        public void checkDeadline() {}
      };
      assertThatThrownBy(() -> new XlsbExtractor().extract(file, ctx, new RecordingHandler()))
          .isInstanceOf(ExtractionException.class)
          .extracting(e -> ((ExtractionException) e).reason()).isEqualTo(Reason.LIMIT_EXCEEDED);
    }
  }
}
