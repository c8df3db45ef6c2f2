package io.foilint.extract.slides;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.foilint.extract.EmbeddedRecorder;
import io.foilint.extract.ExtractionException;
import io.foilint.fixtures.FixtureAccess;
import io.foilint.model.FactKind;
import io.foilint.model.TableOrigin;
import io.foilint.model.TextBlock;
import io.foilint.model.TextKind;
import io.foilint.model.Visibility;
import io.foilint.testing.RecordingHandler;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.poi.sl.usermodel.PictureData.PictureType;
import org.apache.poi.xslf.usermodel.XSLFGroupShape;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PptxExtractorTest {

  private static final String SLIDE2 = "ppt/slides/slide2.xml";

  @TempDir Path dir;

  private RecordingHandler read(byte[] pptx) throws Exception {
    return read(pptx, new EmbeddedRecorder());
  }

  private RecordingHandler read(byte[] pptx, EmbeddedRecorder context) throws Exception {
    Path f = Files.write(Files.createTempFile(dir, "deck", ".pptx"), pptx);
    RecordingHandler out = new RecordingHandler();
    new PptxExtractor().extract(f, context, out);
    return out;
  }

  private static List<TextBlock> containing(RecordingHandler out, String words) {
    return out.texts.stream().filter(t -> t.text().contains(words)).toList();
  }

  private static byte[] deckWithBox(String text, Rectangle anchor) {
    return FixtureAccess.presentation(ppt -> {
      XSLFTextBox box = ppt.createSlide().createTextBox();
      box.setAnchor(anchor);
      box.setText(text);
    });
  }

  @Test
  void visibleSlideTextIsBodyLocatedBySlideAndShape() throws Exception {
    RecordingHandler out = read(FixtureAccess.presentationFixture("pptx/clean-deck-aggregate-table.pptx"));
    TextBlock title = containing(out, "Incidents by area").get(0);
    assertThat(title.visibility()).isEqualTo(Visibility.VISIBLE);
    assertThat(title.kind()).isEqualTo(TextKind.BODY);
    assertThat(title.location().place()).isEqualTo("slide 2");
    assertThat(title.location().ref()).startsWith("TextBox").endsWith("line 1");
    RecordingHandler.RecordedTable table = out.tables.get(0);
    assertThat(table.start().origin()).isEqualTo(TableOrigin.SLIDE_TABLE);
    assertThat(table.start().visibility()).isEqualTo(Visibility.VISIBLE);
    assertThat(table.cell("A2").orElseThrow().value()).isEqualTo("Northmere");
    assertThat(table.cell("B6").orElseThrow().value()).isEqualTo("133");
    assertThat(out.texts).noneMatch(t -> t.visibility() == Visibility.HIDDEN_SLIDE
        || t.visibility() == Visibility.SPEAKER_NOTES || t.visibility() == Visibility.OUTSIDE_PAGE
        || t.visibility() == Visibility.HIDDEN_SHAPE);
  }

  @Test
  void everythingOnAHiddenSlideIsHiddenSlide() throws Exception {
    RecordingHandler out = read(FixtureAccess.presentationFixture("pptx/hidden-slide-staff-list.pptx"));
    assertThat(containing(out, "Source data")).singleElement()
        .satisfies(t -> assertThat(t.visibility()).isEqualTo(Visibility.HIDDEN_SLIDE));
    assertThat(containing(out, "Freedom of Information")).singleElement()
        .satisfies(t -> assertThat(t.visibility()).isEqualTo(Visibility.VISIBLE));
    RecordingHandler.RecordedTable staff = out.tables.get(0);
    assertThat(staff.start().visibility()).isEqualTo(Visibility.HIDDEN_SLIDE);
    assertThat(staff.start().location().place()).isEqualTo("slide 2");
    assertThat(staff.rows()).hasSize(21);
    assertThat(staff.cells()).allMatch(c -> c.visibility() == Visibility.HIDDEN_SLIDE);
  }

  @Test
  void strictOoxmlIsReadLikeTransitional() throws Exception {
    byte[] strict = FixtureAccess.asStrictOoxml(
        FixtureAccess.presentationFixture("pptx/hidden-slide-staff-list.pptx"));
    Path typed = Files.write(dir.resolve("strict.pptx"), strict);
    assertThat(io.foilint.extract.TypeSniffer.sniff(typed)).isEqualTo(io.foilint.model.FileType.PPTX);
    RecordingHandler out = read(strict);
    assertThat(out.tables).singleElement().satisfies(t -> {
      assertThat(t.start().visibility()).isEqualTo(Visibility.HIDDEN_SLIDE);
      assertThat(t.rows()).hasSize(21);
    });
    assertThat(containing(out, "Freedom of Information")).hasSize(1);
  }

  @Test
  void aShapeMarkedHiddenIsHiddenShapeText() throws Exception {
    byte[] deck = deckWithBox("Interview panel: Grace Ostrander", new Rectangle(40, 200, 300, 60));
    byte[] hidden = FixtureAccess.replaceInPart(deck, SLIDE2, "<p:cNvPr name=\"TextBox",
        "<p:cNvPr hidden=\"1\" name=\"TextBox");
    assertThat(containing(read(hidden), "Interview panel")).singleElement().satisfies(t -> {
      assertThat(t.visibility()).isEqualTo(Visibility.HIDDEN_SHAPE);
      assertThat(t.kind()).isEqualTo(TextKind.SHAPE_TEXT);
    });
    assertThat(containing(read(deck), "Interview panel")).singleElement()
        .satisfies(t -> assertThat(t.visibility()).isEqualTo(Visibility.VISIBLE));
  }

  @Test
  void aShapeWhollyOffTheSlideIsOutsideThePageButOneOnTheEdgeIsVisible() throws Exception {
    RecordingHandler off = read(FixtureAccess.presentationFixture("pptx/off-slide-text-box.pptx"));
    assertThat(containing(off, "Not appointed")).singleElement()
        .satisfies(t -> assertThat(t.visibility()).isEqualTo(Visibility.OUTSIDE_PAGE));
    // straddling the right edge (the default slide is 720 pt wide): partly seen, so visible
    RecordingHandler edge = read(deckWithBox("Straddles the edge", new Rectangle(650, 100, 200, 50)));
    assertThat(containing(edge, "Straddles")).singleElement()
        .satisfies(t -> assertThat(t.visibility()).isEqualTo(Visibility.VISIBLE));
    RecordingHandler below = read(deckWithBox("Below the slide", new Rectangle(40, 600, 200, 50)));
    assertThat(containing(below, "Below the slide")).singleElement()
        .satisfies(t -> assertThat(t.visibility()).isEqualTo(Visibility.OUTSIDE_PAGE));
  }

  @Test
  void aGroupMapsItsChildrensCoordinatesOntoTheSlide() throws Exception {
    // the child sits at 5000 pt in the group's own frame, which the group scales onto the slide
    byte[] inside = FixtureAccess.presentation(ppt -> {
      XSLFGroupShape group = ppt.createSlide().createGroup();
      group.setAnchor(new Rectangle(100, 100, 200, 200));
      group.setInteriorAnchor(new Rectangle(0, 0, 10_000, 10_000));
      XSLFTextBox box = group.createTextBox();
      box.setAnchor(new Rectangle(5_000, 5_000, 1_000, 1_000));
      box.setText("Inside the group");
    });
    assertThat(containing(read(inside), "Inside the group")).singleElement()
        .satisfies(t -> assertThat(t.visibility()).isEqualTo(Visibility.VISIBLE));
    byte[] outside = FixtureAccess.presentation(ppt -> {
      XSLFGroupShape group = ppt.createSlide().createGroup();
      group.setAnchor(new Rectangle(-300, 100, 200, 200));
      group.setInteriorAnchor(new Rectangle(0, 0, 200, 200));
      XSLFTextBox box = group.createTextBox();
      box.setAnchor(new Rectangle(10, 10, 100, 50));
      box.setText("Group left of the slide");
    });
    assertThat(containing(read(outside), "Group left")).singleElement()
        .satisfies(t -> assertThat(t.visibility()).isEqualTo(Visibility.OUTSIDE_PAGE));
  }

  @Test
  void speakerNotesAreNotesWithoutTheDateAndSlideNumber() throws Exception {
    RecordingHandler out = read(FixtureAccess.presentationFixture("pptx/speaker-notes-victim.pptx"));
    List<TextBlock> notes = out.texts.stream()
        .filter(t -> t.visibility() == Visibility.SPEAKER_NOTES).toList();
    assertThat(notes).singleElement().satisfies(t -> {
      assertThat(t.text()).contains("Niamh Quenby");
      assertThat(t.location().place()).isEqualTo("slide 2 notes");
    });
    assertThat(containing(out, "Case review")).singleElement()
        .satisfies(t -> assertThat(t.visibility()).isEqualTo(Visibility.VISIBLE));
  }

  @Test
  void legacyAndModernCommentsKeepTheirAuthors() throws Exception {
    RecordingHandler out = read(FixtureAccess.presentationFixture("pptx/comments-with-authors.pptx"));
    List<TextBlock> comments = out.texts.stream().filter(t -> t.kind() == TextKind.COMMENT).toList();
    assertThat(comments).extracting(TextBlock::author).containsExactly("Priya Pellow", "Aled Hartwell");
    assertThat(comments).extracting(TextBlock::text).containsExactly(
        "Please check these totals against the March return before release.",
        "Round these to the nearest five.");
    assertThat(comments).allMatch(t -> t.visibility() == Visibility.COMMENT
        && t.location().place().equals("slide 1"));
    assertThat(out.facts(FactKind.COMMENT_AUTHOR)).extracting(f -> f.name())
        .contains("Priya Pellow", "Aled Hartwell");
    assertThat(out.facts(FactKind.UNINSPECTED_PART)).as("comment parts are read").isEmpty();
  }

  @Test
  void altTextIsMetadata() throws Exception {
    byte[] deck = deckWithBox("Photo caption", new Rectangle(40, 200, 300, 60));
    byte[] described = FixtureAccess.replaceInPart(deck, SLIDE2, "<p:cNvPr name=\"TextBox",
        "<p:cNvPr descr=\"Photograph of PC Oisin Quenby at the scene\" name=\"TextBox");
    assertThat(containing(read(described), "Photograph of PC")).singleElement().satisfies(t -> {
      assertThat(t.visibility()).isEqualTo(Visibility.METADATA);
      assertThat(t.location().ref()).endsWith("alt text");
    });
  }

  @Test
  void aPhotoOnASlideHasItsPositionAndAuthorReadLikeAPictureFile() throws Exception {
    byte[] photo = io.foilint.fixtures.ExifJpeg.photo("Niamh Quenby", null, 54.6, -5.93);
    byte[] deck = FixtureAccess.presentation(ppt -> {
      XSLFPictureData data = ppt.addPicture(photo, PictureType.JPEG);
      ppt.createSlide().createPicture(data).setAnchor(new Rectangle(40, 40, 200, 200));
    });
    RecordingHandler out = read(deck);
    assertThat(out.facts(FactKind.IMAGE_LOCATION)).singleElement()
        .satisfies(f -> assertThat(f.location().toString()).contains("ppt/media/"));
    assertThat(out.facts(FactKind.DOCUMENT_PROPERTY)).anySatisfy(
        f -> assertThat(f.value()).isEqualTo("Niamh Quenby"));
    byte[] plain = FixtureAccess.presentation(ppt -> {
      XSLFPictureData data = ppt.addPicture(png(), PictureType.PNG);
      ppt.createSlide().createPicture(data).setAnchor(new Rectangle(40, 40, 200, 200));
    });
    assertThat(read(plain).facts(FactKind.IMAGE_LOCATION)).isEmpty();
  }

  @Test
  void aCroppedPictureIsTheSameCroppedImageFactAsInWordAndSheets() throws Exception {
    byte[] png = png();
    byte[] deck = FixtureAccess.presentation(ppt -> {
      XSLFPictureData data = ppt.addPicture(png, PictureType.PNG);
      XSLFSlide slide = ppt.createSlide();
      slide.createPicture(data).setAnchor(new Rectangle(40, 40, 200, 200));
    });
    RecordingHandler plain = read(deck);
    assertThat(plain.facts(FactKind.CROPPED_IMAGE)).isEmpty();
    byte[] cropped = FixtureAccess.replaceInPart(deck, SLIDE2, "<a:stretch>",
        "<a:srcRect l=\"25000\" r=\"25000\"/><a:stretch>");
    // the same fact as Word and sheet drawings make, so the cropped-image rule judges all alike
    assertThat(read(cropped).facts(FactKind.CROPPED_IMAGE)).singleElement().satisfies(f -> {
      assertThat(f.location().toString()).contains("slide 2");
      assertThat(f.attr("target")).startsWith("ppt/media/");
      assertThat(f.value()).isEqualTo("left 25%, right 25% cut off");
    });
  }

  @Test
  void anEmbeddedWorkbookIsHandedToTheEngine() throws Exception {
    EmbeddedRecorder context = new EmbeddedRecorder();
    RecordingHandler out = read(
        FixtureAccess.presentationFixture("pptx/embedded-workbook-hidden-staff-sheet.pptx"), context);
    assertThat(context.embedded).containsKey("ppt/embeddings/Microsoft_Excel_Worksheet1.xlsx");
    assertThat(out.facts(FactKind.EMBEDDED_OBJECT)).isNotEmpty();
  }

  @Test
  void outsideLinksAreDataConnectionsButHyperlinksAreNot() throws Exception {
    byte[] deck = deckWithBox("Linked", new Rectangle(40, 200, 300, 60));
    byte[] linked = FixtureAccess.replaceInPart(deck, "ppt/slides/_rels/slide2.xml.rels",
        "</Relationships>",
        "<Relationship Id=\"rIdX1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
            + "relationships/oleObject\" Target=\"file:///\\\\fileserver\\hr\\Staff%20list.xlsx\""
            + " TargetMode=\"External\"/><Relationship Id=\"rIdX2\" Type=\"http://schemas."
            + "openxmlformats.org/officeDocument/2006/relationships/hyperlink\""
            + " Target=\"https://www.example.org/foi\" TargetMode=\"External\"/></Relationships>");
    assertThat(read(linked).facts(FactKind.DATA_CONNECTION)).singleElement()
        .satisfies(f -> assertThat(f.value()).contains("Staff%20list.xlsx"));
    assertThat(read(deck).facts(FactKind.DATA_CONNECTION)).isEmpty();
  }

  @Test
  void aVeryLongParagraphIsReadWholeInBlocks() throws Exception {
    String word = "Quenby ";
    String longText = word.repeat(5_000); // 35,000 characters in one paragraph
    RecordingHandler out = read(deckWithBox(longText, new Rectangle(40, 200, 300, 60)));
    long found = out.texts.stream().filter(t -> t.location().place().equals("slide 2"))
        .mapToLong(t -> t.text().split("Quenby", -1).length - 1).sum();
    assertThat(found).isEqualTo(5_000);
    assertThat(out.texts).allMatch(t -> t.text().length() <= 4_000);
  }

  @Test
  void aMacroProjectIsAVbaFact() throws Exception {
    byte[] deck = deckWithBox("Macros", new Rectangle(40, 200, 300, 60));
    byte[] pptm = FixtureAccess.withPart(deck, "ppt/vbaProject.bin", FixtureAccess.vbaProject(),
        "application/vnd.ms-office.vbaProject", "ppt/presentation.xml",
        "http://schemas.microsoft.com/office/2006/relationships/vbaProject", "vbaProject.bin");
    assertThat(read(pptm).facts(FactKind.VBA_PROJECT)).singleElement()
        .satisfies(f -> assertThat(f.location().place()).isEqualTo("ppt/vbaProject.bin"));
    assertThat(read(deck).facts(FactKind.VBA_PROJECT)).isEmpty();
  }

  @Test
  void aDoctypeInASlideFailsClosed() {
    byte[] deck = deckWithBox("Hello", new Rectangle(40, 200, 300, 60));
    byte[] xxe = FixtureAccess.replaceInPart(deck, SLIDE2, "<p:sld ",
        "<!DOCTYPE p:sld [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><p:sld ");
    assertThatThrownBy(() -> read(xxe)).isInstanceOf(ExtractionException.class)
        .satisfies(e -> assertThat(((ExtractionException) e).reason())
            .isEqualTo(ExtractionException.Reason.XML_ENTITY));
  }

  @Test
  void aDamagedSlideIsCorruptNamingThePresentation() {
    byte[] deck = deckWithBox("Hello", new Rectangle(40, 200, 300, 60));
    byte[] broken = FixtureAccess.replaceInPart(deck, SLIDE2, "</p:sld>", "");
    assertThatThrownBy(() -> read(broken)).isInstanceOf(ExtractionException.class)
        .satisfies(e -> {
          assertThat(((ExtractionException) e).reason()).isEqualTo(ExtractionException.Reason.CORRUPT);
          assertThat(e.getMessage()).doesNotContain("workbook");
        });
  }

  private static byte[] png() {
    try {
      BufferedImage img = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(img, "png", out);
      return out.toByteArray();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
