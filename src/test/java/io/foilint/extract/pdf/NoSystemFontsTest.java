package io.foilint.extract.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.ExtractionException;
import io.foilint.testing.RecordingHandler;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Runs only in the {@code no-system-fonts} test run of {@code mvn verify} (pom.xml), where
 * FONTCONFIG_FILE names a fontconfig with no fonts, HOME and user.home are an empty folder under
 * target/ and pdfbox.fontcache points there too; the PDF tests run in the same JVM. Checks that
 * the sandbox really hides the host's fonts, and that reading and drawing PDFs in it neither
 * fails nor makes PDFBox scan the host's fonts (which would write its font cache).
 */
@EnabledIfSystemProperty(named = "foilint.test.noSystemFonts", matches = "true")
class NoSystemFontsTest {

  /** Java's logical font names, which exist even when no font is installed. */
  private static final Set<String> LOGICAL =
      Set.of("Dialog", "DialogInput", "Monospaced", "SansSerif", "Serif");

  @Test
  void java2dSeesNoFontOfTheHost() {
    List<String> families;
    try {
      families = List.of(
          GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
    } catch (Error noFontsAtAll) {
      // "Fontconfig head is null" and the like: what a minimal Debian gives.
      families = List.of();
    }
    assertThat(families).allMatch(LOGICAL::contains);
  }

  @Test
  void fixturePdfsReadAndRenderWithoutScanningHostFonts() throws IOException {
    Path cacheDir = Path.of(System.getProperty("pdfbox.fontcache"));
    Path home = Path.of(System.getProperty("user.home"));
    assertThat(cacheDir).isEqualTo(home);
    List<Path> pdfs;
    try (Stream<Path> files = Files.list(Path.of("test-fixtures/pdf"))) {
      pdfs = files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
    }
    assertThat(pdfs).hasSizeGreaterThan(10);
    int read = 0;
    for (Path pdf : pdfs) {
      try {
        new PdfExtractor().extract(pdf, ExtractionContext.standalone(), new RecordingHandler());
        read++;
      } catch (ExtractionException refused) {
        // a hostile fixture, refused with a reason: not the point here
      }
    }
    assertThat(read).isGreaterThan(10);
    for (String name : List.of("letter-clean.pdf", "text-under-black-boxes.pdf",
        "white-text-on-white.pdf", "staff-list-table.pdf")) {
      try (PDDocument doc = Loader.loadPDF(Path.of("test-fixtures/pdf", name).toFile())) {
        PDFRenderer renderer = PageRender.rendererFor(doc);
        for (int i = 0; i < doc.getNumberOfPages(); i++) {
          assertThat(darkPixels(renderer.renderImage(i, 1f, ImageType.RGB)))
              .as("%s page %d draws its text", name, i + 1).isGreaterThan(50);
        }
      }
    }
    try (PDDocument doc = Loader.loadPDF(BundledFontMapperTest.pdfWithNonEmbeddedFonts(
        "ArialMT", "TimesNewRomanPSMT", "CourierNewPSMT", "Calibri"))) {
      assertThat(darkPixels(PageRender.rendererFor(doc).renderImage(0, 1f, ImageType.RGB)))
          .isGreaterThan(500);
    }
    assertThat(FontMappers.instance()).isSameAs(BundledFontMapper.instance());
    assertThat(home.resolve(".pdfbox.cache")).doesNotExist();
  }

  private static int darkPixels(BufferedImage image) {
    int dark = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if ((image.getRGB(x, y) & 0xFF) < 128) {
          dark++;
        }
      }
    }
    return dark;
  }
}
