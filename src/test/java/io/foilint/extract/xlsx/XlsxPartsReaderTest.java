package io.foilint.extract.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.ExtractionException;
import io.foilint.extract.ExtractionException.Reason;
import io.foilint.model.Cell;
import io.foilint.model.Fact;
import io.foilint.model.FactKind;
import io.foilint.model.Location;
import io.foilint.model.TableOrigin;
import io.foilint.model.TextBlock;
import io.foilint.model.TextKind;
import io.foilint.model.Visibility;
import io.foilint.testing.RecordingHandler;
import io.foilint.testing.RecordingHandler.RecordedTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataConsolidateFunction;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTextBox;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parts reader on workbooks POI writes in a temporary folder. */
class XlsxPartsReaderTest {

  @TempDir Path dir;

  /** Staff list: name, team, score. */
  private static XSSFWorkbook staffWorkbook() {
    XSSFWorkbook wb = new XSSFWorkbook();
    XSSFSheet sheet = wb.createSheet("Staff");
    Object[][] rows = {
      {"Name", "Team", "Score"},
      {"Alice Smith", "Red", 3.0},
      {"Bob Jones", "Blue", 5.0},
      {"Carol White", "Red", 4.0},
    };
    for (int r = 0; r < rows.length; r++) {
      var row = sheet.createRow(r);
      for (int c = 0; c < rows[r].length; c++) {
        if (rows[r][c] instanceof Double d) {
          row.createCell(c).setCellValue(d);
        } else {
          row.createCell(c).setCellValue((String) rows[r][c]);
        }
      }
    }
    return wb;
  }

  private Path save(XSSFWorkbook wb, String name) throws IOException {
    Path file = dir.resolve(name);
    try (OutputStream os = Files.newOutputStream(file)) {
      wb.write(os);
    }
    wb.close();
    return file;
  }

  static RecordingHandler read(Path file) throws Exception {
    return read(file, ExtractionContext.standalone());
  }

  static RecordingHandler read(Path file, ExtractionContext context) throws Exception {
    RecordingHandler h = new RecordingHandler();
    OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
    try {
      new XlsxPartsReader(pkg, context, h).readAll();
    } finally {
      pkg.revert();
    }
    return h;
  }

  @Test
  void pivotCacheReportsSourceFieldsAndSharedItems() throws Exception {
    XSSFWorkbook wb = staffWorkbook();
    XSSFSheet pivotSheet = wb.createSheet("Summary");
    var pivot = pivotSheet.createPivotTable(
        new AreaReference("A1:C4", SpreadsheetVersion.EXCEL2007),
        new CellReference("A1"),
        wb.getSheet("Staff"));
    pivot.addRowLabel(1);
    pivot.addColumnLabel(DataConsolidateFunction.SUM, 2);
    RecordingHandler h = read(save(wb, "pivot.xlsx"));

    Fact cache = h.facts(FactKind.PIVOT_CACHE).get(0);
    assertThat(cache.name()).isEqualTo("Pivot cache 1");
    assertThat(cache.location().place()).startsWith("xl/pivotCache/pivotCacheDefinition");
    assertThat(cache.attr("source")).isEqualTo("Staff!A1:C4");
    assertThat(cache.value()).isEqualTo("Staff!A1:C4");
    assertThat(cache.intAttr("fields")).isEqualTo(3);
    RecordedTable values = h.table("Pivot cache 1: field values");
    assertThat(values.start().origin()).isEqualTo(TableOrigin.PIVOT_CACHE);
    assertThat(values.start().visibility()).isEqualTo(Visibility.PIVOT_CACHE);
    assertThat(values.rows().get(0).cells()).extracting(Cell::value)
        .containsExactly("Name", "Team", "Score");
    // POI writes empty shared-item lists and an empty records part (refreshOnLoad): the values
    // themselves are checked on real Excel files in XlsxPartsReaderRealFilesTest
    assertThat(cache.attr("refreshedBy")).isEqualTo("Apache POI");
    assertThat(cache.intAttr("sharedItems")).isZero();
    assertThat(cache.intAttr("records")).isZero();
    assertThat(cache.attr("recordsPart")).startsWith("xl/pivotCache/pivotCacheRecords");
    assertThat(h.table("Pivot cache 1: source records").rows()).hasSize(1);

    Fact table = h.facts(FactKind.PIVOT_TABLE).get(0);
    assertThat(table.attr("sheet")).isEqualTo("Summary");
    assertThat(table.attr("cachePart")).isEqualTo(cache.location().place());
  }

