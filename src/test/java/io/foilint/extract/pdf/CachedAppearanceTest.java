package io.foilint.extract.pdf;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.junit.jupiter.api.Test;

class CachedAppearanceTest {

  private static final COSName FONT = COSName.getPDFName("F1");

  @Test
  void fieldsThatNameTheSameFontShareOneParsedFont() throws IOException {
    try (PDDocument doc = Loader.loadPDF(twoFieldsOneFont())) {
      PDPage page = doc.getPage(0);
      List<PDAnnotation> fields = page.getAnnotations();
      COSDictionary fonts = fields.get(0).getNormalAppearanceStream().getResources()
          .getCOSObject().getCOSDictionary(COSName.FONT);
      // as in real forms: each appearance refers to the one font object of the file
      assertInstanceOf(COSObject.class, fonts.getItem(FONT));

      PDFont first = cached(fields.get(0), page).getResources().getFont(FONT);
      PDFont second = cached(fields.get(1), page).getResources().getFont(FONT);
      assertSame(first, second);

      // PDFBox's own appearance objects carry no cache: each field builds the font again
      assertNotSame(
          fields.get(0).getNormalAppearanceStream().getResources().getFont(FONT),
          fields.get(1).getNormalAppearanceStream().getResources().getFont(FONT));
    }
  }

  @Test
  void noAppearanceStaysNone() {
    assertNull(CachedAppearance.of(null, null));
  }

  @Test
  void pageRendersAndTheOverlayDrawAnnotationsThroughTheCache() throws IOException {
    try (PDDocument doc = Loader.loadPDF(twoFieldsOneFont())) {
      assertInstanceOf(CachingPageDrawer.Renderer.class, PageRender.rendererFor(doc));
      PDPage page = doc.getPage(0);
      AnnotationOverlay overlay = AnnotationOverlay.of(page);
      assertInstanceOf(CachedAppearance.class, overlay.getAppearance(page.getAnnotations().get(0)));
      assertTrue(overlay.glyphs().size() >= 2, "both fields' words are drawn: " + overlay.glyphs());
    }
  }

  private static PDAppearanceStream cached(PDAnnotation a, PDPage page) {
    return CachedAppearance.of(a.getNormalAppearanceStream(), page.getResourceCache());
  }

  /** A page with two form-field appearances whose resources name the same font object. */
  private static byte[] twoFieldsOneFont() throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      for (int i = 0; i < 2; i++) {
        PDAnnotationWidget widget = new PDAnnotationWidget();
        PDRectangle box = new PDRectangle(50, 700 - 40 * i, 200, 20);
        widget.setRectangle(box);
        PDAppearanceStream ap = new PDAppearanceStream(doc);
        ap.setBBox(new PDRectangle(200, 20));
        PDResources resources = new PDResources();
        resources.put(FONT, font);
        ap.setResources(resources);
        try (PDPageContentStream cs = new PDPageContentStream(doc, ap)) {
          cs.beginText();
          cs.setFont(font, 10);
          cs.newLineAtOffset(2, 5);
          cs.showText("Field " + i);
          cs.endText();
        }
        PDAppearanceDictionary appearance = new PDAppearanceDictionary();
        appearance.setNormalAppearance(ap);
        widget.setAppearance(appearance);
        page.getAnnotations().add(widget);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }
}
