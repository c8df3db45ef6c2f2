package io.foilint.extract.pdf;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.ExtractionException.Reason;
import io.foilint.extract.ExtractionException;
import io.foilint.extract.Extractor;
import io.foilint.extract.TempFiles;
import io.foilint.extract.pdf.tables.PdfPageTables;
import io.foilint.model.ContentHandler;
import io.foilint.model.Fact;
import io.foilint.model.FactAttr;
import io.foilint.model.FactKind;
import io.foilint.model.Location;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Reads a PDF with PDFBox and reports everything it holds, each part by its own class in the order
 * below: damage PDFBox repaired, a decompression-bomb check that decodes every stream's whole
 * filter chain, the page tree (pages it does not reach are recovered), document information and
 * XMP, attachments (scanned in turn), page text sorted into what a reader sees and each way text is
 * hidden, annotations (comments, unapplied redactions, dark highlights), embedded files nothing
 * refers to, text in streams nothing uses, application private data, tables drawn on the pages, text under drawn boxes, and the
 * document structure (earlier revisions, forms, actions, layers, bookmarks and alternative text).
 */
public final class PdfExtractor implements Extractor {

  static {
    BundledFontMapper.install(); // before PDFBox maps a font: bundled fonts only, never the host's
  }

  @Override
  public void extract(Path file, ExtractionContext context, ContentHandler out)
      throws IOException, ExtractionException {
    try (PDDocument document = open(file)) {
      noteRepair(file, out);
      if (document.isEncrypted()) {
        // Opened with the empty user password, so only an owner password (permissions) is set.
        out.fact(
            new Fact(
                FactKind.DOCUMENT_PROPERTY,
                Location.of("security"),
                "encryption",
                "owner password only (permissions), content readable"));
      }
      PdfInflationGuard.Census census = PdfInflationGuard.of(context).check(document, context);
      PdfPageTree.check(document, file, census.pageObjects(), out);
      new PdfDocumentInformation(document).report(out);
      PdfAttachments attachments = new PdfAttachments(document, context, out);
      attachments.report();
      // Tables are read in the page-text pass, not a pass of their own.
      PdfPageText pageText = new PdfPageText(document, context, out, new PdfPageTables(document, context, out));
      pageText.report();
      new PdfAnnotations(document, context, out, attachments).report();
      attachments.reportUnreferenced();
      new PdfUnusedStreams(census.unused(), context, out).report();
      new PdfPrivateData(document, context, out).report();
      new PdfCoveredText(document, context, out, pageText.pagesThatPaint()).report();
      new PdfStructure(file, document, context, out, pageText.markedText()).report();
      if (pageText.contentDamage() != null) {
        // after everything else was read and reported: surface all, then fail closed
        throw new ExtractionException(Reason.CORRUPT, pageText.contentDamage());
      }
    } catch (RuntimeException e) {
      throw corrupt(e);
    }
  }

  /** PDFBox has read a damaged file by rebuilding it; say so, since the rebuild may miss objects. */
  private static void noteRepair(Path file, ContentHandler out) throws IOException {
    PdfTrailerCheck.damage(file).ifPresent(why -> out.fact(
        new Fact(
            FactKind.UNINSPECTED_PART,
            Location.of("PDF structure"),
            "PDF structure",
            "The PDF is damaged (" + why + "); it was read after rebuilding its structure, so"
                + " anything the damage cut off was not checked",
            FactAttr.attrs().put(FactAttr.SENTENCE, true).build())));
  }

  private static PDDocument open(Path file) throws ExtractionException {
    try {
      // Temp-file stream cache: decoded streams go to disk, not the heap, whatever the PDF's size.
      return Loader.loadPDF(file.toFile(), "", TempFiles.pdfStreamCache());
    } catch (InvalidPasswordException e) {
      throw new ExtractionException(
          Reason.ENCRYPTED, "The PDF needs a password; foilint cannot see inside it", e);
    } catch (IOException | RuntimeException | LinkageError e) {
      throw openFailure(e);
    }
  }

  /**
   * Why a PDF could not be opened. Certificate (public-key) encryption needs a cryptography
   * library foilint does not ship: PDFBox then fails with a missing class while setting up
   * decryption, which is still "encrypted", not damage and not foilint's own fault.
   */
  static ExtractionException openFailure(Throwable e) {
    if (failedWhileDecrypting(e)) {
      return new ExtractionException(
          Reason.ENCRYPTED,
          "The PDF is encrypted in a way foilint cannot open (for example for named recipients'"
              + " certificates); foilint cannot see inside it",
          e);
    }
    if (e instanceof LinkageError) {
      return new ExtractionException(
          Reason.UNSUPPORTED, "The PDF needs a feature foilint does not include to be opened", e);
    }
    return corrupt(e);
  }

  /**
   * PDFBox reports certificate (public-key) encryption and unknown schemes as a plain
   * IOException; where it was thrown tells them apart from damage.
   */
  private static boolean failedWhileDecrypting(Throwable e) {
    for (StackTraceElement frame : e.getStackTrace()) {
      if (frame.getClassName().startsWith("org.apache.pdfbox.pdmodel.encryption.")) {
        return true;
      }
    }
    return false;
  }

  private static ExtractionException corrupt(Throwable e) {
    return new ExtractionException(
        Reason.CORRUPT,
        "The PDF is damaged or not a PDF; foilint could not read it, so it cannot say what it holds",
        e);
  }
}
