package io.foilint.extract.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.extract.ExtractionContext;
import io.foilint.model.TextBlock;
import io.foilint.model.Visibility;
import io.foilint.testing.Corpus;
import io.foilint.testing.RecordingHandler;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationSquare;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text a reader does not see on a PDF page, and the look-alikes a reader does see. */
class PdfHiddenTextTest {

  @TempDir Path dir;

  /** Draws on one fresh page. */
  interface Drawing {
    void draw(PDDocument doc, PDPage page, PDPageContentStream cs) throws IOException;
  }

  // ---- invisible render mode -------------------------------------------------------------

  @Test
  void invisibleTextOnAPlainPageStaysInvisibleRenderModeWithItsSpot() throws Exception {
    List<TextBlock> texts = extract(page((doc, page, cs) -> {
      text(cs, 72, 700, 12, "Printed heading");
      cs.beginText();
      cs.setFont(helvetica(), 12);
      cs.setRenderingMode(RenderingMode.NEITHER);
      cs.newLineAtOffset(72, 500);
      cs.showText("Jane Smith DOB 01/02/1980");
      cs.endText();
    }));

    assertThat(hidden(texts, Visibility.INVISIBLE_RENDER_MODE)).singleElement().satisfies(t -> {
      assertThat(t.text()).isEqualTo("Jane Smith DOB 01/02/1980");
      assertThat(t.location().place()).isEqualTo("page 1");
      assertThat(t.location().ref()).startsWith("text at 72,498");
    });
    assertThat(visibleText(texts)).isEqualTo("Printed heading");
  }

  @Test
  void ocrLayerOverTheWordsOfAScanIsVisible() throws Exception {
    List<TextBlock> texts = extract(page((doc, page, cs) -> {
      cs.drawImage(scan(doc, null), 0, 0, 612, 792);
      invisible(cs, 72, 500, "Scanned letter text");
    }));

    assertThat(texts).singleElement().satisfies(t -> {
      assertThat(t.visibility()).isEqualTo(Visibility.VISIBLE);
      assertThat(t.text()).isEqualTo("Scanned letter text");
    });
  }

  @Test
  void ocrWordsUnderABlackedOutAreaOfTheScanAreHidden() throws Exception {
    // The scan is white paper with a black bar where the name was; the OCR layer kept the name.
    List<TextBlock> texts = extract(page((doc, page, cs) -> {
      cs.drawImage(scan(doc, new java.awt.Rectangle(70, 786 - 500 - 12, 160, 20)), 0, 0, 612, 792);
      invisible(cs, 72, 500, "Jane Smith");
      invisible(cs, 72, 400, "attended the meeting");
    }));

    assertThat(hidden(texts, Visibility.UNDER_DARK_IMAGE_AREA)).singleElement()
        .satisfies(t -> assertThat(t.text()).isEqualTo("Jane Smith"));
    assertThat(visibleText(texts)).isEqualTo("attended the meeting");
  }

  @Test
  void darkAreasAreFoundOnARotatedPageToo() throws Exception {
    List<TextBlock> texts = extract(page((doc, page, cs) -> {
      page.setRotation(90);
      cs.drawImage(scan(doc, new java.awt.Rectangle(70, 786 - 500 - 12, 160, 20)), 0, 0, 612, 792);
      invisible(cs, 72, 500, "Jane Smith");
      invisible(cs, 72, 400, "attended the meeting");
    }));

    assertThat(hidden(texts, Visibility.UNDER_DARK_IMAGE_AREA)).extracting(TextBlock::text)
        .containsExactly("Jane Smith");
  }

  @Test
  void invisibleWordsOverDifferentPrintedWordsAreHidden() throws Exception {
    List<TextBlock> texts = extract(page((doc, page, cs) -> {
      text(cs, 72, 600, 12, "Scooper Trooper LLC");
      invisible(cs, 72, 600, "Scooper Troopper LLC");
    }));

    // "LLC" sits one letter further right than the printed "LLC", over different glyphs.
    assertThat(hidden(texts, Visibility.DIFFERENT_TEXT_SHOWN)).singleElement()
        .satisfies(t -> assertThat(t.text()).startsWith("Troopper"));
    assertThat(visibleText(texts)).contains("Scooper Trooper LLC");
  }

  @Test
  void invisibleWordsOverTheSamePrintedWordsAreASecondTextLayer() throws Exception {
    List<TextBlock> texts = extract(page((doc, page, cs) -> {
      text(cs, 72, 600, 12, "Scooper Trooper LLC");
      invisible(cs, 72, 600, "Scooper Trooper LLC");
    }));

    assertThat(texts).allMatch(t -> t.visibility() == Visibility.VISIBLE);
  }

  // ---- white or transparent text ---------------------------------------------------------

