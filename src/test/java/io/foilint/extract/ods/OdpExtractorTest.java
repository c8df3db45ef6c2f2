package io.foilint.extract.ods;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

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

/**
 * OpenDocument presentations: slides, hidden slides, speaker notes, annotations and off-slide
 * frames reported with the visibility the PowerPoint reader gives them.
 */
class OdpExtractorTest {

  /** A notes-page layout first (A4 portrait), then the 16:9 slide layout the master uses. */
  private static final String LAYOUTS =
      "<style:page-layout style:name=\"PM0\"><style:page-layout-properties fo:page-width=\"21cm\""
          + " fo:page-height=\"29.7cm\"/></style:page-layout>"
          + "<style:page-layout style:name=\"PM1\"><style:page-layout-properties fo:page-width=\"28cm\""
          + " fo:page-height=\"15.75cm\"/></style:page-layout>";

  private static final String MASTER =
      "<style:master-page style:name=\"Default\" style:page-layout-name=\"PM1\"/>";

  private static final String HIDDEN_PAGE_STYLE =
      "<style:style style:name=\"dp2\" style:family=\"drawing-page\">"
          + "<style:drawing-page-properties presentation:visibility=\"hidden\"/></style:style>";

  @TempDir Path dir;

  private static String p(String text) {
    return "<text:p>" + OdsTestFiles.esc(text) + "</text:p>";
  }

  private static String frame(String name, String attrs, String text) {
    return "<draw:frame draw:name=\"" + name + "\" " + attrs + "><draw:text-box>" + p(text)
        + "</draw:text-box></draw:frame>";
  }

  private static String slide(String attrs, String content) {
    return "<draw:page draw:master-page-name=\"Default\" " + attrs + ">" + content + "</draw:page>";
  }

  private static OdsTestFiles.Builder deck() {
    return OdsTestFiles.presentation().commonStyles(LAYOUTS).masterStyles(MASTER);
  }

  private RecordingHandler extract(OdsTestFiles.Builder doc) throws Exception {
    return extract(doc.writeTo(dir, "deck.odp"));
  }

  private static RecordingHandler extract(Path file) throws Exception {
    RecordingHandler h = new RecordingHandler();
    new OdpExtractor().extract(file, ExtractionContext.standalone(), h);
    return h;
  }

  private static List<TextBlock> texts(RecordingHandler h, Visibility v) {
    return h.texts.stream().filter(t -> t.visibility() == v).toList();
  }

  private static List<Fact> facts(RecordingHandler h, FactKind kind) {
    return h.facts.stream().filter(f -> f.kind() == kind).toList();
  }

  @Test
  void slideFramesAreVisibleBodyTextLocatedBySlideAndFrame() throws Exception {
    RecordingHandler h = extract(deck().body(
        slide("draw:name=\"page1\"", frame("Title 1", "presentation:class=\"title\"", "Incidents by area"))
            + slide("draw:name=\"page2\"", frame("Content 2", "", "All figures are for 2023."))));
    assertThat(h.texts).extracting(TextBlock::text, TextBlock::kind, TextBlock::visibility).containsExactly(
        tuple("Incidents by area", TextKind.BODY, Visibility.VISIBLE),
        tuple("All figures are for 2023.", TextKind.BODY, Visibility.VISIBLE));
    assertThat(h.texts.get(0).location()).isEqualTo(Location.of("slide 1", "frame 'Title 1'"));
    assertThat(h.texts.get(1).location().place()).isEqualTo("slide 2");
  }

