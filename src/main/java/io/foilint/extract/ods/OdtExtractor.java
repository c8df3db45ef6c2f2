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
 * OpenDocument text documents: packaged .odt and .ott (a zip) and flat .fodt (one XML file), told
 * apart by content. Reads the package as {@link OdsExtractor} does — the same zip limits,
 * manifest (encrypted parts refused), properties, settings, macros, embedded objects (a chart or
 * spreadsheet object read for its tables, OLE and zip objects scanned by the engine) and every
 * other part reported — and the text with {@link TextDocumentReader}: paragraphs, tables, and
 * every place a letter hides words (hidden text and sections, tracked deletions, annotations,
 * white or tiny text, frames off the page, linked sections and images).
 */
public final class OdtExtractor implements Extractor {

  private final TextDocumentReader.Kind kind;

  public OdtExtractor() {
    this(TextDocumentReader.Kind.TEXT);
  }

  /** The same package and flat-file reading for Impress presentations ({@link OdpExtractor}). */
  OdtExtractor(TextDocumentReader.Kind kind) {
    this.kind = kind;
  }

  @Override
  public void extract(Path file, ExtractionContext context, ContentHandler out)
      throws IOException, ExtractionException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(64);
    }
    if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
      extractPackage(file, context, out);
    } else if (OdsExtractor.looksLikeXml(head)) {
      extractFlat(file, context, out);
    } else {
      throw new ExtractionException(Reason.UNSUPPORTED, kind == TextDocumentReader.Kind.TEXT
          ? "The file is neither a packaged (.odt) nor a flat (.fodt) OpenDocument text document."
          : "The file is neither a packaged (.odp) nor a flat (.fodp) OpenDocument presentation.");
    }
  }

  private void extractPackage(Path file, ExtractionContext context, ContentHandler out)
      throws IOException, ExtractionException {
    try (OdfPackage pkg = OdfPackage.open(file, context.limits(), kind.noun)) {
      checkMimeType(pkg);
      OdfManifest manifest = OdfManifest.read(pkg);
      manifest.requireNotEncrypted(kind.noun);
      if (!pkg.has("content.xml")) {
        throw new ExtractionException(
            Reason.CORRUPT, "The " + kind.noun + " has no content.xml, so its text cannot be read.");
      }
      TextStyles styles = new TextStyles();
      Map<String, String> objectAnchors = new HashMap<>();
      OdfScope scope = OdfScope.packaged();
      boolean body = false;
      for (String part : new String[] {"meta.xml", "styles.xml", "content.xml"}) {
        InputStream in = pkg.open(part);
        if (in == null) {
          continue;
        }
        try (in; OdfXml x = OdfXml.open(in, part)) {
          TextDocumentReader reader = new TextDocumentReader(kind, x, styles, context, out, scope, objectAnchors);
          reader.read();
          body |= part.equals("content.xml") && reader.sawBody();
        }
      }
      requireBody(body);
      new PackagePartsReader(pkg, manifest, context, out).read(objectAnchors);
    }
  }

  /** A document whose content holds no body at all is damaged, not empty: never passed as clean. */
  private void requireBody(boolean seen) throws ExtractionException {
    if (!seen) {
      throw new ExtractionException(Reason.CORRUPT, "The " + kind.noun + "'s content has no office:"
          + kind.body + " body, so what it holds cannot be read.");
    }
  }

  /** The stored "mimetype" part names the document type; other ODF documents are refused. */
  private void checkMimeType(OdfPackage pkg) throws ExtractionException, IOException {
    InputStream in = pkg.open("mimetype");
    if (in == null) {
      return;
    }
    String mime;
    try (in) {
      mime = new String(in.readNBytes(200), StandardCharsets.US_ASCII).trim();
    }
    if (!mime.isEmpty() && !mime.startsWith(kind.mediaType)) {
      throw kind.notThis(mime);
    }
  }

  private void extractFlat(Path file, ExtractionContext context, ContentHandler out)
      throws IOException, ExtractionException {
    String name = file.getFileName() == null ? "document" : file.getFileName().toString();
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file));
        OdfXml x = OdfXml.open(in, name)) {
      TextDocumentReader reader =
          new TextDocumentReader(kind, x, new TextStyles(), context, out, OdfScope.flat(name), new HashMap<>());
      reader.read();
      requireBody(reader.sawBody());
    }
  }
}
