package io.foilint.extract.ods;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.ExtractionException;
import io.foilint.extract.ExtractionException.Reason;
import io.foilint.model.Fact;
import io.foilint.model.FactKind;
import io.foilint.model.Location;
import io.foilint.model.TableOrigin;
import io.foilint.model.TextBlock;
import io.foilint.model.TextKind;
import io.foilint.model.Visibility;
import io.foilint.testing.RecordingHandler;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** OpenDocument text: each hiding place reported with the visibility the Word reader gives it. */
class OdtExtractorTest {

  @TempDir Path dir;

  private static String p(String text) {
    return "<text:p>" + OdsTestFiles.esc(text) + "</text:p>";
  }

  private static String textStyle(String name, String textProperties) {
    return "<style:style style:name=\"" + name + "\" style:family=\"text\"><style:text-properties "
        + textProperties + "/></style:style>";
  }

  private RecordingHandler extract(OdsTestFiles.Builder doc) throws Exception {
    return extract(doc.writeTo(dir, "letter.odt"));
  }

  private static RecordingHandler extract(Path file) throws Exception {
    RecordingHandler h = new RecordingHandler();
    new OdtExtractor().extract(file, ExtractionContext.standalone(), h);
    return h;
  }

  private static List<TextBlock> texts(RecordingHandler h, Visibility v) {
    return h.texts.stream().filter(t -> t.visibility() == v).toList();
  }

  private static List<Fact> facts(RecordingHandler h, FactKind kind) {
    return h.facts.stream().filter(f -> f.kind() == kind).toList();
  }

  @Test
  void paragraphsAndHeadingsAreVisibleBodyBlocksNumberedInOrder() throws Exception {
    RecordingHandler h = extract(OdsTestFiles.textDocument().body(
        "<text:h text:outline-level=\"1\">Your request</text:h>" + p("Thank you for your request.")
            + "<text:section text:name=\"Annex\">" + p("Figures follow.") + "</text:section>"));
    assertThat(h.texts).extracting(TextBlock::text)
        .containsExactly("Your request", "Thank you for your request.", "Figures follow.");
    assertThat(h.texts).allMatch(t -> t.kind() == TextKind.BODY && t.visibility() == Visibility.VISIBLE);
    assertThat(h.texts.get(1).location()).isEqualTo(Location.of("paragraph 2"));
    assertThat(h.texts.get(2).location()).isEqualTo(Location.of("section \"Annex\", paragraph 3"));
    assertThat(h.tables).isEmpty();
  }

  @Test
  void characterStyleDisplayNoneIsHiddenTextAndANormalStyleIsNot() throws Exception {
    RecordingHandler h = extract(OdsTestFiles.textDocument()
        .automaticStyles(textStyle("T1", "text:display=\"none\"") + textStyle("T2", "fo:font-weight=\"bold\""))
        .body("<text:p>Dear requester, <text:span text:style-name=\"T1\">complainant Niamh Quenby</text:span>"
            + " <text:span text:style-name=\"T2\">thank you</text:span>.</text:p>"));
    assertThat(texts(h, Visibility.WORD_HIDDEN_TEXT)).singleElement()
        .satisfies(t -> {
          assertThat(t.text()).isEqualTo("complainant Niamh Quenby");
          assertThat(t.location()).isEqualTo(Location.of("paragraph 1"));
        });
    assertThat(texts(h, Visibility.VISIBLE)).singleElement()
        .satisfies(t -> assertThat(t.text()).isEqualTo("Dear requester,  thank you."));
  }

  @Test
  void aParagraphStyleCanHideTextToo() throws Exception {
    RecordingHandler h = extract(OdsTestFiles.textDocument()
        .commonStyles("<style:style style:name=\"Secret\" style:family=\"paragraph\">"
            + "<style:text-properties text:display=\"none\"/></style:style>"
            + "<style:style style:name=\"Child\" style:family=\"paragraph\" style:parent-style-name=\"Secret\"/>")
        .body("<text:p text:style-name=\"Child\">Inherited hidden words</text:p>" + p("Shown")));
    assertThat(texts(h, Visibility.WORD_HIDDEN_TEXT)).extracting(TextBlock::text)
        .containsExactly("Inherited hidden words");
    assertThat(texts(h, Visibility.VISIBLE)).extracting(TextBlock::text).containsExactly("Shown");
  }