  @Test
  void whiteTextOnWhitePaperIsColouredLikeItsBackground() throws Exception {
    List<TextBlock> texts = extract(page((doc, page, cs) -> {
      text(cs, 72, 700, 12, "Visible paragraph");
      cs.setNonStrokingColor(Color.WHITE);
      text(cs, 72, 600, 12, "Note: informant is PC Hartwell");
    }));

    assertThat(hidden(texts, Visibility.INVISIBLE_TEXT)).singleElement()
        .satisfies(t -> assertThat(t.text()).isEqualTo("Note: informant is PC Hartwell"));
    assertThat(visibleText(texts)).isEqualTo("Visible paragraph");
  }

  @Test
  void whiteTextOnABlackBoxIsVisible() throws Exception {
    List<TextBlock> texts = extract(page((doc, page, cs) -> {
      cs.setNonStrokingColor(Color.BLACK);
      cs.addRect(60, 590, 300, 30);
      cs.fill();
      cs.setNonStrokingColor(Color.WHITE);
      text(cs, 72, 600, 12, "Table heading");
    }));

    assertThat(texts).singleElement().satisfies(t -> {
      assertThat(t.visibility()).isEqualTo(Visibility.VISIBLE);
      assertThat(t.text()).isEqualTo("Table heading");
    });
  }

  @Test
  void whiteTextOnABlackBoxIsVisibleOnARotatedPage() throws Exception {
    List<TextBlock> texts = extract(page((doc, page, cs) -> {
      page.setRotation(270);
      cs.setNonStrokingColor(Color.BLACK);
      cs.addRect(60, 590, 300, 30);
      cs.fill();
      cs.setNonStrokingColor(Color.WHITE);
      text(cs, 72, 600, 12, "Table heading");
    }));

    assertThat(texts).allMatch(t -> t.visibility() == Visibility.VISIBLE);
  }

  // ---- tiny text -------------------------------------------------------------------------

  @Test
  void halfPointTextAndTextSqueezedFlatAreTiny() throws Exception {
    List<TextBlock> texts = extract(page((doc, page, cs) -> {
      text(cs, 72, 700, 0.5f, "Hidden keyword list");
      cs.beginText();
      cs.setFont(helvetica(), 12);
      cs.setHorizontalScaling(1);
      cs.newLineAtOffset(72, 300);
      cs.showText("Squeezed note");
      cs.endText();
    }));

    assertThat(hidden(texts, Visibility.TINY_TEXT)).extracting(TextBlock::text)
        .containsExactly("Hidden keyword list", "Squeezed note");
  }

  @Test
  void eightPointFootnoteIsNotTiny() throws Exception {
    List<TextBlock> texts = extract(page((doc, page, cs) -> text(cs, 72, 60, 8, "Footnote 1.")));

    assertThat(texts).singleElement().extracting(TextBlock::visibility).isEqualTo(Visibility.VISIBLE);
  }

  // ---- outside the crop box, clipped away ------------------------------------------------

  @Test
  void textBeyondTheCropBoxIsOutsideThePage() throws Exception {
    List<TextBlock> texts = extract(page((doc, page, cs) -> {
      page.setCropBox(new PDRectangle(0, 0, 612, 600));
      text(cs, 72, 500, 12, "Inside the page");
      text(cs, 72, 700, 12, "Cropped away paragraph");
    }));

    assertThat(hidden(texts, Visibility.OUTSIDE_PAGE)).singleElement().satisfies(t -> {
      assertThat(t.text()).isEqualTo("Cropped away paragraph");
      assertThat(t.location().ref()).startsWith("text at 72,");
    });
    assertThat(visibleText(texts)).isEqualTo("Inside the page");
  }

  @Test
  void textOutsideTheClipIsClippedAwayAndTextInsideIsNot() throws Exception {
    List<TextBlock> texts = extract(page((doc, page, cs) -> {
      cs.saveGraphicsState();
      cs.addRect(50, 480, 300, 40);
      cs.clip();
      text(cs, 72, 500, 12, "Inside the clip");
      text(cs, 72, 300, 12, "Masked by the clip");
      cs.restoreGraphicsState();
    }));

    assertThat(hidden(texts, Visibility.CLIPPED_AWAY)).extracting(TextBlock::text)
        .containsExactly("Masked by the clip");
    assertThat(visibleText(texts)).isEqualTo("Inside the clip");
  }

  // ---- under an opaque annotation --------------------------------------------------------

  @Test
  void textUnderAWhiteBoxAnnotationIsUnderABox() throws Exception {
    List<TextBlock> texts = extract(page((doc, page, cs) -> {
      text(cs, 72, 600, 12, "Witness Jane Smith");
      text(cs, 72, 400, 12, "Left in view");
      PDAnnotationSquare box = new PDAnnotationSquare();
      box.setRectangle(new PDRectangle(60, 590, 200, 30));
      box.setInteriorColor(new PDColor(new float[] {1, 1, 1}, PDDeviceRGB.INSTANCE));
      box.setColor(new PDColor(new float[] {1, 1, 1}, PDDeviceRGB.INSTANCE));
      page.getAnnotations().add(box);
      box.constructAppearances(doc);
    }));

    assertThat(hidden(texts, Visibility.UNDER_BOX)).extracting(TextBlock::text)
        .containsExactly("Witness Jane Smith");
    assertThat(visibleText(texts)).isEqualTo("Left in view");
  }

