package io.foilint.extract.ods;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.ExtractionException;
import io.foilint.extract.ExtractionException.Reason;
import io.foilint.extract.Extractor;
import io.foilint.model.ContentHandler;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * OpenDocument spreadsheets: packaged .ods (a zip) and flat .fods (one XML file), told apart by
 * content. Reports every sheet's cells with their visibility (hidden sheets, rows, columns,
 * collapsed groups, filters, white text, blank formats, far-off and covered cells), comments,
 * headers and footers, shape text, tracked changes, chart tables, and structural facts
 * (document properties, pivots, names, validation lists, filters, links, macros, objects).
 */
public final class OdsExtractor implements Extractor {

  @Override
  public void extract(Path file, ExtractionContext context, ContentHandler out)
      throws IOException, ExtractionException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(64);
    }
    if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
      extractPackage(file, context, out);
    } else if (looksLikeXml(head)) {
      extractFlat(file, context, out);
    } else {
      throw new ExtractionException(
          Reason.UNSUPPORTED, "The file is neither a packaged (.ods) nor a flat (.fods) OpenDocument spreadsheet.");
    }
  }

  private static void extractPackage(Path file, ExtractionContext context, ContentHandler out)
      throws IOException, ExtractionException {
    try (OdfPackage pkg = OdfPackage.open(file, context.limits())) {
      checkMimeType(pkg);
      OdfManifest manifest = OdfManifest.read(pkg);
      manifest.requireNotEncrypted();
      if (!pkg.has("content.xml")) {
        throw new ExtractionException(
            Reason.CORRUPT, "The spreadsheet has no content.xml, so its sheets cannot be read.");
      }
      OdfStyles styles = new OdfStyles();
      Map<String, String> objectAnchors = new HashMap<>();
      OdfScope scope = OdfScope.packaged();
      for (String part : new String[] {"meta.xml", "styles.xml", "content.xml"}) {
        InputStream in = pkg.open(part);
        if (in == null) {
          continue;
        }
        try (in; OdfXml x = OdfXml.open(in, part)) {
          new OdfDocumentReader(x, styles, context, out, scope, objectAnchors).read();
        }
      }
      new PackagePartsReader(pkg, manifest, context, out).read(objectAnchors);
    }
  }

  /** The stored "mimetype" part names the document type; other ODF documents are refused. */
  private static void checkMimeType(OdfPackage pkg) throws ExtractionException, IOException {
    InputStream in = pkg.open("mimetype");
    if (in == null) {
      return;
    }
    String mime;
    try (in) {
      mime = new String(in.readNBytes(200), StandardCharsets.US_ASCII).trim();
    }
    if (!mime.isEmpty() && !mime.startsWith(Odf.SPREADSHEET_MEDIA_TYPE)) {
      throw OdfDocumentReader.notSpreadsheet(mime);
    }
  }

  private static void extractFlat(Path file, ExtractionContext context, ContentHandler out)
      throws IOException, ExtractionException {
    String name = file.getFileName() == null ? "document" : file.getFileName().toString();
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file));
        OdfXml x = OdfXml.open(in, name)) {
      new OdfDocumentReader(x, new OdfStyles(), context, out, OdfScope.flat(name), new HashMap<>()).read();
    }
  }

  /** A byte-order mark and white space may precede the first '<'. */
  static boolean looksLikeXml(byte[] head) {
    int i = 0;
    if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
      i = 3;
    }
    while (i < head.length && Character.isWhitespace(head[i])) {
      i++;
    }
    return i < head.length && head[i] == '<';
  }
}