  @Test
  void hiddenSectionsParagraphsAndConditionalTextAreHidden() throws Exception {
    RecordingHandler h = extract(OdsTestFiles.textDocument().body(
        "<text:section text:name=\"Notes\" text:display=\"none\">" + p("Internal: Grace Ostrander") + "</text:section>"
            + "<text:section text:name=\"Cond\" text:display=\"condition\" text:condition=\"ooow:1\">"
            + p("Conditional section words") + "</text:section>"
            + "<text:section text:name=\"Shown\">" + p("Visible section words") + "</text:section>"
            + "<text:p><text:hidden-paragraph text:condition=\"ooow:1\" text:is-hidden=\"true\"/>Hidden paragraph words</text:p>"
            + "<text:p>Open <text:hidden-text text:condition=\"ooow:1\" text:string-value=\"hidden field words\""
            + " text:is-hidden=\"true\"/>end</text:p>"));
    assertThat(texts(h, Visibility.WORD_HIDDEN_TEXT)).extracting(TextBlock::text).containsExactly(
        "Internal: Grace Ostrander", "Conditional section words", "Hidden paragraph words", "hidden field words");
    assertThat(texts(h, Visibility.WORD_HIDDEN_TEXT).get(0).location())
        .isEqualTo(Location.of("section \"Notes\", paragraph 1"));
    assertThat(texts(h, Visibility.VISIBLE)).extracting(TextBlock::text)
        .containsExactly("Visible section words", "Open end");
  }

  @Test
  void aHiddenParagraphFieldThatIsNotHiddenNowShowsItsParagraph() throws Exception {
    RecordingHandler h = extract(OdsTestFiles.textDocument().body(
        "<text:p><text:hidden-paragraph text:condition=\"ooow:0\" text:is-hidden=\"false\"/>Shown words</text:p>"));
    assertThat(h.texts).singleElement().satisfies(t -> assertThat(t.visibility()).isEqualTo(Visibility.VISIBLE));
  }

  @Test
  void trackedDeletionsKeepTheirTextAndAuthorAndAreCounted() throws Exception {
    RecordingHandler h = extract(OdsTestFiles.textDocument().body(
        "<text:tracked-changes>"
            + "<text:changed-region text:id=\"ct1\"><text:deletion><office:change-info>"
            + "<dc:creator>Aled Hartwell</dc:creator><dc:date>2024-03-04T10:00:00</dc:date></office:change-info>"
            + p("The officer was Sergeant Grace Ostrander.") + "</text:deletion></text:changed-region>"
            + "<text:changed-region text:id=\"ct2\"><text:insertion><office:change-info>"
            + "<dc:creator>Priya Pellow</dc:creator><dc:date>2024-03-04T10:00:00</dc:date></office:change-info>"
            + "</text:insertion></text:changed-region>"
            + "</text:tracked-changes>"
            + "<text:p><text:change text:change-id=\"ct1\"/>Thank you for your request.</text:p>"));
    assertThat(texts(h, Visibility.TRACKED_DELETION)).singleElement().satisfies(t -> {
      assertThat(t.text()).isEqualTo("The officer was Sergeant Grace Ostrander.");
      assertThat(t.author()).isEqualTo("Aled Hartwell");
      assertThat(t.location()).isEqualTo(Location.of("tracked change 1"));
    });
    assertThat(facts(h, FactKind.TRACKED_CHANGES)).singleElement().satisfies(f -> {
      assertThat(f.attr("deletions")).isEqualTo("1");
      assertThat(f.attr("insertions")).isEqualTo("1");
      assertThat(f.attr("authors")).isEqualTo("Aled Hartwell|Priya Pellow");
    });
    assertThat(texts(h, Visibility.VISIBLE)).extracting(TextBlock::text)
        .containsExactly("Thank you for your request.");
  }

  @Test
  void aLetterWithoutTrackedChangesHasNoTrackedChangesFact() throws Exception {
    RecordingHandler h = extract(OdsTestFiles.textDocument().body(p("Thank you.")));
    assertThat(facts(h, FactKind.TRACKED_CHANGES)).isEmpty();
    assertThat(texts(h, Visibility.TRACKED_DELETION)).isEmpty();
  }