  @Test
  void aSlideHiddenByItsPageStyleOrAttributeIsAHiddenSlideTablesIncluded() throws Exception {
    String table = "<draw:frame draw:name=\"Staff table\"><table:table>"
        + OdsTestFiles.row(OdsTestFiles.cell("Name"), OdsTestFiles.cell("Rank"))
        + OdsTestFiles.row(OdsTestFiles.cell("Grace Ostrander"), OdsTestFiles.cell("Sergeant"))
        + "</table:table></draw:frame>";
    RecordingHandler h = extract(deck().automaticStyles(HIDDEN_PAGE_STYLE).body(
        slide("draw:style-name=\"dp1\"", frame("Title 1", "", "Shown"))
            + slide("draw:style-name=\"dp2\"", frame("Title 2", "", "Hidden by style") + table)
            + slide("presentation:visibility=\"hidden\"", frame("Title 3", "", "Hidden by attribute"))));
    assertThat(texts(h, Visibility.VISIBLE)).extracting(TextBlock::text).containsExactly("Shown");
    assertThat(texts(h, Visibility.HIDDEN_SLIDE)).extracting(TextBlock::text, t -> t.location().place())
        .containsExactly(tuple("Hidden by style", "slide 2"), tuple("Hidden by attribute", "slide 3"));
    RecordingHandler.RecordedTable t = h.tables.get(0);
    assertThat(t.start().origin()).isEqualTo(TableOrigin.SLIDE_TABLE);
    assertThat(t.start().visibility()).isEqualTo(Visibility.HIDDEN_SLIDE);
    assertThat(t.start().location()).isEqualTo(Location.of("slide 2"));
    assertThat(t.start().name()).isEqualTo("Staff table");
    assertThat(t.cell("A2").orElseThrow().value()).isEqualTo("Grace Ostrander");
    assertThat(t.cell("B2").orElseThrow().value()).isEqualTo("Sergeant");
  }

  @Test
  void aTableOnAVisibleSlideIsAVisibleSlideTable() throws Exception {
    RecordingHandler h = extract(deck().body(slide("", "<draw:frame draw:name=\"Table 1\"><table:table>"
        + OdsTestFiles.row(OdsTestFiles.cell("Area"), OdsTestFiles.cell("Incidents"))
        + "</table:table></draw:frame>")));
    assertThat(h.tables).singleElement().satisfies(t -> {
      assertThat(t.start().origin()).isEqualTo(TableOrigin.SLIDE_TABLE);
      assertThat(t.start().visibility()).isEqualTo(Visibility.VISIBLE);
      assertThat(t.cell("B1").orElseThrow().value()).isEqualTo("Incidents");
    });
    assertThat(h.texts).isEmpty();
  }

  @Test
  void speakerNotesAreSpeakerNotesOfTheirSlideAndTheThumbnailIsNotText() throws Exception {
    RecordingHandler h = extract(deck().body(slide("", frame("Title 1", "", "Figures")
        + "<presentation:notes><draw:page-thumbnail draw:page-number=\"1\"/>"
        + frame("Notes 1", "presentation:class=\"notes\"", "Do not mention Tomasz Marchbank.")
        + "</presentation:notes>")));
    assertThat(texts(h, Visibility.SPEAKER_NOTES)).singleElement().satisfies(t -> {
      assertThat(t.text()).isEqualTo("Do not mention Tomasz Marchbank.");
      assertThat(t.kind()).isEqualTo(TextKind.OTHER);
      assertThat(t.location()).isEqualTo(Location.of("slide 1 notes", "frame 'Notes 1'"));
    });
    assertThat(texts(h, Visibility.VISIBLE)).extracting(TextBlock::text).containsExactly("Figures");
  }

  @Test
  void aSlideWithoutNotesHasNoSpeakerNotes() throws Exception {
    RecordingHandler h = extract(deck().body(slide("", frame("Title 1", "", "Figures")
        + "<presentation:notes><draw:page-thumbnail/><draw:frame presentation:class=\"notes\"><draw:text-box/>"
        + "</draw:frame></presentation:notes>")));
    assertThat(texts(h, Visibility.SPEAKER_NOTES)).isEmpty();
  }

