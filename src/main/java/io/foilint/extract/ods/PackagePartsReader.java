package io.foilint.extract.ods;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.ExtractionException;
import io.foilint.extract.MediaTypeWords;
import io.foilint.extract.ExtractionException.Reason;
import io.foilint.model.ContentHandler;
import io.foilint.model.Fact;
import io.foilint.model.FactKind;
import io.foilint.model.Location;
import io.foilint.source.PartKind;
import io.foilint.source.UninspectedParts;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads or reports every package part beyond the main XML: embedded objects (charts and
 * sub-documents are read for their tables; OLE and zip objects go to the engine), macros, the
 * thumbnail, settings.xml, and every other part (nothing is skipped by name).
 */
final class PackagePartsReader {

  /** Parts the extractor reads itself: the mimetype check, the manifest, and the main XML. */
  private static final Set<String> READ_ELSEWHERE =
      Set.of("mimetype", "META-INF/manifest.xml", "content.xml", "styles.xml", "meta.xml");

  private static final byte[] OLE_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
  private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

  private final OdfPackage pkg;
  private final OdfManifest manifest;
  private final ExtractionContext context;
  private final ContentHandler out;

  PackagePartsReader(OdfPackage pkg, OdfManifest manifest, ExtractionContext context, ContentHandler out) {
    this.pkg = pkg;
    this.manifest = manifest;
    this.context = context;
    this.out = out;
  }

  /**
   * Every entry is read or reported: objects and macros here, settings.xml by
   * {@link SettingsReader}, the thumbnail when its bytes are a picture, and everything else
   * (manifest.rdf is read for its text; Pictures/, media/, ObjectReplacements/, Configurations2/, signatures, unknown
   * parts) through {@link UninspectedParts}: sniffed, pictures listed together, documents
   * scanned and blocked, orphans (parts the manifest does not list) named.
   */
  void read(Map<String, String> objectAnchors) throws ExtractionException, IOException {
    Map<String, Long> macroParts = new LinkedHashMap<>();
    Map<String, Boolean> objects = new LinkedHashMap<>();
    UninspectedParts uninspected = new UninspectedParts(out, context);
    for (String name : pkg.names()) {
      String top = topLevel(name);
      if (name.endsWith("/") || READ_ELSEWHERE.contains(name)) {
        continue; // a directory entry holds no bytes; the main parts are read already
      }
      if (top.startsWith("Object ")) {
        objects.merge(top, name.contains("/"), Boolean::logicalOr);
      } else if (name.startsWith("Basic/") || name.startsWith("Scripts/") || name.startsWith("Dialogs/")) {
        macroParts.merge(top, Math.max(0, pkg.size(name)), Long::sum);
      } else if (name.equals(SettingsReader.PART)) {
        try (InputStream in = pkg.open(name)) {
          SettingsReader.read(in, out);
        }
      } else if (name.equals("manifest.rdf")) {
        try (InputStream in = pkg.open(name)) {
          SettingsReader.readRdf(in, name, out);
        }
      } else if (name.startsWith("Thumbnails/") && isPicture(name)) {
        out.fact(
            new Fact(FactKind.THUMBNAIL, Location.of(name), name, "", Map.of("bytes", String.valueOf(pkg.size(name)))));
      } else {
        String media = manifest.mediaType(name);
        uninspected.report(name, media, media.isEmpty() ? "a part" : "a part of type " + media,
            !manifest.lists(name), () -> open(name));
      }
      context.checkDeadline();
    }
    uninspected.finish();
    for (Map.Entry<String, Long> macro : macroParts.entrySet()) {
      out.fact(
          new Fact(
              FactKind.VBA_PROJECT,
              Location.of(macro.getKey() + "/"),
              macro.getKey() + "/",
              macro.getKey().equals("Basic") ? "LibreOffice Basic" : macro.getKey(),
              Map.of("bytes", String.valueOf(macro.getValue()), "modules", String.valueOf(countModules(macro.getKey())))));
    }
    for (Map.Entry<String, Boolean> object : objects.entrySet()) {
      if (object.getValue()) {
        readSubDocument(object.getKey(), objectAnchors);
      } else {
        readBinaryObject(object.getKey(), objectAnchors);
      }
    }
  }

