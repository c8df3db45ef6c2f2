package io.foilint.extract.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.Limits;
import io.foilint.model.Location;
import io.foilint.model.TextBlock;
import io.foilint.model.TextKind;
import io.foilint.model.Visibility;
import io.foilint.testing.RecordingHandler;
import java.awt.Color;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDFormContentStream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.blend.BlendMode;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text under drawn boxes, on pages built with PDFBox. */
class PdfCoveredTextTest {

  private static final PDFont HELVETICA = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

  @TempDir Path dir;

  /** Draws on one page; the file goes through the whole PDF extractor. */
  @FunctionalInterface
  private interface Drawing {
    void draw(PDDocument doc, PDPageContentStream cs) throws Exception;
  }

  private List<TextBlock> underBoxes(Drawing drawing) throws Exception {
    Path pdf = dir.resolve("page.pdf");
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.LETTER);
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        drawing.draw(doc, cs);
      }
      doc.save(pdf.toFile());
    }
    RecordingHandler out = new RecordingHandler();
    new PdfExtractor().extract(pdf, new QuietContext(), out);
    return out.texts.stream().filter(t -> t.visibility() == Visibility.UNDER_BOX).toList();
  }

  private static void text(PDPageContentStream cs, Color colour, float x, float y, String s)
      throws Exception {
    cs.setNonStrokingColor(colour);
    cs.beginText();
    cs.setFont(HELVETICA, 12);
    cs.newLineAtOffset(x, y);
    cs.showText(s);
    cs.endText();
  }

  private static void box(PDPageContentStream cs, Color colour, float x, float y, float w, float h)
      throws Exception {
    cs.setNonStrokingColor(colour);
    cs.addRect(x, y, w, h);
    cs.fill();
  }

  @Test
  void blackBoxDrawnAfterTextHidesIt() throws Exception {
    List<TextBlock> found =
        underBoxes((doc, cs) -> {
          text(cs, Color.BLACK, 72, 700, "Visible words");
          text(cs, Color.BLACK, 72, 680, "Jane Smith");
          box(cs, Color.BLACK, 70, 676, 100, 16);
        });

    assertThat(found)
        .singleElement()
        .satisfies(t -> {
          assertThat(t.text()).isEqualTo("Jane Smith");
          assertThat(t.kind()).isEqualTo(TextKind.BODY);
          assertThat(t.location()).isEqualTo(Location.of("page 1", "box at 70,676 (100x16 pt)"));
        });
  }

  @Test
  void textDrawnOnTopOfABoxIsVisible() throws Exception {
    assertThat(
            underBoxes((doc, cs) -> {
              box(cs, Color.BLACK, 70, 676, 100, 16);
              text(cs, Color.WHITE, 72, 680, "Jane Smith");
            }))
        .isEmpty();
  }

  @Test
  void whiteBoxOnAWhitePageHidesTextToo() throws Exception {
    assertThat(
            underBoxes((doc, cs) -> {
              text(cs, Color.BLACK, 72, 680, "Jane Smith");
              box(cs, Color.WHITE, 70, 676, 100, 16);
            }))
        .extracting(TextBlock::text)
        .containsExactly("Jane Smith");
  }

  @Test
  void aLabelOrWhitespaceUnderABoxIsNotReported() throws Exception {
    assertThat(
            underBoxes((doc, cs) -> {
              text(cs, Color.BLACK, 72, 680, "REDACTED - s40(2)");
              box(cs, Color.BLACK, 70, 676, 120, 16);
              text(cs, Color.BLACK, 72, 640, "Section 40(2) exempt");
              box(cs, Color.BLACK, 70, 636, 140, 16);
              text(cs, Color.BLACK, 72, 600, " , ;  ");
              box(cs, Color.BLACK, 70, 596, 60, 16);
              text(cs, Color.BLACK, 72, 560, "XXXXXXX");
              box(cs, Color.BLACK, 70, 556, 70, 16);
            }))
        .isEmpty();
  }

  @Test
  void thinRulesThroughTextAreNotBoxes() throws Exception {
    assertThat(
            underBoxes((doc, cs) -> {
              text(cs, Color.BLACK, 72, 680, "Jane Smith");
              // a strike-through rule and a table border drawn as filled rectangles
              box(cs, Color.BLACK, 70, 683, 100, 3);
              box(cs, Color.BLACK, 71, 670, 4, 30);
            }))
        .isEmpty();
  }

  @Test
  void aBoxOverHalfTheLetterHeightDoesNotHideThem() throws Exception {
    assertThat(
            underBoxes((doc, cs) -> {
              text(cs, Color.BLACK, 72, 680, "JANE SMITH");
              // capitals of 12 pt Helvetica reach 688.6; the box stops half way up
              box(cs, Color.BLACK, 70, 674, 100, 10.3f);
            }))
        .isEmpty();
  }

  /**
   * Edact-Ray's trivial_1, which x-ray misses: black text drawn on top of a black bar. The bar
   * covers the lower-case letters' ink completely but less than 80 % of their line box.
   */
  @Test
  void textOfTheBoxColourDrawnOnTopOfItIsHidden() throws Exception {
    // line box of 12 pt Helvetica at baseline 700: about 697.4 to 709.3 (11.9 pt); the bar
    // 699.5 to 708.5 overlaps it by 9 / 11.9 = 76 %, the ink of "secret name" (700 to 706.6)
    // by 100 %
    List<TextBlock> found =
        underBoxes((doc, cs) -> {
          box(cs, Color.BLACK, 70, 699.5f, 80, 9);
          text(cs, Color.BLACK, 72, 700, "secret name");
        });

    assertThat(found).extracting(TextBlock::text).containsExactly("secret name");
  }

  @Test
  void aBoxInAFormXObjectHidesPageText() throws Exception {
    List<TextBlock> found =
        underBoxes((doc, cs) -> {
          text(cs, Color.BLACK, 72, 680, "Jane Smith");
          PDFormXObject form = new PDFormXObject(doc);
          form.setBBox(PDRectangle.LETTER);
          form.setResources(new PDResources());
          try (PDFormContentStream fcs = new PDFormContentStream(form)) {
            fcs.setNonStrokingColor(Color.BLACK);
            fcs.addRect(70, 676, 100, 16);
            fcs.fill();
          }
          cs.drawForm(form);
        });

    assertThat(found).extracting(TextBlock::text).containsExactly("Jane Smith");
  }

  @Test
  void aClipThatCutsTheBoxAwayFromTheTextLeavesItVisible() throws Exception {
    assertThat(
            underBoxes((doc, cs) -> {
              text(cs, Color.BLACK, 72, 680, "Jane Smith");
              cs.saveGraphicsState();
              cs.addRect(300, 300, 50, 50);
              cs.clip();
              box(cs, Color.WHITE, 70, 676, 100, 16);
              cs.restoreGraphicsState();
            }))
        .isEmpty();
  }

  @Test
  void aRingAroundTextIsNotABoxOverIt() throws Exception {
    assertThat(
            underBoxes((doc, cs) -> {
              text(cs, Color.BLACK, 72, 680, "Jane Smith");
              cs.setNonStrokingColor(Color.RED);
              // outer rectangle clockwise, inner anticlockwise: non-zero winding fills a frame
              cs.moveTo(60, 670);
              cs.lineTo(60, 700);
              cs.lineTo(180, 700);
              cs.lineTo(180, 670);
              cs.closePath();
              cs.moveTo(66, 674);
              cs.lineTo(174, 674);
              cs.lineTo(174, 696);
              cs.lineTo(66, 696);
              cs.closePath();
              cs.fill();
              // the same with two rectangles and the even-odd rule
              text(cs, Color.BLACK, 72, 600, "John Brown");
              cs.addRect(60, 590, 120, 30);
              cs.addRect(66, 594, 108, 22);
              cs.fillEvenOdd();
            }))
        .isEmpty();
  }

  /** Geometry says covered; only the render shows a multiply-blended white box hides nothing. */
  @Test
  void aBoxTheRenderShowsTextThroughIsNotReported() throws Exception {
    assertThat(
            underBoxes((doc, cs) -> {
              text(cs, Color.BLACK, 72, 680, "Jane Smith");
              PDExtendedGraphicsState multiply = new PDExtendedGraphicsState();
              multiply.setBlendMode(BlendMode.MULTIPLY);
              cs.saveGraphicsState();
              cs.setGraphicsStateParameters(multiply);
              box(cs, Color.WHITE, 70, 676, 100, 16);
              cs.restoreGraphicsState();
            }))
        .isEmpty();
  }

  @Test
  void aBackgroundPaintedBeforeTextOfItsColourIsNotABox() throws Exception {
    // a page-sized white background, then white text: hidden, but by its colour, not a box
    // (another check's business), and certainly not a redaction box
    assertThat(
            underBoxes((doc, cs) -> {
              box(cs, Color.WHITE, 0, 0, 612, 792);
              text(cs, Color.WHITE, 72, 680, "Jane Smith");
            }))
        .isEmpty();
  }

  @Test
  void aWholePageCoverPaintedAfterTheTextHidesIt() throws Exception {
    assertThat(
            underBoxes((doc, cs) -> {
              text(cs, Color.BLACK, 72, 680, "Jane Smith");
              box(cs, Color.WHITE, 0, 0, 612, 792);
            }))
        .extracting(TextBlock::text)
        .containsExactly("Jane Smith");
  }

  @Test
  void eachRectangleOfOnePathIsItsOwnBox() throws Exception {
    List<TextBlock> found =
        underBoxes((doc, cs) -> {
          text(cs, Color.BLACK, 72, 680, "Jane Smith");
          text(cs, Color.BLACK, 72, 660, "stays visible");
          text(cs, Color.BLACK, 72, 640, "John Brown");
          cs.setNonStrokingColor(Color.BLACK);
          cs.addRect(70, 676, 100, 16);
          cs.addRect(70, 636, 100, 16);
          cs.fill();
        });

    assertThat(found)
        .extracting(t -> t.location().ref(), TextBlock::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("box at 70,676 (100x16 pt)", "Jane Smith"),
            org.assertj.core.groups.Tuple.tuple("box at 70,636 (100x16 pt)", "John Brown"));
  }

  @Test
  void labelWordsOnlyCountAsWholeWords() {
    assertThat(CoveredTextFinder.isWorthReporting("Redacted under s.40(2) FOIA")).isFalse();
    assertThat(CoveredTextFinder.isWorthReporting("Name redacted")).isFalse();
    assertThat(CoveredTextFinder.isWorthReporting("Reading Hospital")).isTrue();
    assertThat(CoveredTextFinder.isWorthReporting("7")).isTrue();
    assertThat(CoveredTextFinder.isWorthReporting("xxxx xx")).isFalse();
    assertThat(CoveredTextFinder.isWorthReporting("—")).isFalse();
  }

  private static final class QuietContext implements ExtractionContext {
    @Override
    public Limits limits() {
      return Limits.DEFAULT;
    }

    @Override
    public void embedded(String name, InputStream content) {}

    @Override
    public void checkDeadline() {}
  }
}