  @Test
  void annotationsInEitherNamespaceAreCommentsWithTheirAuthors() throws Exception {
    RecordingHandler h = extract(deck().body(
        slide("", frame("Title 1", "", "Figures") + "<officeooo:annotation svg:x=\"1cm\" svg:y=\"1cm\">"
            + "<dc:creator>Priya Pellow</dc:creator><dc:date>2024-03-04T10:00:00</dc:date>"
            + p("Victim: Tomasz Marchbank") + "</officeooo:annotation>")
            + slide("", "<office:annotation><dc:creator>Aled Hartwell</dc:creator>" + p("Check the totals")
            + "</office:annotation>")));
    assertThat(h.texts).filteredOn(t -> t.kind() == TextKind.COMMENT)
        .extracting(TextBlock::text, TextBlock::author, TextBlock::location)
        .containsExactly(
            tuple("Victim: Tomasz Marchbank", "Priya Pellow", Location.of("slide 1", "comment 1")),
            tuple("Check the totals", "Aled Hartwell", Location.of("slide 2", "comment 1")));
    assertThat(facts(h, FactKind.COMMENT_AUTHOR)).extracting(Fact::value)
        .containsExactly("Priya Pellow", "Aled Hartwell");
  }

  @Test
  void framesOffTheSlideAreMeasuredAgainstTheMastersLayoutAndHiddenFramesAreHidden() throws Exception {
    // 20 cm down is on an A4 page (the first layout) but below a 15.75 cm slide
    RecordingHandler h = extract(deck().body(slide("",
        frame("On", "svg:x=\"1cm\" svg:y=\"10cm\" svg:width=\"5cm\" svg:height=\"2cm\"", "On the slide")
            + frame("Below", "svg:x=\"1cm\" svg:y=\"20cm\" svg:width=\"5cm\" svg:height=\"2cm\"", "Below the slide")
            + frame("Gone", "draw:display=\"none\"", "Hidden frame"))));
    assertThat(h.texts).extracting(TextBlock::text, TextBlock::kind, TextBlock::visibility).containsExactly(
        tuple("On the slide", TextKind.BODY, Visibility.VISIBLE),
        tuple("Below the slide", TextKind.SHAPE_TEXT, Visibility.OUTSIDE_PAGE),
        tuple("Hidden frame", TextKind.SHAPE_TEXT, Visibility.HIDDEN_SHAPE));
  }

  @Test
  void metaPropertiesFooterTextAndMasterFramesAreRead() throws Exception {
    RecordingHandler h = extract(OdsTestFiles.presentation().commonStyles(LAYOUTS)
        .meta("<meta:initial-creator>Niamh Quenby</meta:initial-creator>")
        .masterStyles("<style:master-page style:name=\"Default\" style:page-layout-name=\"PM1\">"
            + frame("Footer", "presentation:class=\"footer\"", "Prepared by Niamh Quenby")
            + "</style:master-page>")
        .body("<presentation:footer-decl presentation:name=\"ftr1\">Caldbridge CID</presentation:footer-decl>"
            + slide("", frame("Title 1", "", "Figures"))));
    assertThat(facts(h, FactKind.DOCUMENT_PROPERTY)).extracting(Fact::name, Fact::value)
        .contains(tuple("creator", "Niamh Quenby"));
    assertThat(h.texts).filteredOn(t -> t.kind() == TextKind.HEADER_FOOTER).extracting(TextBlock::text)
        .containsExactly("Caldbridge CID");
    assertThat(h.texts).filteredOn(t -> t.location().place().equals("master page 'Default'"))
        .singleElement().satisfies(t -> {
          assertThat(t.text()).isEqualTo("Prepared by Niamh Quenby");
          assertThat(t.kind()).isEqualTo(TextKind.SHAPE_TEXT);
          assertThat(t.visibility()).isEqualTo(Visibility.VISIBLE);
        });
  }

