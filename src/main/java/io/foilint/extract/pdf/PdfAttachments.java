package io.foilint.extract.pdf;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.MediaTypeWords;
import io.foilint.extract.ExtractionException;
import io.foilint.extract.ExtractionException.Reason;
import io.foilint.model.ContentHandler;
import io.foilint.model.Fact;
import io.foilint.model.FactKind;
import io.foilint.model.Location;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.common.PDNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;

/**
 * Files attached to the PDF (the EmbeddedFiles name tree), and embedded files nothing refers to
 * any more. Each is reported and handed to the engine, so an attached workbook gets every
 * spreadsheet check.
 */
final class PdfAttachments {

  private static final Location PLACE = Location.of("attachments");

  private final PDDocument document;
  private final ExtractionContext context;
  private final ContentHandler out;

  PdfAttachments(PDDocument document, ExtractionContext context, ContentHandler out) {
    this.document = document;
    this.context = context;
    this.out = out;
  }

  void report() throws IOException, ExtractionException {
    PDDocumentNameDictionary names = document.getDocumentCatalog().getNames();
    if (names != null && names.getEmbeddedFiles() != null) {
      walk(names.getEmbeddedFiles(), 0);
    }
  }

  /**
   * Embedded files no attachment list or annotation refers to: left behind when an attachment
   * was deleted and the file saved incrementally, or reachable only from a form's XFA. No reader
   * lists them; anyone with a PDF tool extracts them. Call after every referenced attachment
   * (document and page level) has been reported through {@link #attach}.
   */
  void reportUnreferenced() throws IOException, ExtractionException {
    for (COSObject object : document.getDocument().getObjectsByType(COSName.EMBEDDED_FILE)) {
      if (!(object.getObject() instanceof COSStream stream) || seen.contains(stream)) {
        continue;
      }
      context.checkDeadline();
      seen.add(stream);
      String name = "unreferenced attachment (object " + object.getKey().getNumber() + ")";
      Map<String, String> attrs = new LinkedHashMap<>();
      attrs.put("bytes", String.valueOf(stream.getLength()));
      attrs.put("scanned", "true");
      attrs.put("unreferenced", "true");
      out.fact(new Fact(FactKind.EMBEDDED_OBJECT, PLACE, name, "file no attachment list refers to", attrs));
      try (InputStream in = stream.createInputStream()) {
        context.embedded(name, in);
      }
    }
  }

  /** Streams of the attachments reported so far, so the unreferenced ones can be told apart. */
  private final Set<COSBase> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

  private void walk(PDNameTreeNode<PDComplexFileSpecification> node, int depth)
      throws IOException, ExtractionException {
    if (depth > 32) {
      // A name tree this deep is hostile or broken; a loop would otherwise never end.
      throw new ExtractionException(
          Reason.CORRUPT, "The PDF's list of attached files is damaged; foilint could not read it");
    }
    Map<String, PDComplexFileSpecification> leaves = node.getNames();
    if (leaves != null) {
      for (Map.Entry<String, PDComplexFileSpecification> e : leaves.entrySet()) {
        attachment(e.getKey(), e.getValue());
      }
    }
    List<PDNameTreeNode<PDComplexFileSpecification>> kids = node.getKids();
    if (kids != null) {
      for (PDNameTreeNode<PDComplexFileSpecification> kid : kids) {
        walk(kid, depth + 1);
      }
    }
  }

  private void attachment(String key, PDComplexFileSpecification spec)
      throws IOException, ExtractionException {
    attach(spec, key, PLACE);
  }

  /**
   * Reports one attached file at {@code where} and hands its bytes to the engine; used for the
   * document's attachment list and for files attached to a page by an annotation.
   *
   * @param key the name the attachment list gives it, when the file specification has none
   */
  void attach(PDComplexFileSpecification spec, String key, Location where)
      throws IOException, ExtractionException {
    context.checkDeadline();
    String name = fileNameOf(key, spec);
    PDEmbeddedFile file = embeddedFileOf(spec);
    Map<String, String> attrs = new LinkedHashMap<>();
    if (file == null) {
      // A reference to an outside file: nothing to scan, but the name itself may say too much.
      attrs.put("scanned", "false");
      out.fact(new Fact(FactKind.EMBEDDED_OBJECT, where, name, "file reference", attrs));
      return;
    }
    attrs.put("bytes", String.valueOf(Math.max(0, file.getLength())));
    attrs.put("scanned", "true");
    String type = MediaTypeWords.of(file.getSubtype(), "attached file");
    out.fact(new Fact(FactKind.EMBEDDED_OBJECT, where, name, type, attrs));
    seen.add(file.getCOSObject());
    try (InputStream in = file.createInputStream()) {
      context.embedded(name, in);
    }
  }

  private static String fileNameOf(String key, PDComplexFileSpecification spec) {
    String name = spec.getFilename();
    if (name == null || name.isBlank()) {
      name = key;
    }
    return name == null || name.isBlank() ? "attachment" : name;
  }

  private static PDEmbeddedFile embeddedFileOf(PDComplexFileSpecification spec) {
    PDEmbeddedFile file = spec.getEmbeddedFileUnicode();
    if (file == null) {
      file = spec.getEmbeddedFile();
    }
    if (file == null) {
      file = spec.getEmbeddedFileDos();
    }
    if (file == null) {
      file = spec.getEmbeddedFileUnix();
    }
    if (file == null) {
      file = spec.getEmbeddedFileMac();
    }
    return file;
  }
}