  // ---- real files ------------------------------------------------------------------------

  @Test
  void xrayHiddenTextOnVisibleTextIsCaught() throws Exception {
    List<TextBlock> texts = extract(Corpus.file("pdf-redaction/xray/hidden_text_on_visible_text.pdf"));

    assertThat(hidden(texts, Visibility.DIFFERENT_TEXT_SHOWN)).singleElement().satisfies(t -> {
      assertThat(t.text()).startsWith("TROOPPER,");
      assertThat(t.location().place()).isEqualTo("page 1");
    });
    assertThat(visibleText(texts)).doesNotContain("TROOPPER");
  }

  @Test
  void noOtherXrayFixtureHasHiddenPageText() throws Exception {
    Path folder = Corpus.root().resolve("pdf-redaction/xray");
    List<Path> files;
    try (Stream<Path> s = Files.list(folder)) {
      files = s.filter(p -> p.toString().endsWith(".pdf"))
          .filter(p -> !p.getFileName().toString().equals("hidden_text_on_visible_text.pdf"))
          .sorted().toList();
    }
    assertThat(files).hasSizeGreaterThan(20);
    for (Path f : files) {
      // unfilled_rect.pdf does hold white-on-white text, but only middle dots (leaders): a hidden
      // block may exist, but none may hold a letter or digit. Text under drawn boxes is
      // XrayAgreementTest's to judge.
      assertThat(extract(f)).as(f.getFileName().toString())
          .filteredOn(t -> t.visibility() != Visibility.VISIBLE && t.visibility() != Visibility.UNDER_BOX)
          .allMatch(t -> t.text().codePoints().noneMatch(Character::isLetterOrDigit));
    }
  }

  @Test
  void ocrScanOfXrayFixtureReadsAsVisible() throws Exception {
    // 21 pages; the first two are scans with an OCR layer, which must read as the page text.
    List<TextBlock> texts = extract(Corpus.file("pdf-redaction/xray/no_bad_redactions.5.5.pdf"));

    assertThat(texts).filteredOn(t -> t.location().place().equals("page 1")).singleElement()
        .satisfies(t -> {
          assertThat(t.visibility()).isEqualTo(Visibility.VISIBLE);
          assertThat(t.text()).isNotBlank();
        });
  }

  // ---- helpers ---------------------------------------------------------------------------

  private Path page(Drawing drawing) throws IOException {
    Path pdf = Files.createTempFile(dir, "page", ".pdf");
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.LETTER);
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        drawing.draw(doc, page, cs);
      }
      doc.save(pdf.toFile());
    }
    return pdf;
  }

  private static List<TextBlock> extract(Path pdf) throws Exception {
    RecordingHandler out = new RecordingHandler();
    new PdfExtractor().extract(pdf, ExtractionContext.standalone(), out);
    return out.texts.stream().filter(t -> t.kind() == io.foilint.model.TextKind.BODY).toList();
  }

  private static List<TextBlock> hidden(List<TextBlock> texts, Visibility v) {
    return texts.stream().filter(t -> t.visibility() == v).toList();
  }

  private static String visibleText(List<TextBlock> texts) {
    return texts.stream().filter(t -> t.visibility() == Visibility.VISIBLE).map(TextBlock::text)
        .findFirst().orElse("");
  }

  private static void text(PDPageContentStream cs, float x, float y, float size, String s)
      throws IOException {
    cs.beginText();
    cs.setFont(helvetica(), size);
    cs.newLineAtOffset(x, y);
    cs.showText(s);
    cs.endText();
  }

  private static void invisible(PDPageContentStream cs, float x, float y, String s) throws IOException {
    cs.beginText();
    cs.setFont(helvetica(), 12);
    cs.setRenderingMode(RenderingMode.NEITHER);
    cs.newLineAtOffset(x, y);
    cs.showText(s);
    cs.endText();
  }

  /** A page-sized "scan": white paper (1 px per pt), with a black bar where asked. */
  private static PDImageXObject scan(PDDocument doc, java.awt.Rectangle blackBar) throws IOException {
    BufferedImage img = new BufferedImage(612, 792, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 612, 792);
    g.setColor(Color.BLACK);
    g.fillRect(72, 80, 200, 2); // a printed rule, as on any letter
    // The scanned words themselves: an OCR layer lies over the ink it was read from.
    ScanInk.print(g, "Scanned letter text", 72, 792 - 500, 12);
    ScanInk.print(g, "attended the meeting", 72, 792 - 400, 12);
    if (blackBar != null) {
      g.fill(blackBar);
    }
    g.dispose();
    return LosslessFactory.createFromImage(doc, img);
  }

  private static PDType1Font helvetica() {
    return new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  }
}
