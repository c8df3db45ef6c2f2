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
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;
import org.apache.poi.hslf.usermodel.HSLFSlide;
import org.apache.poi.hslf.usermodel.HSLFSlideShow;
import org.apache.poi.hslf.usermodel.HSLFTextBox;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PptExtractorTest {

  @TempDir Path dir;

  private RecordingHandler read(byte[] ppt) throws Exception {
    Path f = Files.write(Files.createTempFile(dir, "deck", ".ppt"), ppt);
    RecordingHandler out = new RecordingHandler();
    new PptExtractor().extract(f, new EmbeddedRecorder(), out);
    return out;
  }

  private static byte[] ppt(Consumer<HSLFSlideShow> body) throws Exception {
    try (HSLFSlideShow show = new HSLFSlideShow()) {
      body.accept(show);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      show.write(out);
      return out.toByteArray();
    }
  }

  private static void box(HSLFSlide slide, String text, Rectangle anchor) {
    HSLFTextBox box = slide.createTextBox();
    box.setText(text);
    box.setAnchor(anchor);
  }

  @Test
  void aHiddenSlidesTableIsHiddenSlideAndVisibleSlidesAreVisible() throws Exception {
    RecordingHandler out = read(FixtureAccess.presentationFixture("ppt/hidden-slide-staff-list.ppt"));
    assertThat(out.texts.stream().filter(t -> t.text().contains("Headcount by rank")))
        .singleElement().satisfies(t -> {
          assertThat(t.visibility()).isEqualTo(Visibility.VISIBLE);
          assertThat(t.kind()).isEqualTo(TextKind.BODY);
          assertThat(t.location().place()).isEqualTo("slide 1");
        });
    RecordingHandler.RecordedTable staff = out.tables.get(0);
    assertThat(staff.start().origin()).isEqualTo(TableOrigin.SLIDE_TABLE);
    assertThat(staff.start().visibility()).isEqualTo(Visibility.HIDDEN_SLIDE);
    assertThat(staff.start().location().place()).isEqualTo("slide 2");
    assertThat(staff.cell("A1").orElseThrow().value()).isEqualTo("Surname");
    assertThat(staff.rows()).hasSize(13);
  }

  @Test
  void aTextBoxOffTheSlideIsOutsideThePage() throws Exception {
    byte[] deck = ppt(show -> {
      HSLFSlide slide = show.createSlide();
      box(slide, "On the slide", new Rectangle(40, 40, 300, 50));
      box(slide, "Off to the right", new Rectangle(900, 40, 300, 50));
    });
    RecordingHandler out = read(deck);
    assertThat(out.texts).filteredOn(t -> t.text().contains("On the slide")).singleElement()
        .satisfies(t -> assertThat(t.visibility()).isEqualTo(Visibility.VISIBLE));
    assertThat(out.texts).filteredOn(t -> t.text().contains("Off to the right")).singleElement()
        .satisfies(t -> {
          assertThat(t.visibility()).isEqualTo(Visibility.OUTSIDE_PAGE);
          assertThat(t.kind()).isEqualTo(TextKind.SHAPE_TEXT);
        });
  }

  @Test
  void anEmbeddedOleObjectIsHandedToTheEngineAsAnOle2File() throws Exception {
    byte[] workbook;
    try (org.apache.poi.hssf.usermodel.HSSFWorkbook wb = new org.apache.poi.hssf.usermodel.HSSFWorkbook()) {
      wb.createSheet("Staff").createRow(0).createCell(0).setCellValue("Surname");
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      wb.write(bytes);
      workbook = bytes.toByteArray();
    }
    byte[] deck = ppt(show -> {
      box(show.createSlide(), "Annex", new Rectangle(40, 40, 300, 50));
      try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs =
          new org.apache.poi.poifs.filesystem.POIFSFileSystem(new java.io.ByteArrayInputStream(workbook))) {
        show.addEmbed(fs);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    Path f = Files.write(Files.createTempFile(dir, "deck", ".ppt"), deck);
    EmbeddedRecorder context = new EmbeddedRecorder();
    RecordingHandler out = new RecordingHandler();
    new PptExtractor().extract(f, context, out);
    assertThat(context.embedded).containsOnlyKeys("embedded object 1.ole");
    byte[] ole = context.embedded.get("embedded object 1.ole");
    assertThat(org.apache.poi.poifs.filesystem.FileMagic.valueOf(ole))
        .isEqualTo(org.apache.poi.poifs.filesystem.FileMagic.OLE2);
    assertThat(out.facts(FactKind.EMBEDDED_OBJECT)).hasSize(1);
    byte[] none = ppt(show -> box(show.createSlide(), "Annex", new Rectangle(40, 40, 300, 50)));
    Path g = Files.write(Files.createTempFile(dir, "deck", ".ppt"), none);
    EmbeddedRecorder empty = new EmbeddedRecorder();
    new PptExtractor().extract(g, empty, new RecordingHandler());
    assertThat(empty.embedded).isEmpty();
  }

  @Test
  void summaryInformationIsRead() throws Exception {
    byte[] deck = ppt(show -> {
      box(show.createSlide(), "Title", new Rectangle(40, 40, 300, 50));
      show.getSlideShowImpl().getSummaryInformation().setAuthor("Priya Pellow");
    });
    assertThat(read(deck).facts(FactKind.DOCUMENT_PROPERTY))
        .anyMatch(f -> f.value().equals("Priya Pellow"));
  }

  @Test
  void aPasswordProtectedPresentationIsEncrypted() throws Exception {
    byte[] encrypted;
    Biff8EncryptionKey.setCurrentUserPassword("Northmere-2024");
    try {
      encrypted = ppt(show -> box(show.createSlide(), "Secret", new Rectangle(40, 40, 300, 50)));
    } finally {
      Biff8EncryptionKey.setCurrentUserPassword(null);
    }
    assertThatThrownBy(() -> read(encrypted)).isInstanceOf(ExtractionException.class)
        .satisfies(e -> assertThat(((ExtractionException) e).reason())
            .isEqualTo(ExtractionException.Reason.ENCRYPTED));
  }

  @Test
  void aTruncatedPresentationIsCorrupt() throws Exception {
    byte[] deck = FixtureAccess.presentationFixture("ppt/hidden-slide-staff-list.ppt");
    byte[] cut = Arrays.copyOf(deck, deck.length / 2);
    assertThatThrownBy(() -> read(cut)).isInstanceOf(ExtractionException.class)
        .satisfies(e -> assertThat(((ExtractionException) e).reason())
            .isIn(ExtractionException.Reason.CORRUPT, ExtractionException.Reason.TRUNCATED));
  }

  @Test
  void noSlideTextIsLostOrInventedInACleanDeck() throws Exception {
    byte[] deck = ppt(show -> box(show.createSlide(), "Incidents by area, 2023",
        new Rectangle(40, 40, 300, 50)));
    RecordingHandler out = read(deck);
    assertThat(out.texts).filteredOn(t -> t.kind() != TextKind.DOCUMENT_PROPERTY)
        .extracting(TextBlock::text).containsExactly("Incidents by area, 2023");
    assertThat(out.tables).isEmpty();
  }
}