  @Test
  void annotationsAreCommentsWithTheirAuthorsAnchoredToTheParagraph() throws Exception {
    RecordingHandler h = extract(OdsTestFiles.textDocument().body(
        p("Intro") + "<text:p>Figures<office:annotation><dc:creator>Priya Pellow</dc:creator>"
            + "<dc:date>2024-03-04T10:00:00</dc:date>" + p("The victim is Tomasz Marchbank.")
            + "</office:annotation> by area.</text:p>"));
    assertThat(h.texts).filteredOn(t -> t.kind() == TextKind.COMMENT).singleElement().satisfies(t -> {
      assertThat(t.text()).isEqualTo("The victim is Tomasz Marchbank.");
      assertThat(t.author()).isEqualTo("Priya Pellow");
      assertThat(t.visibility()).isEqualTo(Visibility.COMMENT);
      assertThat(t.location()).isEqualTo(Location.of("comments", "paragraph 2"));
    });
    assertThat(facts(h, FactKind.COMMENT_AUTHOR)).extracting(Fact::value).containsExactly("Priya Pellow");
    assertThat(texts(h, Visibility.VISIBLE)).extracting(TextBlock::text).containsExactly("Intro", "Figures by area.");
  }

  @Test
  void whiteTinyAndBlackHighlightedRunsAreJudgedAsWordRunsAre() throws Exception {
    RecordingHandler h = extract(OdsTestFiles.textDocument()
        .automaticStyles(textStyle("W", "fo:color=\"#ffffff\"") + textStyle("K", "fo:background-color=\"#000000\"")
            + textStyle("S", "fo:font-size=\"1pt\"") + textStyle("B", "fo:color=\"#000000\"")
            + textStyle("Banner", "fo:color=\"#ffffff\" fo:background-color=\"#000000\""))
        .body("<text:p>Visible <text:span text:style-name=\"W\">white words</text:span>"
            + " <text:span text:style-name=\"K\">blacked out words</text:span>"
            + " <text:span text:style-name=\"S\">tiny words</text:span>"
            + " <text:span text:style-name=\"B\">black words</text:span>"
            + " <text:span text:style-name=\"Banner\">OFFICIAL</text:span></text:p>"));
    assertThat(texts(h, Visibility.INVISIBLE_TEXT)).extracting(TextBlock::text).containsExactly("white words");
    assertThat(texts(h, Visibility.DARK_HIGHLIGHT)).extracting(TextBlock::text).containsExactly("blacked out words");
    assertThat(texts(h, Visibility.TINY_TEXT)).extracting(TextBlock::text).containsExactly("tiny words");
    assertThat(texts(h, Visibility.VISIBLE)).singleElement()
        .satisfies(t -> assertThat(t.text()).contains("Visible").contains("black words").contains("OFFICIAL"));
  }

  @Test
  void aTopLevelTableIsAWordTableAndHiddenWordsInACellComeAfterIt() throws Exception {
    RecordingHandler h = extract(OdsTestFiles.textDocument()
        .automaticStyles(textStyle("T1", "text:display=\"none\""))
        .body(p("Before") + "<table:table table:name=\"Table1\"><table:table-column table:number-columns-repeated=\"2\"/>"
            + "<table:table-header-rows><table:table-row><table:table-cell>" + p("Area") + "</table:table-cell>"
            + "<table:table-cell>" + p("Incidents") + "</table:table-cell></table:table-row></table:table-header-rows>"
            + "<table:table-row><table:table-cell>" + p("Northmere") + "</table:table-cell>"
            + "<table:table-cell><text:p>412<text:span text:style-name=\"T1\"> incl. Quenby</text:span></text:p>"
            + "</table:table-cell></table:table-row>"
            + "<table:table-row><table:table-cell table:number-columns-spanned=\"2\">" + p("Total 700")
            + "</table:table-cell><table:covered-table-cell/></table:table-row>"
            + "</table:table>" + p("After")));
    RecordingHandler.RecordedTable t = h.tables.get(0);
    assertThat(t.start().origin()).isEqualTo(TableOrigin.WORD_TABLE);
    assertThat(t.start().location()).isEqualTo(Location.of("table 1"));
    assertThat(t.cell("A1").orElseThrow().value()).isEqualTo("Area");
    assertThat(t.cell("B2").orElseThrow().value()).isEqualTo("412");
    assertThat(t.cell("A3").orElseThrow().value()).isEqualTo("Total 700");
    assertThat(t.cells()).hasSize(5).allMatch(c -> c.visibility() == Visibility.VISIBLE);
    assertThat(texts(h, Visibility.WORD_HIDDEN_TEXT)).singleElement().satisfies(b -> {
      assertThat(b.text()).isEqualTo("incl. Quenby");
      assertThat(b.location()).isEqualTo(Location.of("table 1", "row 2, cell 2"));
    });
    assertThat(texts(h, Visibility.VISIBLE)).extracting(TextBlock::text).containsExactly("Before", "After");
  }

