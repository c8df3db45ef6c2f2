package io.foilint.extract.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.ExtractionException;
import io.foilint.extract.ExtractionException.Reason;
import io.foilint.extract.Limits;
import io.foilint.testing.RecordingHandler;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfInflationGuardTest {

  private static final long MB = 1024 * 1024;

  @TempDir Path dir;

  @Test
  void aPageThatInflatesPastTheLimitIsOverALimitNotOutOfMemory() throws Exception {
    Path pdf = bomb(false, 12 * MB);
    try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
      PdfInflationGuard guard = new PdfInflationGuard(4 * MB, 100 * MB);

      assertThatThrownBy(() -> guard.check(doc, ExtractionContext.standalone()))
          .isInstanceOf(ExtractionException.class)
          .satisfies(e -> assertThat(((ExtractionException) e).reason()).isEqualTo(Reason.LIMIT_EXCEEDED))
          .hasMessageContaining("Page 1").hasMessageContaining("decompression bomb");
    }
  }

  @Test
  void aFormXObjectThatInflatesPastTheLimitIsCaughtToo() throws Exception {
    Path pdf = bomb(true, 12 * MB);
    try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
      PdfInflationGuard guard = new PdfInflationGuard(4 * MB, 100 * MB);

      assertThatThrownBy(() -> guard.check(doc, ExtractionContext.standalone()))
          .isInstanceOf(ExtractionException.class);
    }
  }

  @Test
  void theFileWideInflationLimitApplies() throws Exception {
    Path pdf = bomb(false, 12 * MB);
    Limits tight = new Limits(512 * MB, 100, 2 * MB, 200, 5, Duration.ofMinutes(1));
    ExtractionContext context = new ExtractionContext() {
      @Override
      public Limits limits() {
        return tight;
      }

      @Override
      public void embedded(String name, InputStream content) {}

      @Override
      public void checkDeadline() {}
    };

    assertThatThrownBy(() -> new PdfExtractor().extract(pdf, context, new RecordingHandler()))
        .isInstanceOf(ExtractionException.class)
        .satisfies(e -> assertThat(((ExtractionException) e).reason()).isEqualTo(Reason.LIMIT_EXCEEDED));
  }

  @Test
  void anOrdinaryPageIsWellWithinTheLimits() throws Exception {
    Path pdf = dir.resolve("letter.pdf");
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.beginText();
        cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        cs.newLineAtOffset(72, 700);
        cs.showText("Reply to request 2024-117");
        cs.endText();
      }
      doc.save(pdf.toFile());
    }
    try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
      new PdfInflationGuard(4 * MB, 100 * MB).check(doc, ExtractionContext.standalone());
    }
    try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
      COSStream content = (COSStream) doc.getPage(0).getCOSObject().getDictionaryObject(COSName.CONTENTS);
      assertThat(PdfInflationGuard.inflatedUpTo(content, Long.MAX_VALUE)).isBetween(20L, 200L);
    }
  }

  /** A page (or a form it draws) whose content is {@code bytes} of spaces, deflated. */
  private Path bomb(boolean inForm, long bytes) throws Exception {
    Path pdf = dir.resolve(inForm ? "form-bomb.pdf" : "page-bomb.pdf");
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      COSStream s = doc.getDocument().createCOSStream();
      try (OutputStream raw = s.createRawOutputStream();
          DeflaterOutputStream z = new DeflaterOutputStream(raw, new Deflater(9))) {
        byte[] spaces = new byte[(int) MB];
        Arrays.fill(spaces, (byte) ' ');
        for (long written = 0; written < bytes; written += spaces.length) {
          z.write(spaces);
        }
      }
      s.setItem(COSName.FILTER, COSName.FLATE_DECODE);
      if (inForm) {
        s.setItem(COSName.TYPE, COSName.XOBJECT);
        s.setItem(COSName.SUBTYPE, COSName.FORM);
        PDFormXObject form = new PDFormXObject(s);
        PDResources resources = new PDResources();
        resources.add(form);
        page.setResources(resources);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          cs.drawForm(form);
        }
      } else {
        page.getCOSObject().setItem(COSName.CONTENTS, s);
      }
      doc.save(pdf.toFile());
    }
    return pdf;
  }
}
