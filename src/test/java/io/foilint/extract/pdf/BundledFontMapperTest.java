package io.foilint.extract.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.extract.pdf.BundledFontMapper.Face;
import io.foilint.extract.pdf.BundledFontMapper.Family;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDTrueTypeFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Non-embedded fonts are drawn and measured with the Liberation fonts shipped with foilint, never
 * with a font of the host (issue 8 item 6).
 */
class BundledFontMapperTest {

  @Test
  void pdfExtractorInstallsTheMapper() {
    new PdfExtractor();
    assertThat(FontMappers.instance()).isSameAs(BundledFontMapper.instance());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // name,                       family, bold,  italic, fallback
    "ArialMT,                       SANS,  false, false, false",
    "'Arial,Bold',                  SANS,  true,  false, false",
    "Arial-BoldItalicMT,            SANS,  true,  true,  false",
    "Helvetica,                     SANS,  false, false, false",
    "Helvetica-Oblique,             SANS,  false, true,  false",
    "ABCDEF+LiberationSans,         SANS,  false, false, false",
    "Times-Roman,                   SERIF, false, false, false",
    "TimesNewRomanPSMT,             SERIF, false, false, false",
    "TimesNewRomanPS-BoldMT,        SERIF, true,  false, false",
    "TimesNewRomanPS-ItalicMT,      SERIF, false, true,  false",
    "Times-BoldItalic,              SERIF, true,  true,  false",
    "Courier,                       MONO,  false, false, false",
    "CourierNewPS-BoldMT,           MONO,  true,  false, false",
    "'Courier New,Italic',          MONO,  false, true,  false",
    "Calibri,                       SANS,  false, false, true",
    "Calibri-Bold,                  SANS,  true,  false, true",
    "Georgia,                       SERIF, false, false, true",
    "MinionPro-It,                  SERIF, false, true,  true",
    "Consolas,                      MONO,  false, false, true",
    "Symbol,                        SANS,  false, false, true",
    "ZapfDingbats,                  SANS,  false, false, true",
  })
  void mapsNamesToBundledFaces(
      String name, Family family, boolean bold, boolean italic, boolean fallback) {
    assertThat(BundledFontMapper.choose(name, null))
        .isEqualTo(new BundledFontMapper.Choice(new Face(family, bold, italic), fallback));
  }

  @Test
  void anUnknownNameTakesTheFamilyAndStyleItsDescriptorAsksFor() {
    PDFontDescriptor serifBold = descriptor("Xyzzy", 2, 700);
    PDFontDescriptor fixedItalic = descriptor("Xyzzy", 1 | 64, 400);
    assertThat(BundledFontMapper.choose("Xyzzy", serifBold).face())
        .isEqualTo(new Face(Family.SERIF, true, false));
    assertThat(BundledFontMapper.choose("Xyzzy", fixedItalic).face())
        .isEqualTo(new Face(Family.MONO, false, true));
  }

  @Test
  void everyBundledFaceLoads() throws IOException {
    List<String> names = new ArrayList<>();
    for (Family family : Family.values()) {
      for (boolean bold : new boolean[] {false, true}) {
        for (boolean italic : new boolean[] {false, true}) {
          names.add(BundledFontMapper.instance().font(new Face(family, bold, italic)).getName());
        }
      }
    }
    assertThat(names).containsExactly(
        "LiberationSans", "LiberationSans-Italic", "LiberationSans-Bold",
        "LiberationSans-BoldItalic",
        "LiberationSerif", "LiberationSerif-Italic", "LiberationSerif-Bold",
        "LiberationSerif-BoldItalic",
        "LiberationMono", "LiberationMono-Italic", "LiberationMono-Bold",
        "LiberationMono-BoldItalic");
  }

  @Test
  void nonEmbeddedTrueTypeFontsInAPdfUseTheBundledFonts() throws IOException {
    byte[] pdf = pdfWithNonEmbeddedFonts("ArialMT", "TimesNewRomanPS-BoldMT", "CourierNewPSMT");
    List<String> mapped = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDPage page = doc.getPage(0);
      for (COSName key : page.getResources().getFontNames()) {
        PDFont font = page.getResources().getFont(key);
        mapped.add(font.getName() + " -> " + ((PDTrueTypeFont) font).getTrueTypeFont().getName());
      }
      assertThat(new PDFTextStripper().getText(doc).strip())
          .isEqualTo("HELLO ArialMT\nHELLO TimesNewRomanPS-BoldMT\nHELLO CourierNewPSMT");
    }
    assertThat(mapped).containsExactlyInAnyOrder(
        "ArialMT -> LiberationSans",
        "TimesNewRomanPS-BoldMT -> LiberationSerif-Bold",
        "CourierNewPSMT -> LiberationMono");
  }

  @Test
  void aNonEmbeddedCidFontGetsTheBundledSans() throws IOException {
    COSDictionary descendant = new COSDictionary();
    descendant.setItem(COSName.TYPE, COSName.FONT);
    descendant.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE2);
    descendant.setName(COSName.BASE_FONT, "MS-Mincho");
    COSDictionary info = new COSDictionary();
    info.setString(COSName.REGISTRY, "Adobe");
    info.setString(COSName.ORDERING, "Japan1");
    info.setInt(COSName.SUPPLEMENT, 2);
    descendant.setItem(COSName.CIDSYSTEMINFO, info);
    descendant.setItem(COSName.FONT_DESC, descriptor("MS-Mincho", 4, 400).getCOSObject());
    COSDictionary type0 = new COSDictionary();
    type0.setItem(COSName.TYPE, COSName.FONT);
    type0.setItem(COSName.SUBTYPE, COSName.TYPE0);
    type0.setName(COSName.BASE_FONT, "MS-Mincho");
    type0.setItem(COSName.ENCODING, COSName.IDENTITY_H);
    COSArray descendants = new COSArray();
    descendants.add(descendant);
    type0.setItem(COSName.DESCENDANT_FONTS, descendants);

    PDType0Font font = new PDType0Font(type0);

    assertThat(((PDCIDFontType2) font.getDescendantFont()).getTrueTypeFont().getName())
        .isEqualTo("LiberationSans");
  }

  @Test
  void rendersNonEmbeddedTextWithTheBundledFonts() throws IOException {
    byte[] pdf = pdfWithNonEmbeddedFonts("ArialMT", "TimesNewRomanPSMT");
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      BufferedImage image = PageRender.rendererFor(doc).renderImage(0, 1f, ImageType.RGB);
      int dark = 0;
      for (int y = 0; y < image.getHeight(); y++) {
        for (int x = 0; x < image.getWidth(); x++) {
          if ((image.getRGB(x, y) & 0xFF) < 128) {
            dark++;
          }
        }
      }
      // Two lines of 24-point capitals: a few thousand dark pixels, not none.
      assertThat(dark).isGreaterThan(500);
    }
  }

  /** A page with one line "HELLO name" per font, each a TrueType font with no font file. */
  static byte[] pdfWithNonEmbeddedFonts(String... names) throws IOException {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        float y = 700;
        for (String name : names) {
          cs.beginText();
          cs.setFont(nonEmbeddedTrueType(name), 24);
          cs.newLineAtOffset(50, y);
          cs.showText("HELLO " + name);
          cs.endText();
          y -= 60;
        }
      }
      doc.save(bytes);
      return bytes.toByteArray();
    }
  }

  private static PDTrueTypeFont nonEmbeddedTrueType(String name) throws IOException {
    COSDictionary font = new COSDictionary();
    font.setItem(COSName.TYPE, COSName.FONT);
    font.setItem(COSName.SUBTYPE, COSName.TRUE_TYPE);
    font.setName(COSName.BASE_FONT, name);
    font.setItem(COSName.ENCODING, COSName.WIN_ANSI_ENCODING);
    font.setInt(COSName.FIRST_CHAR, 32);
    font.setInt(COSName.LAST_CHAR, 126);
    COSArray widths = new COSArray();
    for (int c = 32; c <= 126; c++) {
      widths.add(COSInteger.get(600));
    }
    font.setItem(COSName.WIDTHS, widths);
    font.setItem(COSName.FONT_DESC, descriptor(name, 32, 400).getCOSObject());
    return new PDTrueTypeFont(font);
  }

  private static PDFontDescriptor descriptor(String name, int flags, int weight) {
    COSDictionary d = new COSDictionary();
    d.setItem(COSName.TYPE, COSName.FONT_DESC);
    d.setName(COSName.FONT_NAME, name);
    d.setInt(COSName.FLAGS, flags);
    d.setInt(COSName.FONT_WEIGHT, weight);
    d.setInt(COSName.ITALIC_ANGLE, (flags & 64) != 0 ? -12 : 0);
    return new PDFontDescriptor(d);
  }
}