  @Test
  void anEmbeddedSpreadsheetOnASlideIsScannedAndLocatedOnTheSlide() throws Exception {
    String sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content" + OdsTestFiles.NAMESPACES
        + "><office:automatic-styles>" + OdsTestFiles.hiddenTableStyle("ta2") + "</office:automatic-styles>"
        + "<office:body><office:spreadsheet>"
        + OdsTestFiles.table("Data", "ta2", OdsTestFiles.row(OdsTestFiles.cell("Name"), OdsTestFiles.cell("NI number")))
        + "</office:spreadsheet></office:body></office:document-content>";
    RecordingHandler h = extract(deck()
        .body(slide("", frame("Title 1", "", "Figures") + "<draw:frame draw:name=\"Object 1\">"
            + "<draw:object xlink:href=\"./Object 1\"/></draw:frame>"))
        .manifestEntry("<manifest:file-entry manifest:full-path=\"Object 1/\""
            + " manifest:media-type=\"application/vnd.oasis.opendocument.spreadsheet\"/>")
        .manifestEntry("<manifest:file-entry manifest:full-path=\"Object 1/content.xml\" manifest:media-type=\"text/xml\"/>")
        .entry("Object 1/content.xml", sheet));
    assertThat(h.tables.get(0).start().visibility()).isEqualTo(Visibility.HIDDEN_SHEET);
    assertThat(h.tables.get(0).start().location()).isEqualTo(new Location("Object 1", "Data", ""));
    assertThat(facts(h, FactKind.EMBEDDED_OBJECT)).singleElement()
        .satisfies(f -> assertThat(f.location().place()).isEqualTo("slide 1"));
  }

  @Test
  void aFlatFodpIsReadLikeThePackage() throws Exception {
    Path fodp = deck().automaticStyles(HIDDEN_PAGE_STYLE)
        .body(slide("", frame("Title 1", "", "Shown")) + slide("draw:style-name=\"dp2\"", frame("T", "", "Hidden")))
        .writeFlatTo(dir, "deck.fodp");
    RecordingHandler h = extract(fodp);
    assertThat(texts(h, Visibility.VISIBLE)).extracting(TextBlock::text).containsExactly("Shown");
    assertThat(texts(h, Visibility.HIDDEN_SLIDE)).extracting(TextBlock::text).containsExactly("Hidden");
  }

  @Test
  void textDocumentsAndPresentationsAreEachRefusedByTheOthersReader() throws Exception {
    Path letter = OdsTestFiles.textDocument().body(p("x")).writeTo(dir, "letter.odp");
    assertThatThrownBy(() -> extract(letter)).isInstanceOfSatisfying(ExtractionException.class, e -> {
      assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED);
      assertThat(e.getMessage()).contains("not a presentation");
    });
    Path deck = deck().body(slide("", frame("T", "", "x"))).writeTo(dir, "deck.odt");
    assertThatThrownBy(() -> new OdtExtractor().extract(deck, ExtractionContext.standalone(), new RecordingHandler()))
        .isInstanceOfSatisfying(ExtractionException.class, e -> {
          assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED);
          assertThat(e.getMessage()).contains("not a text document");
        });
  }

  @Test
  void encryptedPresentationsAreRefused() throws Exception {
    Path enc = deck().body(slide("", ""))
        .manifestEntry("<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\">"
            + "<manifest:encryption-data manifest:checksum-type=\"SHA1/1K\" manifest:checksum=\"x\"/>"
            + "</manifest:file-entry>")
        .writeTo(dir, "enc.odp");
    assertThatThrownBy(() -> extract(enc)).isInstanceOfSatisfying(ExtractionException.class, e -> {
      assertThat(e.reason()).isEqualTo(Reason.ENCRYPTED);
      assertThat(e.getMessage()).startsWith("The presentation is password-protected");
    });
  }

  @Test
  void aPresentationOrLetterWithoutABodyIsDamagedNotClean() throws Exception {
    Path empty = OdsTestFiles.presentation().rawContent("<?xml version=\"1.0\"?><office:document-content"
        + OdsTestFiles.NAMESPACES + "><office:body/></office:document-content>").writeTo(dir, "empty.odp");
    assertThatThrownBy(() -> extract(empty)).isInstanceOfSatisfying(ExtractionException.class,
        e -> assertThat(e.reason()).isEqualTo(Reason.CORRUPT));
    Path deck = deck().body("").writeTo(dir, "blank.odp");
    assertThat(extract(deck).texts).isEmpty();
  }
}
