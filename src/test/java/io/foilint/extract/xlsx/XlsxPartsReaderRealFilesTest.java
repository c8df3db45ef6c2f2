package io.foilint.extract.xlsx;

import static io.foilint.extract.xlsx.XlsxPartsReaderTest.read;
import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.Limits;
import io.foilint.model.Cell;
import io.foilint.model.Fact;
import io.foilint.model.FactKind;
import io.foilint.model.Location;
import io.foilint.model.TextBlock;
import io.foilint.model.TextKind;
import io.foilint.model.Visibility;
import io.foilint.testing.Corpus;
import io.foilint.testing.RecordingHandler;
import io.foilint.testing.RecordingHandler.RecordedTable;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The parts reader on real workbooks from the shared corpus (skipped when it is absent). */
class XlsxPartsReaderRealFilesTest {

  private static RecordingHandler corpus(String name) throws Exception {
    return read(Corpus.file("xlsx/" + name));
  }

  @Test
  void pivotRecordsAreResolvedThroughSharedItems() throws Exception {
    RecordingHandler h = corpus("poi__54436.xlsx");
    Fact cache = h.facts(FactKind.PIVOT_CACHE).get(0);
    assertThat(cache.attr("source")).isEqualTo("Sheet1!A1:C6");
    assertThat(cache.intAttr("records")).isEqualTo(5);
    assertThat(cache.intAttr("fields")).isEqualTo(3);
    assertThat(cache.intAttr("sharedItems")).isEqualTo(2);
    RecordedTable records = h.table("Pivot cache 1: source records");
    assertThat(records.start().location().place()).isEqualTo("xl/pivotCache/pivotCacheRecords1.xml");
    assertThat(records.rows()).hasSize(6);
    // <x v="0"/> in field Category resolves to its first shared item
    assertThat(records.cell("A2")).map(Cell::value).contains("Category 1");
    assertThat(records.cell("B2")).map(Cell::value).contains("Question 1");
    assertThat(records.cell("C2")).map(Cell::value).contains("1");
    assertThat(records.cells()).allMatch(c -> c.visibility() == Visibility.PIVOT_CACHE);
    assertThat(h.table("Pivot cache 1: field values").cell("A3")).map(Cell::value).contains("Category 2");
  }

  @Test
  void severalCachesAndPivotTablesAreNumberedAndLinked() throws Exception {
    RecordingHandler h = corpus("calamine__pivots.xlsx");
    assertThat(h.facts(FactKind.PIVOT_CACHE)).extracting(Fact::name)
        .containsExactly("Pivot cache 1", "Pivot cache 2");
    assertThat(h.facts(FactKind.PIVOT_CACHE)).extracting(f -> f.intAttr("records")).containsExactly(10, 10);
    assertThat(h.facts(FactKind.PIVOT_TABLE)).hasSize(5)
        .allMatch(f -> f.attr("cachePart").startsWith("xl/pivotCache/pivotCacheDefinition"));
    assertThat(h.table("Pivot cache 2: source records").rows()).hasSize(11);
    // the workbook also holds a Power Query (DataMashup) and its connection
    assertThat(h.facts(FactKind.POWER_QUERY)).extracting(Fact::value).containsExactly("customXml/item1.xml");
    assertThat(h.facts(FactKind.DATA_CONNECTION)).extracting(Fact::value)
        .anyMatch(v -> v.contains("Microsoft.Mashup.OleDb"));
  }

  @Test
  void definitionWithoutRecordsHasZeroRecordsButKeepsItsValues() throws Exception {
    RecordingHandler h = corpus("poi__64450.xlsx");
    Fact cache = h.facts(FactKind.PIVOT_CACHE).get(0);
    assertThat(cache.intAttr("records")).isZero();
    assertThat(cache.intAttr("sharedItems")).isEqualTo(8);
    assertThat(h.tableNames()).doesNotContain("Pivot cache 1: source records");
    assertThat(h.table("Pivot cache 1: field values").rows()).hasSize(2);
  }

