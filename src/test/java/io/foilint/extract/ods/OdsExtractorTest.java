package io.foilint.extract.ods;

import static io.foilint.extract.ods.OdsTestFiles.annotation;
import static io.foilint.extract.ods.OdsTestFiles.cell;
import static io.foilint.extract.ods.OdsTestFiles.cellStyle;
import static io.foilint.extract.ods.OdsTestFiles.cellWith;
import static io.foilint.extract.ods.OdsTestFiles.column;
import static io.foilint.extract.ods.OdsTestFiles.columnGroup;
import static io.foilint.extract.ods.OdsTestFiles.emptyCells;
import static io.foilint.extract.ods.OdsTestFiles.emptyRows;
import static io.foilint.extract.ods.OdsTestFiles.floatCell;
import static io.foilint.extract.ods.OdsTestFiles.hiddenTableStyle;
import static io.foilint.extract.ods.OdsTestFiles.row;
import static io.foilint.extract.ods.OdsTestFiles.rowGroup;
import static io.foilint.extract.ods.OdsTestFiles.rowWith;
import static io.foilint.extract.ods.OdsTestFiles.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.ExtractionException;
import io.foilint.extract.ExtractionException.Reason;
import io.foilint.extract.Limits;
import io.foilint.model.Cell;
import io.foilint.model.Fact;
import io.foilint.model.FactKind;
import io.foilint.model.Location;
import io.foilint.model.TableOrigin;
import io.foilint.model.TextBlock;
import io.foilint.model.TextKind;
import io.foilint.model.Visibility;
import io.foilint.testing.RecordingHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OdsExtractorTest {

  @TempDir Path dir;

  private RecordingHandler extract(Path file) throws Exception {
    return extract(file, ExtractionContext.standalone());
  }

  private RecordingHandler extract(Path file, ExtractionContext context) throws Exception {
    RecordingHandler h = new RecordingHandler();
    new OdsExtractor().extract(file, context, h);
    return h;
  }

  @Test
  void visibleSheetCellsHaveRefsValuesAndFormulaFlag() throws Exception {
    Path f = OdsTestFiles.spreadsheet()
        .body(table("Data", null,
            row(cell("Name"), cell("Age")),
            row(cell("Alice"), cellWith("office:value-type=\"float\" office:value=\"42\" table:formula=\"of:=40+2\"",
                "<text:p>42</text:p>"))))
        .writeTo(dir, "plain.ods");
    RecordingHandler h = extract(f);
    RecordingHandler.RecordedTable t = h.table("Data");
    assertThat(t.start().origin()).isEqualTo(TableOrigin.SHEET);
    assertThat(t.start().visibility()).isEqualTo(Visibility.VISIBLE);
    assertThat(t.start().location()).isEqualTo(Location.of("Data"));
    assertThat(t.cell("A2").orElseThrow().value()).isEqualTo("Alice");
    Cell age = t.cell("B2").orElseThrow();
    assertThat(age.value()).isEqualTo("42");
    assertThat(age.formula()).isTrue();
    assertThat(age.column()).isEqualTo(1);
    assertThat(t.cells()).allMatch(c -> c.visibility() == Visibility.VISIBLE);
  }

  @Test
  void hiddenSheetIsReportedAsHidden() throws Exception {
    Path f = OdsTestFiles.spreadsheet()
        .automaticStyles(hiddenTableStyle("ta2"))
        .body(table("Visible", null, row(cell("ok"))))
        .body(table("Staff", "ta2", row(cell("Smith J"))))
        .writeTo(dir, "hidden-sheet.ods");
    RecordingHandler h = extract(f);
    assertThat(h.table("Visible").start().visibility()).isEqualTo(Visibility.VISIBLE);
    assertThat(h.table("Staff").start().visibility()).isEqualTo(Visibility.HIDDEN_SHEET);
    assertThat(h.table("Staff").cell("A1").orElseThrow().visibility()).isEqualTo(Visibility.HIDDEN_SHEET);
  }

  @Test
  void hiddenFilteredAndCollapsedRows() throws Exception {
    Path f = OdsTestFiles.spreadsheet()
        .body(table("S", null,
            row(cell("header")),
            rowWith("table:visibility=\"collapse\"", cell("hidden row")),
            rowWith("table:visibility=\"filter\"", cell("filtered row")),
            rowGroup(false, rowWith("table:visibility=\"collapse\"", cell("grouped row"))),
            rowGroup(true, row(cell("open group row")))))
        .writeTo(dir, "rows.ods");
    RecordingHandler.RecordedTable t = extract(f).table("S");
    assertThat(t.cell("A1").orElseThrow().visibility()).isEqualTo(Visibility.VISIBLE);
    assertThat(t.cell("A2").orElseThrow().visibility()).isEqualTo(Visibility.HIDDEN_ROW);
    assertThat(t.rows().get(1).visibility()).isEqualTo(Visibility.HIDDEN_ROW);
    assertThat(t.cell("A3").orElseThrow().visibility()).isEqualTo(Visibility.FILTERED_OUT);
    assertThat(t.cell("A4").orElseThrow().visibility()).isEqualTo(Visibility.COLLAPSED_OUTLINE);
    assertThat(t.cell("A5").orElseThrow().visibility()).isEqualTo(Visibility.VISIBLE);
  }

  @Test
  void hiddenAndCollapsedColumns() throws Exception {
    Path f = OdsTestFiles.spreadsheet()
        .body(table("S", null,
            column(""),
            column("table:visibility=\"collapse\""),
            columnGroup(false, column("table:visibility=\"collapse\" table:number-columns-repeated=\"2\"")),
            row(cell("a"), cell("b"), cell("c"), cell("d"), cell("e"))))
        .writeTo(dir, "cols.ods");
    RecordingHandler.RecordedTable t = extract(f).table("S");
    assertThat(t.cell("A1").orElseThrow().visibility()).isEqualTo(Visibility.VISIBLE);
    assertThat(t.cell("B1").orElseThrow().visibility()).isEqualTo(Visibility.HIDDEN_COLUMN);
    assertThat(t.cell("C1").orElseThrow().visibility()).isEqualTo(Visibility.COLLAPSED_OUTLINE);
    assertThat(t.cell("D1").orElseThrow().visibility()).isEqualTo(Visibility.COLLAPSED_OUTLINE);
    assertThat(t.cell("E1").orElseThrow().visibility()).isEqualTo(Visibility.VISIBLE);
  }

  @Test
  void whiteTextOnWhiteIsInvisibleButBlackTextIsNot() throws Exception {
    Path f = OdsTestFiles.spreadsheet()
        .commonStyles(cellStyle("WhiteParent", "#FFFFFF", null))
        .automaticStyles(cellStyle("ce1", "#ffffff", "#ffffff"))
        .automaticStyles(cellStyle("ce2", "#000000", null))
        .automaticStyles("<style:style style:name=\"ce3\" style:family=\"table-cell\""
            + " style:parent-style-name=\"WhiteParent\"/>")
        .automaticStyles(cellStyle("ce4", "#ff0000", "#FF0000"))
        .body(table("S", null,
            row(cellWith("office:value-type=\"string\" table:style-name=\"ce1\"", "<text:p>white</text:p>"),
                cellWith("office:value-type=\"string\" table:style-name=\"ce2\"", "<text:p>black</text:p>"),
                cellWith("office:value-type=\"string\" table:style-name=\"ce3\"", "<text:p>inherited</text:p>"),
                cellWith("office:value-type=\"string\" table:style-name=\"ce4\"", "<text:p>red on red</text:p>"))))
        .writeTo(dir, "white.ods");
    RecordingHandler.RecordedTable t = extract(f).table("S");
    assertThat(t.cell("A1").orElseThrow().visibility()).isEqualTo(Visibility.INVISIBLE_TEXT);
    assertThat(t.cell("B1").orElseThrow().visibility()).isEqualTo(Visibility.VISIBLE);
    assertThat(t.cell("C1").orElseThrow().visibility()).isEqualTo(Visibility.INVISIBLE_TEXT);
    assertThat(t.cell("D1").orElseThrow().visibility()).isEqualTo(Visibility.INVISIBLE_TEXT);
  }

  @Test
  void numberFormatThatPrintsNothing() throws Exception {
    Path f = OdsTestFiles.spreadsheet()
        .automaticStyles("<number:number-style style:name=\"N99\"/>"
            + "<number:number-style style:name=\"N1\"><number:number number:decimal-places=\"0\"/></number:number-style>"
            + "<style:style style:name=\"ce1\" style:family=\"table-cell\" style:data-style-name=\"N99\"/>"
            + "<style:style style:name=\"ce2\" style:family=\"table-cell\" style:data-style-name=\"N1\"/>")
        .body(table("S", null,
            row(cellWith("office:value-type=\"float\" office:value=\"123\" table:style-name=\"ce1\"", ""),
                cellWith("office:value-type=\"float\" office:value=\"7\" table:style-name=\"ce2\"", "<text:p>7</text:p>"))))
        .writeTo(dir, "blank-format.ods");
    RecordingHandler.RecordedTable t = extract(f).table("S");
    assertThat(t.cell("A1").orElseThrow().value()).isEqualTo("123");
    assertThat(t.cell("A1").orElseThrow().visibility()).isEqualTo(Visibility.BLANK_NUMBER_FORMAT);
    assertThat(t.cell("B1").orElseThrow().visibility()).isEqualTo(Visibility.VISIBLE);
  }

  @Test
  void annotationWithAuthorBecomesCommentAndAuthorFact() throws Exception {
    Path f = OdsTestFiles.spreadsheet()
        .body(table("S", null,
            row(cell("x"), cellWith("office:value-type=\"string\"",
                annotation("Jane Doe", "called her on Monday") + "<text:p>y</text:p>"))))
        .writeTo(dir, "comment.ods");
    RecordingHandler h = extract(f);
    assertThat(h.table("S").cell("B1").orElseThrow().value()).isEqualTo("y");
    assertThat(h.texts).singleElement().satisfies(t -> {
      assertThat(t.kind()).isEqualTo(TextKind.COMMENT);
      assertThat(t.location()).isEqualTo(Location.of("S", "B1"));
      assertThat(t.text()).isEqualTo("called her on Monday");
      assertThat(t.author()).isEqualTo("Jane Doe");
      assertThat(t.visibility()).isEqualTo(Visibility.COMMENT);
    });
    assertThat(h.facts(FactKind.COMMENT_AUTHOR)).singleElement().satisfies(a -> {
      assertThat(a.value()).isEqualTo("Jane Doe");
      assertThat(a.location()).isEqualTo(Location.of("S"));
    });
  }

  @Test
  void metaPropertiesBecomeDocumentPropertyFacts() throws Exception {
    Path f = OdsTestFiles.spreadsheet()
        .meta("<meta:initial-creator>Alice Author</meta:initial-creator><dc:creator>Bob Editor</dc:creator>"
            + "<dc:title>Staff list</dc:title><meta:keyword>hr</meta:keyword>"
            + "<meta:user-defined meta:name=\"Owner\">Carol</meta:user-defined><meta:generator>x</meta:generator>")
        .body(table("S", null, row(cell("x"))))
        .writeTo(dir, "meta.ods");
    List<Fact> props = extract(f).facts(FactKind.DOCUMENT_PROPERTY);
    assertThat(props).allMatch(p -> p.location().equals(Location.of("meta.xml")));
    assertThat(props).extracting(Fact::name, Fact::value).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple("creator", "Alice Author"),
        org.assertj.core.groups.Tuple.tuple("lastModifiedBy", "Bob Editor"),
        org.assertj.core.groups.Tuple.tuple("title", "Staff list"),
        org.assertj.core.groups.Tuple.tuple("keywords", "hr"),
        org.assertj.core.groups.Tuple.tuple("custom:Owner", "Carol"));
    assertThat(props).filteredOn(p -> p.name().equals("creator")).singleElement()
        .satisfies(p -> assertThat(p.attr("element")).isEqualTo("meta:initial-creator"));
  }

  @Test
  void dataPilotNamesValidationsAndFilters() throws Exception {
    Path f = OdsTestFiles.spreadsheet()
        .body("<table:content-validations><table:content-validation table:name=\"val1\""
            + " table:condition=\"of:cell-content-is-in-list(&quot;Yes&quot;;&quot;No&quot;)\""
            + " table:base-cell-address=\"S.C1\"/></table:content-validations>")
        .body(table("S", null, row(cell("Name"), cell("Dept")), row(cell("Ann"), cell("HR"))))
        .body("<table:named-expressions><table:named-range table:name=\"People\""
            + " table:base-cell-address=\"$S.$A$1\" table:cell-range-address=\"$S.$A$1:.$B$2\"/>"
            + "</table:named-expressions>")
        .body("<table:database-ranges><table:database-range table:name=\"__Anonymous_Sheet_DB__0\""
            + " table:target-range-address=\"S.A1:S.B2\" table:display-filter-buttons=\"true\">"
            + "<table:filter><table:filter-condition table:field-number=\"1\" table:value=\"HR\" table:operator=\"=\"/>"
            + "</table:filter></table:database-range></table:database-ranges>")
        .body("<table:data-pilot-tables><table:data-pilot-table table:name=\"DataPilot1\""
            + " table:target-range-address=\"S.D1:S.E4\"><table:source-cell-range"
            + " table:cell-range-address=\"S.A1:S.B2\"/></table:data-pilot-table></table:data-pilot-tables>")
        .writeTo(dir, "pivot.ods");
    RecordingHandler h = extract(f);
    assertThat(h.facts(FactKind.PIVOT_TABLE)).singleElement().satisfies(p -> {
      assertThat(p.name()).isEqualTo("DataPilot1");
      assertThat(p.value()).isEqualTo("S.A1:S.B2");
      assertThat(p.attr("target")).isEqualTo("S.D1:S.E4");
      assertThat(p.location()).isEqualTo(Location.of("content.xml"));
    });
    assertThat(h.facts(FactKind.DEFINED_NAME)).singleElement()
        .satisfies(n -> assertThat(n.name()).isEqualTo("People"));
    assertThat(h.facts(FactKind.DATA_VALIDATION_LIST)).singleElement()
        .satisfies(v -> assertThat(v.value()).isEqualTo("\"Yes\";\"No\""));
    assertThat(h.facts(FactKind.AUTOFILTER)).singleElement().satisfies(a -> {
      assertThat(a.name()).isEqualTo("S");
      assertThat(a.value()).isEqualTo("S.A1:S.B2");
    });
  }

  @Test
  void linkedSheetIsAnExternalLinkCache() throws Exception {
    Path f = OdsTestFiles.spreadsheet()
        .body(table("'file:///C:/hr/staff.ods'#Sheet1", null,
            "<table:table-source xlink:type=\"simple\" xlink:href=\"file:///C:/hr/staff.ods\""
                + " table:table-name=\"Sheet1\" table:mode=\"copy-results-only\"/>",
            row(cell("Smith"), cell("Jones"))))
        .writeTo(dir, "linked.ods");
    RecordingHandler h = extract(f);
    RecordingHandler.RecordedTable t = h.tables.get(0);
    assertThat(t.start().origin()).isEqualTo(TableOrigin.EXTERNAL_LINK_CACHE);
    assertThat(t.cells()).hasSize(2).allMatch(c -> c.visibility() == Visibility.EXTERNAL_LINK_CACHE);
    assertThat(h.facts(FactKind.EXTERNAL_LINK)).singleElement().satisfies(l -> {
      assertThat(l.value()).isEqualTo("file:///C:/hr/staff.ods");
      assertThat(l.intAttr("cachedCells")).isEqualTo(2);
    });
  }

  @Test
  void trackedChangesKeepDeletedValues() throws Exception {
    Path f = OdsTestFiles.spreadsheet()
        .body("<table:tracked-changes><table:cell-content-change table:id=\"ct1\">"
            + "<table:cell-address table:column=\"0\" table:row=\"0\" table:table=\"0\"/>"
            + "<office:change-info><dc:creator>Editor Ed</dc:creator><dc:date>2024-01-01T00:00:00</dc:date></office:change-info>"
            + "<table:previous><table:change-track-table-cell office:value-type=\"string\">"
            + "<text:p>Old Name</text:p></table:change-track-table-cell></table:previous>"
            + "</table:cell-content-change></table:tracked-changes>")
        .body(table("S", null, row(cell("New"))))
        .writeTo(dir, "tracked.ods");
    RecordingHandler h = extract(f);
    assertThat(h.facts(FactKind.REVISION_LOG)).singleElement().satisfies(r -> {
      assertThat(r.intAttr("changes")).isEqualTo(1);
      assertThat(r.attr("users")).isEqualTo("Editor Ed");
    });
    assertThat(h.texts).singleElement().satisfies(t -> {
      assertThat(t.text()).isEqualTo("Old Name");
      assertThat(t.author()).isEqualTo("Editor Ed");
      assertThat(t.visibility()).isEqualTo(Visibility.TRACKED_DELETION);
      assertThat(t.location().ref()).isEqualTo("sheet 1!A1");
    });
  }

  @Test
  void headersFootersShapesAndCoveredCells() throws Exception {
    Path f = OdsTestFiles.spreadsheet()
        .masterStyles("<style:master-page style:name=\"Default\"><style:header><text:p>Prepared by J. Bloggs</text:p>"
            + "</style:header><style:footer><text:p>Page 1</text:p></style:footer></style:master-page>")
        .body(table("S", null,
            "<table:shapes><draw:custom-shape draw:name=\"Box 1\"><text:p>Note: exclude Mr X</text:p>"
                + "</draw:custom-shape></table:shapes>",
            row(cellWith("office:value-type=\"string\" table:number-rows-spanned=\"2\"", "<text:p>merged</text:p>")),
            row("<table:covered-table-cell office:value-type=\"string\"><text:p>kept under merge</text:p>"
                + "</table:covered-table-cell>")))
        .writeTo(dir, "texts.ods");
    RecordingHandler h = extract(f);
    assertThat(h.texts).filteredOn(t -> t.kind() == TextKind.HEADER_FOOTER)
        .extracting(TextBlock::text).containsExactly("Prepared by J. Bloggs", "Page 1");
    assertThat(h.texts).filteredOn(t -> t.kind() == TextKind.HEADER_FOOTER)
        .allMatch(t -> t.visibility() == Visibility.HEADER_FOOTER && t.location().place().equals("styles.xml"));
    assertThat(h.texts).filteredOn(t -> t.kind() == TextKind.SHAPE_TEXT).singleElement()
        .satisfies(t -> assertThat(t.text()).isEqualTo("Note: exclude Mr X"));
    assertThat(h.table("S").cell("A2").orElseThrow().visibility()).isEqualTo(Visibility.COVERED_BY_MERGE);
  }

  @Test
  void farOffCellsAreMarked() throws Exception {
    Path f = OdsTestFiles.spreadsheet()
        .body(table("S", null,
            row(cell("a"), cell("b"), emptyCells(60), cell("far right")),
            row(cell("c")),
            emptyRows(500),
            row(cell("far down"))))
        .writeTo(dir, "far.ods");
    RecordingHandler.RecordedTable t = extract(f).table("S");
    assertThat(t.cell("A1").orElseThrow().visibility()).isEqualTo(Visibility.VISIBLE);
    assertThat(t.cell("BK1").orElseThrow().visibility()).isEqualTo(Visibility.FAR_OFF_CELL);
    assertThat(t.cell("A503").orElseThrow().visibility()).isEqualTo(Visibility.FAR_OFF_CELL);
    assertThat(t.rows()).extracting(r -> r.index()).containsExactly(0, 1, 502);
  }

  @Test
  void hugeRepeatsAreNeverMaterialised() throws Exception {
    Path f = OdsTestFiles.spreadsheet()
        .body(table("S", null,
            row(cell("a"), emptyCells(16_000)),
            emptyRows(1_048_000),
            rowWith("table:number-rows-repeated=\"999999999\"",
                cellWith("office:value-type=\"string\" table:number-columns-repeated=\"999999999\"", "<text:p>X</text:p>"))))
        .writeTo(dir, "repeats.ods");
    RecordingHandler h = extract(f);
    RecordingHandler.RecordedTable t = h.table("S");
    assertThat(t.rows()).hasSize(1 + SheetReader.MAX_ROW_REPEAT);
    assertThat(t.rows().get(1).cells()).hasSize(SheetReader.MAX_CELL_REPEAT);
    assertThat(t.rows().get(1).index()).isEqualTo(1_048_001);
    assertThat(h.facts(FactKind.UNINSPECTED_PART)).singleElement()
        .satisfies(u -> assertThat(u.value()).contains("repeats"));
  }

  @Test
  void packagePartsAreReported() throws Exception {
    Path f = OdsTestFiles.spreadsheet()
        .body(table("S", null, row(cell("x"))))
        .entry("Thumbnails/thumbnail.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'})
        .entry("Basic/Standard/Module1.xml", "<x/>")
        .entry("Basic/Standard/script-lb.xml", "<x/>")
        .entry("Object 2", zipWith("inner.txt", "hello"))
        .entry("secret.csv", "name\nAnn\n")
        .writeTo(dir, "parts.ods");
    List<String> embedded = new ArrayList<>();
    RecordingHandler h = new RecordingHandler();
    new OdsExtractor().extract(f, recordingEmbedded(embedded), h);
    assertThat(h.facts(FactKind.THUMBNAIL)).singleElement()
        .satisfies(t -> assertThat(t.name()).isEqualTo("Thumbnails/thumbnail.png"));
    assertThat(h.facts(FactKind.VBA_PROJECT)).singleElement()
        .satisfies(v -> assertThat(v.intAttr("modules")).isEqualTo(1));
    assertThat(h.facts(FactKind.EMBEDDED_OBJECT)).singleElement()
        .satisfies(o -> assertThat(o.flag("scanned")).isTrue());
    assertThat(embedded).containsExactly("Object 2");
    assertThat(h.facts(FactKind.UNINSPECTED_PART)).extracting(Fact::name).containsExactly("secret.csv");
  }

  @Test
  void chartObjectLocalTableIsAChartCache() throws Exception {
    String chartContent = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content"
        + OdsTestFiles.NAMESPACES + " xmlns:chart=\"urn:oasis:names:tc:opendocument:xmlns:chart:1.0\">"
        + "<office:body><office:chart><chart:chart>"
        + table("local-table", null, row(cell(""), cell("Salary")), row(cell("Ann Smith"), floatCell(51000)))
        + "</chart:chart></office:chart></office:body></office:document-content>";
    Path f = OdsTestFiles.spreadsheet()
        .body(table("S", null,
            row(cellWith("office:value-type=\"string\"", "<text:p>x</text:p>"
                + "<draw:frame draw:name=\"Chart 1\"><draw:object xlink:href=\"./Object 1\"/></draw:frame>"))))
        .manifestEntry("<manifest:file-entry manifest:full-path=\"Object 1/\""
            + " manifest:media-type=\"application/vnd.oasis.opendocument.chart\"/>")
        .entry("Object 1/content.xml", chartContent)
        .writeTo(dir, "chart.ods");
    RecordingHandler h = extract(f);
    RecordingHandler.RecordedTable chart = h.table("local-table");
    assertThat(chart.start().origin()).isEqualTo(TableOrigin.CHART_CACHE);
    assertThat(chart.start().location().container()).isEqualTo("Object 1");
    assertThat(chart.cell("A2").orElseThrow().value()).isEqualTo("Ann Smith");
    assertThat(chart.cell("A2").orElseThrow().visibility()).isEqualTo(Visibility.CHART_CACHE);
    assertThat(h.facts(FactKind.EMBEDDED_OBJECT)).singleElement().satisfies(o -> {
      assertThat(o.location()).isEqualTo(Location.of("S"));
      assertThat(o.flag("scanned")).isTrue();
    });
    assertThat(h.facts(FactKind.CHART)).hasSize(1);
  }

  @Test
  void flatOdsIsReadLikeAPackage() throws Exception {
    Path f = OdsTestFiles.spreadsheet()
        .meta("<dc:creator>Flat Author</dc:creator>")
        .automaticStyles(hiddenTableStyle("ta2"))
        .body(table("Hidden", "ta2", row(cell("secret"))))
        .body("<office:scripts/>")
        .writeFlatTo(dir, "flat.fods");
    RecordingHandler h = extract(f);
    assertThat(h.table("Hidden").start().visibility()).isEqualTo(Visibility.HIDDEN_SHEET);
    assertThat(h.facts(FactKind.DOCUMENT_PROPERTY)).singleElement()
        .satisfies(p -> assertThat(p.value()).isEqualTo("Flat Author"));
  }

  // ---- negatives and hostile input ---------------------------------------------------------

  @Test
  void doctypeIsRefused() throws Exception {
    Path f = OdsTestFiles.spreadsheet()
        .rawContent("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e \"boom\">]>"
            + "<office:document-content" + OdsTestFiles.NAMESPACES + ">&e;</office:document-content>")
        .writeTo(dir, "doctype.ods");
    assertReason(f, Reason.XML_ENTITY);
  }

  @Test
  void missingContentIsCorrupt() throws Exception {
    assertReason(OdsTestFiles.spreadsheet().withoutContent().writeTo(dir, "nocontent.ods"), Reason.CORRUPT);
  }

  @Test
  void malformedContentIsCorrupt() throws Exception {
    Path f = OdsTestFiles.spreadsheet().rawContent("<office:document-content" + OdsTestFiles.NAMESPACES + "><a>")
        .writeTo(dir, "malformed.ods");
    assertThatThrownBy(() -> extract(f)).isInstanceOf(ExtractionException.class)
        .satisfies(e -> assertThat(((ExtractionException) e).reason()).isIn(Reason.CORRUPT, Reason.TRUNCATED));
  }

  @Test
  void duplicateEntryNamesAreRefused() throws Exception {
    Path f = OdsTestFiles.spreadsheet().body(table("S", null, row(cell("x"))))
        .duplicate("content.xml").writeTo(dir, "dup.ods");
    assertReason(f, Reason.DUPLICATE_ZIP_ENTRY);
  }

  @Test
  void encryptedPartsAreRefused() throws Exception {
    Path f = OdsTestFiles.spreadsheet().body(table("S", null, row(cell("x"))))
        .manifestEntry("<manifest:file-entry manifest:full-path=\"settings.xml\" manifest:media-type=\"text/xml\">"
            + "<manifest:encryption-data manifest:checksum-type=\"SHA1/1K\" manifest:checksum=\"x\"/>"
            + "</manifest:file-entry>")
        .writeTo(dir, "enc.ods");
    assertReason(f, Reason.ENCRYPTED);
  }

  @Test
  void otherOpenDocumentTypesAreUnsupported() throws Exception {
    Path f = OdsTestFiles.spreadsheet().mimetype("application/vnd.oasis.opendocument.text")
        .body(table("S", null, row(cell("x")))).writeTo(dir, "text.odt");
    assertReason(f, Reason.UNSUPPORTED);
  }

  @Test
  void notAZipNorXmlIsUnsupported() throws Exception {
    Path f = Files.write(dir.resolve("junk.ods"), new byte[] {1, 2, 3, 4, 5});
    assertReason(f, Reason.UNSUPPORTED);
  }

  @Test
  void damagedZipIsCorrupt() throws Exception {
    byte[] ok = OdsTestFiles.spreadsheet().body(table("S", null, row(cell("x")))).odsBytes();
    byte[] cut = java.util.Arrays.copyOf(ok, ok.length / 2);
    assertReason(Files.write(dir.resolve("cut.ods"), cut), Reason.CORRUPT);
  }

  @Test
  void zipLimitsAreEnforced() throws Exception {
    StringBuilder big = new StringBuilder();
    for (int i = 0; i < 200_000; i++) {
      big.append("<table:table-row><table:table-cell/></table:table-row>");
    }
    Path f = OdsTestFiles.spreadsheet().body(table("S", null, big.toString())).writeTo(dir, "bomb.ods");
    Limits tight = new Limits(1L << 30, 20_000, 1L << 20, 1000.0, 5, Duration.ofMinutes(1));
    assertThatThrownBy(() -> extract(f, contextWith(tight)))
        .isInstanceOf(ExtractionException.class)
        .satisfies(e -> assertThat(((ExtractionException) e).reason()).isEqualTo(Reason.LIMIT_EXCEEDED));
    Limits fewEntries = new Limits(1L << 30, 3, 1L << 32, 1000.0, 5, Duration.ofMinutes(1));
    assertThatThrownBy(() -> extract(f, contextWith(fewEntries)))
        .isInstanceOf(ExtractionException.class)
        .satisfies(e -> assertThat(((ExtractionException) e).reason()).isEqualTo(Reason.LIMIT_EXCEEDED));
    // 200,000 identical rows compress far beyond the default ratio: a bomb by shape.
    assertReason(f, Reason.LIMIT_EXCEEDED);
  }

  @Test
  void deadlineIsCheckedWhileRowsStream() throws Exception {
    StringBuilder rows = new StringBuilder();
    for (int i = 0; i < 5_000; i++) {
      rows.append(row(cell("r" + i)));
    }
    Path f = OdsTestFiles.spreadsheet().body(table("S", null, rows.toString())).writeTo(dir, "slow.ods");
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
    assertReason(f, Reason.TIMEOUT, expired);
  }

  // ---- helpers ----------------------------------------------------------------------------

  private void assertReason(Path f, Reason reason) {
    assertReason(f, reason, ExtractionContext.standalone());
  }

  private void assertReason(Path f, Reason reason, ExtractionContext context) {
    assertThatThrownBy(() -> extract(f, context))
        .isInstanceOf(ExtractionException.class)
        .satisfies(e -> assertThat(((ExtractionException) e).reason()).isEqualTo(reason));
  }

  private static ExtractionContext contextWith(Limits limits) {
    return new ExtractionContext() {
      @Override
      public Limits limits() {
        return limits;
      }

      @Override
      public void embedded(String name, InputStream content) {}

      @Override
      public void checkDeadline() {}
    };
  }

  private static ExtractionContext recordingEmbedded(List<String> names) {
    return new ExtractionContext() {
      @Override
      public Limits limits() {
        return Limits.DEFAULT;
      }

      @Override
      public void embedded(String name, InputStream content) throws IOException {
        content.readAllBytes();
        names.add(name);
      }

      @Override
      public void checkDeadline() {}
    };
  }

  private static byte[] zipWith(String name, String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry(name));
      zip.write(text.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }
}