  @Test
  void framesAreShapeTextHiddenOrOffThePageWhenSo() throws Exception {
    String box = "<draw:text-box>" + p("%s") + "</draw:text-box>";
    RecordingHandler h = extract(OdsTestFiles.textDocument().body(
        "<text:p>Letter<draw:frame draw:name=\"Box1\" text:anchor-type=\"paragraph\" svg:x=\"1cm\" svg:y=\"1cm\" svg:width=\"5cm\">"
            + box.formatted("Shown box") + "</draw:frame>"
            + "<draw:frame draw:name=\"Box2\" draw:display=\"none\">" + box.formatted("Hidden box") + "</draw:frame>"
            + "<draw:frame draw:name=\"Box3\" text:anchor-type=\"page\" svg:x=\"-30cm\" svg:y=\"2cm\" svg:width=\"5cm\">"
            + box.formatted("Off the page") + "</draw:frame></text:p>"));
    assertThat(h.texts).filteredOn(t -> t.kind() == TextKind.SHAPE_TEXT)
        .extracting(TextBlock::text, TextBlock::visibility)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Shown box", Visibility.VISIBLE),
            org.assertj.core.groups.Tuple.tuple("Hidden box", Visibility.HIDDEN_SHAPE),
            org.assertj.core.groups.Tuple.tuple("Off the page", Visibility.OUTSIDE_PAGE));
    assertThat(h.texts).filteredOn(t -> t.kind() == TextKind.SHAPE_TEXT).first()
        .satisfies(t -> assertThat(t.location()).isEqualTo(Location.of("paragraph 1", "frame 'Box1'")));
    assertThat(h.texts).filteredOn(t -> t.kind() == TextKind.BODY).extracting(TextBlock::text)
        .containsExactly("Letter");
  }

  @Test
  void anEmbeddedSpreadsheetObjectIsReadWithItsHiddenSheetUnderItsInnerPath() throws Exception {
    String sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content" + OdsTestFiles.NAMESPACES
        + "><office:automatic-styles>" + OdsTestFiles.hiddenTableStyle("ta2") + "</office:automatic-styles>"
        + "<office:body><office:spreadsheet>"
        + OdsTestFiles.table("Data", "ta2", OdsTestFiles.row(OdsTestFiles.cell("Name"), OdsTestFiles.cell("NI number")))
        + "</office:spreadsheet></office:body></office:document-content>";
    RecordingHandler h = extract(OdsTestFiles.textDocument()
        .body(p("See the table below.") + "<text:p><draw:frame draw:name=\"Object1\"><draw:object xlink:href=\"./Object 1\"/>"
            + "</draw:frame></text:p>")
        .manifestEntry("<manifest:file-entry manifest:full-path=\"Object 1/\""
            + " manifest:media-type=\"application/vnd.oasis.opendocument.spreadsheet\"/>")
        .manifestEntry("<manifest:file-entry manifest:full-path=\"Object 1/content.xml\" manifest:media-type=\"text/xml\"/>")
        .entry("Object 1/content.xml", sheet));
    RecordingHandler.RecordedTable t = h.tables.get(0);
    assertThat(t.start().visibility()).isEqualTo(Visibility.HIDDEN_SHEET);
    assertThat(t.start().location()).isEqualTo(new Location("Object 1", "Data", ""));
    assertThat(facts(h, FactKind.EMBEDDED_OBJECT)).singleElement().satisfies(f -> {
      assertThat(f.attr("scanned")).isEqualTo("true");
      assertThat(f.location().place()).isEqualTo("paragraph 2");
    });
  }

  @Test
  void linkedSectionsImagesAndMailMergeDatabasesAreDataConnections() throws Exception {
    RecordingHandler h = extract(OdsTestFiles.textDocument().body(
        "<text:section text:name=\"Staff\"><text:section-source xlink:href=\"file:///C:/Users/nquenby/staff.odt\"/>"
            + p("cached copy") + "</text:section>"
            + "<text:p><draw:frame draw:name=\"Logo\"><draw:image xlink:href=\"http://intranet/logo.png\"/></draw:frame>"
            + "<draw:frame draw:name=\"Pic\"><draw:image xlink:href=\"Pictures/1.png\"/></draw:frame>"
            + "Dear <text:database-display text:database-name=\"StaffDB\" text:table-name=\"People\""
            + " text:column-name=\"Name\">Name</text:database-display></text:p>"));
    assertThat(facts(h, FactKind.DATA_CONNECTION)).extracting(Fact::value).containsExactly(
        "file:///C:/Users/nquenby/staff.odt", "http://intranet/logo.png", "StaffDB.People");
    assertThat(facts(h, FactKind.DATA_CONNECTION)).extracting(f -> f.attr("type"))
        .containsExactly("linked section", "linked image", "mail merge database");
  }

  @Test
  void propertiesUserFieldsHeadersAndMacrosAreReported() throws Exception {
    RecordingHandler h = extract(OdsTestFiles.textDocument()
        .meta("<meta:initial-creator>Niamh Quenby</meta:initial-creator><dc:title>Response</dc:title>")
        .masterStyles("<style:master-page style:name=\"Standard\"><style:header>" + p("Prepared by Niamh Quenby")
            + "</style:header></style:master-page>")
        .body("<text:user-field-decls><text:user-field-decl office:value-type=\"string\""
            + " office:string-value=\"Aled Hartwell\" text:name=\"Reviewer\"/></text:user-field-decls>" + p("Body"))
        .entry("Basic/Standard/Module1.xml", "<x/>"));
    assertThat(facts(h, FactKind.DOCUMENT_PROPERTY)).extracting(Fact::name, Fact::value).contains(
        org.assertj.core.groups.Tuple.tuple("creator", "Niamh Quenby"),
        org.assertj.core.groups.Tuple.tuple("custom:Reviewer", "Aled Hartwell"));
    assertThat(h.texts).filteredOn(t -> t.kind() == TextKind.HEADER_FOOTER).singleElement().satisfies(t -> {
      assertThat(t.text()).isEqualTo("Prepared by Niamh Quenby");
      assertThat(t.visibility()).isEqualTo(Visibility.VISIBLE);
    });
    assertThat(facts(h, FactKind.VBA_PROJECT)).hasSize(1);
  }

  @Test
  void aFlatFodtIsReadLikeThePackage() throws Exception {
    Path fodt = OdsTestFiles.textDocument()
        .automaticStyles(textStyle("T1", "text:display=\"none\""))
        .body("<text:p>Shown <text:span text:style-name=\"T1\">hidden name</text:span></text:p>")
        .writeFlatTo(dir, "letter.fodt");
    RecordingHandler h = extract(fodt);
    assertThat(texts(h, Visibility.VISIBLE)).extracting(TextBlock::text).containsExactly("Shown");
    assertThat(texts(h, Visibility.WORD_HIDDEN_TEXT)).extracting(TextBlock::text).containsExactly("hidden name");
  }

  @Test
  void encryptedAndNonTextDocumentsAreRefused() throws Exception {
    Path enc = OdsTestFiles.textDocument().body(p("x"))
        .manifestEntry("<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\">"
            + "<manifest:encryption-data manifest:checksum-type=\"SHA1/1K\" manifest:checksum=\"x\"/>"
            + "</manifest:file-entry>")
        .writeTo(dir, "enc.odt");
    assertThatThrownBy(() -> extract(enc)).isInstanceOfSatisfying(ExtractionException.class, e -> {
      assertThat(e.reason()).isEqualTo(Reason.ENCRYPTED);
      assertThat(e.getMessage()).startsWith("The document is password-protected");
    });
    Path sheet = OdsTestFiles.spreadsheet().body(OdsTestFiles.table("S", null)).writeTo(dir, "sheet.odt");
    assertThatThrownBy(() -> extract(sheet)).isInstanceOfSatisfying(ExtractionException.class,
        e -> assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED));
  }

  @Test
  void deepNestingIsRefusedNotAStackOverflow() throws Exception {
    String open = "<text:span>".repeat(20_000);
    String close = "</text:span>".repeat(20_000);
    Path f = OdsTestFiles.textDocument().body("<text:p>" + open + "x" + close + "</text:p>").writeTo(dir, "deep.odt");
    assertThatThrownBy(() -> extract(f)).isInstanceOfSatisfying(ExtractionException.class,
        e -> assertThat(e.reason()).isEqualTo(Reason.CORRUPT));
  }
}
