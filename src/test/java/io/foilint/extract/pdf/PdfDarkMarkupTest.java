package io.foilint.extract.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.extract.ExtractionContext;
import io.foilint.model.Fact;
import io.foilint.model.FactKind;
import io.foilint.testing.RecordingHandler;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationHighlight;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationSquare;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfDarkMarkupTest {

  @TempDir Path dir;

  @Test
  void aBlackHighlightOverANameIsReportedWithTheTextUnderIt() throws Exception {
    Path pdf = page(highlight(0, 0, 0), "black-highlight.pdf");

    assertThat(darkMarkup(pdf)).singleElement().satisfies(f -> {
      assertThat(f.name()).isEqualTo("Highlight");
      assertThat(f.value()).isEqualTo("Jane Smith");
      assertThat(f.location().place()).isEqualTo("page 1");
      assertThat(f.location().ref()).startsWith("highlight box at 70,696");
      assertThat(f.attr("author")).isEqualTo("Reviewer");
    });
  }

  @Test
  void aBlackFilledSquareCommentIsReportedToo() throws Exception {
    PDAnnotationSquare square = new PDAnnotationSquare();
    square.setRectangle(new PDRectangle(70, 696, 62, 16));
    square.setInteriorColor(new PDColor(new float[] {0.1f, 0.1f, 0.1f}, PDDeviceRGB.INSTANCE));
    Path pdf = page(square, "black-square.pdf");

    assertThat(darkMarkup(pdf)).singleElement().extracting(Fact::value).isEqualTo("Jane Smith");
  }

  @Test
  void aBlackSquareCommentWithItsAppearanceIsOneFindingNotTwo() throws Exception {
    PDAnnotationSquare square = new PDAnnotationSquare();
    square.setRectangle(new PDRectangle(70, 696, 62, 16));
    square.setInteriorColor(new PDColor(new float[] {0, 0, 0}, PDDeviceRGB.INSTANCE));
    square.setColor(new PDColor(new float[] {0, 0, 0}, PDDeviceRGB.INSTANCE));
    square.constructAppearances();
    Path pdf = page(square, "black-square-with-appearance.pdf");

    java.util.List<String> rules = io.foilint.FoiLint.check(pdf).files().get(0).findings().stream()
        .map(io.foilint.detect.Finding::rule).toList();

    assertThat(rules).contains("dark-annotation").doesNotContain("text-under-box");
  }

  @Test
  void aYellowHighlightIsOrdinaryMarkup() throws Exception {
    Path pdf = page(highlight(1, 1, 0), "yellow-highlight.pdf");

    assertThat(darkMarkup(pdf)).isEmpty();
  }

  @Test
  void aTranslucentBlackHighlightLetsTheTextShow() throws Exception {
    PDAnnotationHighlight h = highlight(0, 0, 0);
    h.setConstantOpacity(0.4f);
    Path pdf = page(h, "translucent-highlight.pdf");

    assertThat(darkMarkup(pdf)).isEmpty();
  }

  @Test
  void aBlackBoxOverBlankSpaceCoversNothing() throws Exception {
    PDAnnotationSquare square = new PDAnnotationSquare();
    square.setRectangle(new PDRectangle(300, 300, 60, 16));
    square.setInteriorColor(new PDColor(new float[] {0, 0, 0}, PDDeviceRGB.INSTANCE));
    Path pdf = page(square, "box-over-nothing.pdf");

    assertThat(darkMarkup(pdf)).isEmpty();
  }

  private static PDAnnotationHighlight highlight(float r, float g, float b) {
    PDAnnotationHighlight h = new PDAnnotationHighlight();
    h.setRectangle(new PDRectangle(70, 696, 62, 16));
    // Quad points: upper-left, upper-right, lower-left, lower-right of the highlighted words.
    h.setQuadPoints(new float[] {70, 712, 132, 712, 70, 696, 132, 696});
    h.setColor(new PDColor(new float[] {r, g, b}, PDDeviceRGB.INSTANCE));
    h.setTitlePopup("Reviewer");
    return h;
  }

  private Path page(PDAnnotation annotation, String name) throws Exception {
    Path pdf = dir.resolve(name);
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.beginText();
        cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        cs.newLineAtOffset(72, 700);
        cs.showText("Jane Smith");
        cs.newLineAtOffset(0, -30);
        cs.showText("was interviewed on 3 May.");
        cs.endText();
      }
      page.getAnnotations().add(annotation);
      doc.save(pdf.toFile());
    }
    return pdf;
  }

  private static java.util.List<Fact> darkMarkup(Path pdf) throws Exception {
    RecordingHandler out = new RecordingHandler();
    new PdfExtractor().extract(pdf, ExtractionContext.standalone(), out);
    return out.facts.stream().filter(f -> f.kind() == FactKind.DARK_MARKUP).toList();
  }
}