  /** An object stored as a directory: an ODF chart or document with its own content.xml. */
  private void readSubDocument(String dir, Map<String, String> anchors) throws ExtractionException {
    String media = manifest.mediaType(dir + "/");
    boolean chart = media.contains("chart");
    boolean scanned = false;
    String contentPart = dir + "/content.xml";
    InputStream in = pkg.open(contentPart);
    if (in != null) {
      try (in; OdfXml x = OdfXml.open(in, contentPart)) {
        OdfScope scope = OdfScope.subDocument(dir, chart);
        if (media.startsWith(Odf.TEXT_MEDIA_TYPE)) {
          // a text object (a letter embedded in a letter or a sheet) is read as text, not passed over
          new TextDocumentReader(x, new TextStyles(), context, out, scope, new HashMap<>()).read();
        } else {
          new OdfDocumentReader(x, new OdfStyles(), context, out, scope, new HashMap<>()).read();
        }
        scanned = true;
      } catch (IOException e) {
        throw new ExtractionException(Reason.CORRUPT, contentPart + " cannot be read.", e);
      }
    }
    Location where = Location.of(anchors.getOrDefault(dir, dir));
    out.fact(
        new Fact(
            FactKind.EMBEDDED_OBJECT,
            where,
            dir,
            MediaTypeWords.of(media, "OpenDocument object"),
            Map.of("scanned", String.valueOf(scanned))));
    if (chart) {
      out.fact(new Fact(FactKind.CHART, where, dir, "", Map.of("localTable", String.valueOf(scanned))));
    }
  }

  /** An object stored as one file: OLE storages and zip documents are scanned as documents. */
  private void readBinaryObject(String name, Map<String, String> anchors) throws ExtractionException, IOException {
    InputStream raw = pkg.open(name);
    if (raw == null) {
      return;
    }
    boolean scanned = false;
    String kind;
    try (InputStream in = new BufferedInputStream(raw)) {
      in.mark(8);
      byte[] head = in.readNBytes(4);
      in.reset();
      if (Arrays.equals(head, OLE_MAGIC) || Arrays.equals(head, ZIP_MAGIC)) {
        kind = Arrays.equals(head, OLE_MAGIC) ? "OLE object" : "zip document";
        context.embedded(name, in);
        scanned = true;
      } else {
        kind = MediaTypeWords.of(manifest.mediaType(name), "object of unknown kind");
      }
    }
    out.fact(
        new Fact(
            FactKind.EMBEDDED_OBJECT,
            Location.of(anchors.getOrDefault(name, name)),
            name,
            kind,
            Map.of("bytes", String.valueOf(pkg.size(name)), "scanned", String.valueOf(scanned))));
  }

  private long countModules(String dir) {
    return pkg.names().stream()
        .filter(n -> n.startsWith(dir + "/") && !n.endsWith("/"))
        .filter(n -> !n.endsWith("script-lb.xml") && !n.endsWith("script-lc.xml"))
        .filter(n -> !n.endsWith("dialog-lb.xml") && !n.endsWith("dialog-lc.xml"))
        .count();
  }

  private static String topLevel(String name) {
    int slash = name.indexOf('/');
    return slash < 0 ? name : name.substring(0, slash);
  }

  private boolean isPicture(String name) throws ExtractionException, IOException {
    try (InputStream in = open(name)) {
      byte[] head = in.readNBytes(PartKind.HEAD);
      return PartKind.sniff(head, head.length) == PartKind.PICTURE;
    }
  }

  private InputStream open(String name) throws IOException {
    try {
      InputStream in = pkg.open(name);
      return in == null ? InputStream.nullInputStream() : in;
    } catch (ExtractionException e) {
      throw new IOException(e.getMessage(), e);
    }
  }
}