  @Test
  void externalLinkTargetSheetsAndCachedCells() throws Exception {
    RecordingHandler h = corpus("poi__46535.xlsx");
    List<Fact> links = h.facts(FactKind.EXTERNAL_LINK);
    assertThat(links).hasSize(3);
    Fact first = links.get(0);
    assertThat(first.value()).endsWith("/Excel Prototype/Korchina_HSI_Prototype_v1.0.xls");
    assertThat(first.attr("sheets")).isEqualTo("HouseShippingInstruction|Codelist");
    RecordedTable codelist = h.table("Korchina_HSI_Prototype_v1.0.xls [Codelist]");
    assertThat(codelist.start().location())
        .isEqualTo(Location.of("xl/externalLinks/externalLink1.xml", "Codelist"));
    assertThat(codelist.start().visibility()).isEqualTo(Visibility.EXTERNAL_LINK_CACHE);
    assertThat(codelist.cell("A2")).map(Cell::value).contains("AAA");
    long cells = h.tables.stream()
        .filter(t -> t.start().location().place().equals("xl/externalLinks/externalLink1.xml"))
        .mapToLong(t -> t.cells().size()).sum();
    assertThat(first.intAttr("cachedCells")).isEqualTo((int) cells);
  }

  @Test
  void threadedCommentsResolveAuthorsThroughPersons() throws Exception {
    RecordingHandler h = corpus("poi__64759.xlsx");
    assertThat(h.facts(FactKind.COMMENT_AUTHOR)).filteredOn(f -> f.name().equals("person"))
        .singleElement().satisfies(f -> {
          assertThat(f.value()).isEqualTo("Pankaj Chaudhary");
          assertThat(f.attr("provider")).isEqualTo("AD");
          assertThat(f.attr("userId")).contains("pankaj.chaudhary@");
          assertThat(f.location().place()).isEqualTo("xl/persons/person.xml");
        });
    assertThat(h.texts).filteredOn(t -> t.kind() == TextKind.THREADED_COMMENT).singleElement()
        .satisfies(t -> {
          assertThat(t.author()).isEqualTo("Pankaj Chaudhary");
          assertThat(t.location()).isEqualTo(Location.of("File", "C2"));
          assertThat(t.text().strip()).isEqualTo("testing");
        });
    assertThat(h.texts).filteredOn(t -> t.kind() == TextKind.COMMENT)
        .extracting(TextBlock::location).contains(Location.of("File", "B3"));
  }

  @Test
  void legacyCommentsOnSeveralSheets() throws Exception {
    RecordingHandler h = corpus("poi__45544.xlsx");
    List<TextBlock> comments = h.texts.stream().filter(t -> t.kind() == TextKind.COMMENT).toList();
    assertThat(comments).hasSize(3).allMatch(t -> t.visibility() == Visibility.COMMENT);
    assertThat(comments).extracting(t -> t.location().place()).doesNotContain("")
        .noneMatch(p -> p.startsWith("xl/"));
  }

  @Test
  void connectionStringsNameTheirServer() throws Exception {
    RecordingHandler h = corpus("tika__testDataConnections.xlsx");
    assertThat(h.facts(FactKind.DATA_CONNECTION)).extracting(f -> f.name() + " " + f.attr("server"))
        .contains("DBConnection1 db.example.org");
    assertThat(h.facts(FactKind.DATA_CONNECTION)).extracting(Fact::value)
        .contains("http://example.com/data.html");
  }

  @Test
  void queryTablesAreConnections() throws Exception {
    RecordingHandler h = corpus("poi__StructuredRefs-lots-with-lookups.xlsx");
    assertThat(h.facts(FactKind.DATA_CONNECTION)).anyMatch(f -> f.attr("type").equals("queryTable"));
    assertThat(h.facts(FactKind.EXTERNAL_LINK)).isNotEmpty();
  }

  @Test
  void vbaProjectListsItsModules() throws Exception {
    RecordingHandler h = corpus("poi__SimpleMacro.xlsm");
    assertThat(h.facts(FactKind.VBA_PROJECT)).singleElement().satisfies(f -> {
      assertThat(f.name()).isEqualTo("xl/vbaProject.bin");
      assertThat(f.attr("modules")).contains("Module1", "ThisWorkbook");
      assertThat(f.intAttr("bytes")).isPositive();
    });
  }

