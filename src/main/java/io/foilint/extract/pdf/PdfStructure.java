package io.foilint.extract.pdf;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.ExtractionException;
import io.foilint.model.ContentHandler;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * What a PDF keeps beyond its pages' text: XMP metadata, form fields and their values, actions
 * and scripts, hidden layers, bookmarks and alternative text, and earlier revisions. One entry
 * point so the extractor calls it in one line.
 */
final class PdfStructure {

  private final Path file;
  private final PDDocument document;
  private final ExtractionContext context;
  private final ContentHandler out;

  private final java.util.Map<Integer, java.util.List<String[]>> markedText;

  /** @param markedText marked content's ActualText and Alt per page, from the page-text pass */
  PdfStructure(Path file, PDDocument document, ExtractionContext context, ContentHandler out,
      java.util.Map<Integer, java.util.List<String[]>> markedText) {
    this.file = file;
    this.document = document;
    this.context = context;
    this.out = out;
    this.markedText = markedText;
  }

  void report() throws IOException, ExtractionException {
    new PdfXmpMetadata(document, out).report();
    new PdfFormFields(document, context, out).report();
    new PdfActions(document, context, out).report();
    new PdfOptionalContent(document, context, out).report();
    new PdfOutlineAndAltText(document, context, out, markedText).report();
    // last: it opens the file again once per earlier revision
    new PdfRevisions(file, document, context, out).report();
  }
}
