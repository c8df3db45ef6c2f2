package io.foilint.extract.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.extract.ExtractionContext;
import io.foilint.model.Fact;
import io.foilint.model.FactKind;
import io.foilint.model.TextBlock;
import io.foilint.testing.Corpus;
import io.foilint.testing.RecordingHandler;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A damaged PDF that PDFBox can rebuild is read, and the repair is said out loud. */
class PdfRepairTest {

  @TempDir Path dir;

  @Test
  void aBrokenCrossReferenceIsRepairedScannedAndNoted() throws Exception {
    byte[] good = letter("Reply to request 2024-117");
    String text = new String(good, StandardCharsets.ISO_8859_1);
    int startxref = text.lastIndexOf("startxref");
    // Point startxref at the wrong byte: a strict reader refuses, PDFBox's repair finds the objects.
    String damaged = text.substring(0, startxref) + "startxref\n17\n%%EOF\n";
    Path pdf = dir.resolve("damaged.pdf");
    Files.write(pdf, damaged.getBytes(StandardCharsets.ISO_8859_1));

    RecordingHandler out = extract(pdf);

    assertThat(out.texts).extracting(TextBlock::text).containsExactly("Reply to request 2024-117");
    assertThat(out.facts).filteredOn(f -> f.kind() == FactKind.UNINSPECTED_PART)
        .singleElement().extracting(Fact::value).asString()
        .startsWith("The PDF is damaged").contains("cross-reference table is wrong");
  }

  @Test
  void aSoundFileIsNotCalledDamaged() throws Exception {
    Path pdf = dir.resolve("sound.pdf");
    Files.write(pdf, letter("Reply to request 2024-118"));

    RecordingHandler out = extract(pdf);

    assertThat(out.texts).extracting(TextBlock::text).containsExactly("Reply to request 2024-118");
    assertThat(out.facts).noneMatch(f -> f.kind() == FactKind.UNINSPECTED_PART);
  }

  @Test
  void aFileCutShortIsRepairedScannedAndNoted() throws Exception {
    byte[] good = letter("Reply to request 2024-119");
    Path pdf = dir.resolve("truncated.pdf");
    Files.write(pdf, java.util.Arrays.copyOf(good, good.length * 8 / 10));

    RecordingHandler out = extract(pdf);

    assertThat(out.facts).filteredOn(f -> f.kind() == FactKind.UNINSPECTED_PART)
        .singleElement().extracting(Fact::value).asString().contains("cut short");
  }

  @Test
  void realFilesWithRepairedStructureAreNoted() throws Exception {
    // qpdf calls this file damaged; its startxref points at the wrong byte.
    Path pdf = Corpus.file("robustness/pdf/tika__testPDF_bad_page_303226.pdf");

    RecordingHandler out = new RecordingHandler();
    // Page 2's content also holds bytes that are no PDF instruction ("...N)Tj"), which PDFBox
    // skips: the file is read and reported in full, then fails closed.
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new PdfExtractor().extract(pdf, ExtractionContext.standalone(), out))
        .isInstanceOf(io.foilint.extract.ExtractionException.class)
        .hasMessageContaining("Page 2's drawing instructions are damaged");
    assertThat(out.facts).anyMatch(f -> f.kind() == FactKind.UNINSPECTED_PART);
  }

  @Test
  void certificateEncryptionWithoutItsCryptoLibraryIsEncryptedNotAnInternalError() {
    // What PDFBox throws for public-key encryption when Bouncy Castle is not on the class path
    // (the shipped jar does not carry it; the test class path happens to).
    NoClassDefFoundError missing = new NoClassDefFoundError("org/bouncycastle/cms/CMSException");
    missing.setStackTrace(new StackTraceElement[] {
      new StackTraceElement("org.apache.pdfbox.pdmodel.encryption.SecurityHandlerFactory",
          "newSecurityHandler", "SecurityHandlerFactory.java", 128)
    });

    assertThat(PdfExtractor.openFailure(missing).reason())
        .isEqualTo(io.foilint.extract.ExtractionException.Reason.ENCRYPTED);
  }

  private static RecordingHandler extract(Path pdf) throws Exception {
    RecordingHandler out = new RecordingHandler();
    new PdfExtractor().extract(pdf, ExtractionContext.standalone(), out);
    return out;
  }

  private static byte[] letter(String line) throws Exception {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.beginText();
        cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        cs.newLineAtOffset(72, 700);
        cs.showText(line);
        cs.endText();
      }
      doc.save(bytes);
      return bytes.toByteArray();
    }
  }
}