  @Test
  void embeddedDocumentsAreReportedAndHandedToTheEngine() throws Exception {
    Map<String, Long> handed = new LinkedHashMap<>();
    ExtractionContext recording = new ExtractionContext() {
      @Override
      public Limits limits() {
        return Limits.DEFAULT;
      }

      @Override
      public void embedded(String name, InputStream content) throws IOException {
        handed.put(name, content.transferTo(java.io.OutputStream.nullOutputStream()));
      }

      @Override
      public void checkDeadline() {}
    };
    RecordingHandler h = read(Corpus.file("xlsx/poi__58325_db.xlsx"), recording);
    List<String> reported = new ArrayList<>();
    h.facts(FactKind.EMBEDDED_OBJECT).forEach(f -> reported.add(f.name()));
    assertThat(reported).contains("xl/embeddings/Microsoft_Excel_Worksheet1.xlsx", "xl/embeddings/oleObject1.bin");
    assertThat(handed.keySet()).containsExactlyElementsOf(reported);
    assertThat(handed.get("xl/embeddings/Microsoft_Excel_Worksheet1.xlsx")).isEqualTo(902887L);
  }

  @Test
  void revisionLogKeepsOldValuesAndUsers() throws Exception {
    RecordingHandler h = corpus("poi__workbookProtection_workbook_revision_protected.xlsx");
    assertThat(h.facts(FactKind.REVISION_LOG)).extracting(Fact::name)
        .contains("xl/revisions/revisionHeaders.xml", "xl/revisions/revisionLog1.xml");
    assertThat(h.facts(FactKind.DOCUMENT_PROPERTY)).filteredOn(f -> f.name().equals("revisionUser"))
        .extracting(Fact::value).containsExactly("Riccardo");
    RecordedTable log = h.tables.stream()
        .filter(t -> t.start().location().place().equals("xl/revisions/revisionLog1.xml"))
        .findFirst().orElseThrow();
    assertThat(log.start().visibility()).isEqualTo(Visibility.REVISION_LOG);
    assertThat(log.cell("A2")).map(Cell::value).contains("Sheet1");
    assertThat(log.cell("B2")).map(Cell::value).contains("H18");
    assertThat(log.cell("C2")).map(Cell::value).contains("dfsafdskgn");
    // two changes (ids 1 and 2, one per log); the header part's three saved versions are not changes
    assertThat(h.facts(FactKind.REVISION_LOG).stream().mapToInt(f -> f.intAttr("changes")).sum()).isEqualTo(2);
  }

  @Test
  void theRevisionLogFindingCountsChangesAndEarlierValuesNotSavesAndLabels() throws Exception {
    var findings = io.foilint.FoiLint.check(Corpus.file("xlsx/poi__workbookProtection_workbook_revision_protected.xlsx"))
        .files().get(0).findings();
    assertThat(findings).filteredOn(f -> f.rule().equals("revision-log")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("revision log of 2 changes", "holding 1 earlier cell value"));
  }

  @Test
  void customPropertiesAndCustomXmlParts() throws Exception {
    RecordingHandler h = corpus("poi__54399.xlsx");
    assertThat(h.facts(FactKind.DOCUMENT_PROPERTY)).filteredOn(f -> f.name().startsWith("custom:")).hasSize(4);
    assertThat(h.facts(FactKind.CUSTOM_XML_PART)).hasSize(3)
        .allMatch(f -> !f.attr("rootElement").isEmpty() && f.intAttr("bytes") > 0);
  }

  @Test
  void chartCacheFromARealChart() throws Exception {
    RecordingHandler h = corpus("tika__testEXCEL_charts.xlsx");
    assertThat(h.facts(FactKind.CHART)).extracting(Fact::name).contains("wants a peach");
    RecordedTable series = h.table("Chart 1 series 1");
    assertThat(series.cell("A2")).map(Cell::value).contains("January");
    assertThat(h.facts(FactKind.THUMBNAIL)).extracting(Fact::name).containsExactly("docProps/thumbnail.jpeg");
  }
}