  @Test
  void commentsCarryTextSheetCellAndAuthor() throws Exception {
    XSSFWorkbook wb = staffWorkbook();
    XSSFSheet sheet = wb.getSheet("Staff");
    ClientAnchor anchor = wb.getCreationHelper().createClientAnchor();
    Comment comment = sheet.createDrawingPatriarch().createCellComment(anchor);
    comment.setString(new XSSFRichTextString("On sick leave since May"));
    comment.setAuthor("Dana Manager");
    comment.setAddress(2, 0);
    RecordingHandler h = read(save(wb, "comments.xlsx"));

    assertThat(h.texts).singleElement().satisfies(t -> {
      assertThat(t.kind()).isEqualTo(TextKind.COMMENT);
      assertThat(t.location()).isEqualTo(Location.of("Staff", "A3"));
      assertThat(t.text()).isEqualTo("On sick leave since May");
      assertThat(t.author()).isEqualTo("Dana Manager");
      assertThat(t.visibility()).isEqualTo(Visibility.COMMENT);
    });
    assertThat(h.facts(FactKind.COMMENT_AUTHOR)).extracting(Fact::value).contains("Dana Manager");
  }

  @Test
  void coreExtendedAndCustomPropertiesAreFacts() throws Exception {
    XSSFWorkbook wb = staffWorkbook();
    wb.getProperties().getCoreProperties().setCreator("Erin Author");
    wb.getProperties().getCoreProperties().setTitle("Headcount");
    wb.getProperties().getExtendedProperties().getUnderlyingProperties().setCompany("Acme Council");
    wb.getProperties().getExtendedProperties().getUnderlyingProperties().setManager("Frank Boss");
    wb.getProperties().getCustomProperties().addProperty("Reviewer", "Gina Checker");
    wb.getProperties().getCustomProperties().addProperty("Empty", "");
    RecordingHandler h = read(save(wb, "props.xlsx"));

    assertThat(h.facts(FactKind.DOCUMENT_PROPERTY))
        .extracting(f -> f.name() + "=" + f.value())
        .contains("creator=Erin Author", "title=Headcount", "Company=Acme Council",
            "Manager=Frank Boss", "custom:Reviewer=Gina Checker")
        .noneMatch(s -> s.startsWith("custom:Empty"));
    assertThat(h.facts(FactKind.DOCUMENT_PROPERTY)).filteredOn(f -> f.name().equals("creator"))
        .extracting(f -> f.location().place()).containsExactly("docProps/core.xml");
  }

  @Test
  void chartCachesBecomeTablesAndHiddenTextBoxesAreMarked() throws Exception {
    XSSFWorkbook wb = staffWorkbook();
    XSSFSheet sheet = wb.getSheet("Staff");
    XSSFDrawing drawing = sheet.createDrawingPatriarch();
    XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 4, 0, 10, 15));
    chart.setTitleText("Scores by person");
    XDDFCategoryAxis bottom = chart.createCategoryAxis(AxisPosition.BOTTOM);
    XDDFValueAxis left = chart.createValueAxis(AxisPosition.LEFT);
    XDDFDataSource<String> names =
        XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(1, 3, 0, 0));
    XDDFNumericalDataSource<Double> scores =
        XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(1, 3, 2, 2));
    XDDFChartData data = chart.createData(ChartTypes.BAR, bottom, left);
    data.addSeries(names, scores).setTitle("Score", null);
    chart.plot(data);

    XSSFTextBox hidden = drawing.createTextbox(drawing.createAnchor(0, 0, 0, 0, 1, 20, 4, 24));
    hidden.setText("Note: Bob Jones is under investigation");
    hidden.getCTShape().getNvSpPr().getCNvPr().setName("Old note");
    hidden.getCTShape().getNvSpPr().getCNvPr().setHidden(true);
    XSSFTextBox shown = drawing.createTextbox(drawing.createAnchor(0, 0, 0, 0, 1, 26, 4, 30));
    shown.setText("Source: HR system");
    shown.getCTShape().getNvSpPr().getCNvPr().setName("Caption");
    RecordingHandler h = read(save(wb, "chart.xlsx"));

    Fact fact = h.facts(FactKind.CHART).get(0);
    assertThat(fact.name()).isEqualTo("Scores by person");
    assertThat(fact.intAttr("cachedPoints")).isEqualTo(6);
    assertThat(fact.attr("sheet")).isEqualTo("Staff");
    RecordedTable series = h.table("Chart 1 series 1");
    assertThat(series.start().visibility()).isEqualTo(Visibility.CHART_CACHE);
    assertThat(series.rows().get(0).cells()).extracting(Cell::value).containsExactly("Category", "Score");
    assertThat(series.cell("A2")).map(Cell::value).contains("Alice Smith");
    assertThat(series.cell("B3")).map(Cell::value).contains("5.0");

    assertThat(h.texts).filteredOn(t -> t.kind() == TextKind.SHAPE_TEXT)
        .extracting(TextBlock::location, TextBlock::text, TextBlock::visibility)
        .contains(
            org.assertj.core.groups.Tuple.tuple(Location.of("Staff", "shape \"Old note\""),
                "Note: Bob Jones is under investigation", Visibility.HIDDEN_SHAPE),
            org.assertj.core.groups.Tuple.tuple(Location.of("Staff", "shape \"Caption\""),
                "Source: HR system", Visibility.VISIBLE));
  }

  @Test
  void unknownPartIsReportedAsUninspected() throws Exception {
    XSSFWorkbook wb = staffWorkbook();
    PackagePart extra = wb.getPackage().createPart(
        PackagingURIHelper.createPartName("/xl/addin/store1.xml"), "application/x-addin-store+xml");
    try (OutputStream os = extra.getOutputStream()) {
      os.write("<store><person>Hana Hidden</person></store>".getBytes(StandardCharsets.UTF_8));
    }
    RecordingHandler h = read(save(wb, "extra.xlsx"));

    assertThat(h.facts(FactKind.UNINSPECTED_PART)).singleElement().satisfies(f -> {
      assertThat(f.name()).isEqualTo("xl/addin/store1.xml");
      assertThat(f.value()).contains("application/x-addin-store+xml").contains("XML")
          .contains("orphan");
      assertThat(f.attr("contentType")).isEqualTo("application/x-addin-store+xml");
      assertThat(f.flag("orphan")).isTrue();
      assertThat(f.flag("block")).isFalse();
    });
  }

  @Test
  void doctypeInAPartIsRefusedAsXmlEntity() throws Exception {
    XSSFWorkbook wb = staffWorkbook();
    Comment comment = wb.getSheet("Staff").createDrawingPatriarch()
        .createCellComment(wb.getCreationHelper().createClientAnchor());
    comment.setString(new XSSFRichTextString("x"));
    comment.setAddress(1, 1);
    Path file = save(wb, "plain.xlsx");
    Path hostile = dir.resolve("hostile.xlsx");
    replaceEntry(file, hostile, "xl/comments1.xml",
        "<?xml version=\"1.0\"?><!DOCTYPE c [<!ENTITY e \"boom\">]>"
            + "<comments><authors><author>&e;</author></authors></comments>");

    assertThatThrownBy(() -> read(hostile))
        .isInstanceOf(ExtractionException.class)
        .satisfies(e -> assertThat(((ExtractionException) e).reason()).isEqualTo(Reason.XML_ENTITY))
        .hasMessageContaining("xl/comments1.xml");
  }

  @Test
  void malformedPartIsRefusedAsCorrupt() throws Exception {
    XSSFWorkbook wb = staffWorkbook();
    wb.getProperties().getCustomProperties().addProperty("Reviewer", "x");
    Path file = save(wb, "plain.xlsx");
    Path broken = dir.resolve("broken.xlsx");
    replaceEntry(file, broken, "docProps/custom.xml", "<Properties><property name=\"a\">");

    assertThatThrownBy(() -> read(broken))
        .isInstanceOf(ExtractionException.class)
        .satisfies(e -> assertThat(((ExtractionException) e).reason()).isEqualTo(Reason.CORRUPT));
  }

  @Test
  void bigRecordsPartIsStreamedWithDeadlineChecks() throws Exception {
    XSSFWorkbook wb = staffWorkbook();
    wb.createSheet("Summary").createPivotTable(
        new AreaReference("A1:C4", SpreadsheetVersion.EXCEL2007), new CellReference("A1"),
        wb.getSheet("Staff")).addRowLabel(1);
    Path file = save(wb, "pivot.xlsx");
    Path withDef = dir.resolve("def.xlsx");
    replaceEntry(file, withDef, "xl/pivotCache/pivotCacheDefinition1.xml",
        "<pivotCacheDefinition r:id=\"rId1\" refreshedBy=\"Ivy Analyst\" saveData=\"1\""
            + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
            + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
            + "<cacheSource type=\"worksheet\"><worksheetSource sheet=\"Staff\" ref=\"A1:C4\"/></cacheSource>"
            + "<cacheFields count=\"4\"><cacheField name=\"Name\"><sharedItems count=\"3\">"
            + "<s v=\"Alice Smith\"/><s v=\"Bob Jones\"/><s v=\"Carol White\"/></sharedItems></cacheField>"
            + "<cacheField name=\"Team\"><sharedItems/></cacheField>"
            + "<cacheField name=\"Band\" databaseField=\"0\"><sharedItems/></cacheField>"
            + "<cacheField name=\"Score\"><sharedItems/></cacheField></cacheFields></pivotCacheDefinition>");
    StringBuilder records = new StringBuilder("<pivotCacheRecords"
        + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
    for (int i = 0; i < 10_000; i++) {
      records.append("<r><x v=\"").append(i % 3).append("\"/><s v=\"Red\"/><n v=\"").append(i)
          .append("\"/></r>");
    }
    records.append("</pivotCacheRecords>");
    Path big = dir.resolve("big.xlsx");
    replaceEntry(withDef, big, "xl/pivotCache/pivotCacheRecords1.xml", records.toString());
    int[] deadlineChecks = {0};
    ExtractionContext counting = new ExtractionContext() {
      @Override
      public io.foilint.extract.Limits limits() {
        return io.foilint.extract.Limits.DEFAULT;
      }

      @Override
      public void embedded(String name, InputStream content) {}

      @Override
      public void checkDeadline() {
        deadlineChecks[0]++;
      }
    };
    RecordingHandler h = read(big, counting);

    Fact cache = h.facts(FactKind.PIVOT_CACHE).get(0);
    assertThat(cache.intAttr("records")).isEqualTo(10_000); // counted: the part gives no count
    assertThat(cache.attr("refreshedBy")).isEqualTo("Ivy Analyst");
    assertThat(cache.intAttr("sharedItems")).isEqualTo(3);
    RecordedTable table = h.table("Pivot cache 1: source records");
    assertThat(table.rows()).hasSize(10_001);
    // record 2 (row 3): x=1 -> "Bob Jones"; the calculated field Band (databaseField=0) is
    // not in records, so the number lands in Score, column D
    assertThat(table.cell("A3")).map(Cell::value).contains("Bob Jones");
    assertThat(table.cell("B3")).map(Cell::value).contains("Red");
    assertThat(table.cell("D3")).map(Cell::value).contains("1");
    assertThat(table.cell("C3")).isEmpty();
    assertThat(deadlineChecks[0]).isGreaterThanOrEqualTo(5);
  }

  /** Copies a zip, swapping one entry's content. */
  static void replaceEntry(Path from, Path to, String entry, String content) throws IOException {
    try (ZipFile in = new ZipFile(from.toFile());
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
      var entries = in.entries();
      boolean replaced = false;
      while (entries.hasMoreElements()) {
        ZipEntry e = entries.nextElement();
        out.putNextEntry(new ZipEntry(e.getName()));
        if (e.getName().equals(entry)) {
          out.write(content.getBytes(StandardCharsets.UTF_8));
          replaced = true;
        } else {
          try (InputStream is = in.getInputStream(e)) {
            is.transferTo(out);
          }
        }
        out.closeEntry();
      }
      assertThat(replaced).as("entry %s exists", entry).isTrue();
    }
  }
}
