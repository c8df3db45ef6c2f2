package io.foilint.extract.xlsb;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.ExtractionException;
import io.foilint.extract.MediaTypeWords;
import io.foilint.extract.ExtractionException.Reason;
import io.foilint.model.ContentHandler;
import io.foilint.model.Fact;
import io.foilint.model.FactKind;
import io.foilint.model.Location;
import java.io.IOException;
import io.foilint.source.UninspectedParts;
import java.io.InputStream;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.openxml4j.opc.ZipPackage;
import org.apache.poi.openxml4j.opc.internal.PackagePropertiesPart;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;

/**
 * Every part the grid pass did not read: document properties, pivot caches, external links,
 * macros, embeddings, charts, drawings, custom XML, connections and the rest. Each part is
 * either read, reported as a fact, or handed to {@link UninspectedParts} (pictures, printer
 * settings, indexes, themes no reader uses, anything unknown: sniffed, reported as
 * UNINSPECTED_PART, documents among them scanned), so nothing is passed over in silence.
 */
final class OtherPartsReader {

  private final OPCPackage pkg;
  private final ExtractionContext context;
  private final ContentHandler out;
  private final Set<String> handled;
  private final Map<String, String> drawingSheets;
  private final UninspectedParts uninspected;
  private final Set<String> reached = new HashSet<>();

  OtherPartsReader(
      OPCPackage pkg, ExtractionContext context, ContentHandler out, Set<String> handled,
      Map<String, String> drawingSheets) {
    this.pkg = pkg;
    this.context = context;
    this.out = out;
    this.handled = handled;
    this.drawingSheets = drawingSheets;
    this.uninspected = new UninspectedParts(out, context);
  }

  void readAll() throws IOException, ExtractionException {
    List<PackagePart> parts;
    try {
      parts = pkg.getParts();
    } catch (InvalidFormatException e) {
      throw new ExtractionException(Reason.CORRUPT, "The list of parts in the file cannot be read: the file is damaged.", e);
    }
    collectReached(parts);
    for (PackagePart part : parts) {
      if (part.isRelationshipPart()) {
        continue;
      }
      String name = XlsbPackageReader.name(part);
      if (handled.contains(name)) {
        continue;
      }
      read(part, name);
      context.checkDeadline();
    }
    uninspected.finish();
  }

  /** Every part some relationship points at; the rest are orphans. */
  private void collectReached(List<PackagePart> parts) throws ExtractionException {
    try {
      addTargets(pkg.getRelationships());
      for (PackagePart part : parts) {
        if (!part.isRelationshipPart() && part.hasRelationships()) {
          addTargets(part.getRelationships());
        }
      }
    } catch (InvalidFormatException | RuntimeException e) {
      throw new ExtractionException(Reason.CORRUPT, "The relationships between the parts of the file cannot be read: the file is damaged.", e);
    }
  }

  private void addTargets(PackageRelationshipCollection rels) {
    for (PackageRelationship rel : rels) {
      if (rel.getTargetMode() == TargetMode.EXTERNAL) {
        continue;
      }
      try {
        String target = PackagingURIHelper.resolvePartUri(rel.getSourceURI(), rel.getTargetURI()).getPath();
        reached.add(target.startsWith("/") ? target.substring(1) : target);
      } catch (RuntimeException e) {
        // a target that is no part name reaches nothing
      }
    }
  }

  private void read(PackagePart part, String name) throws IOException, ExtractionException {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.startsWith("docprops/thumbnail")) {
      out.fact(new Fact(FactKind.THUMBNAIL, Location.of(name), name, part.getContentType(), sizeAttrs(part)));
    } else if (lower.startsWith("docprops/") && lower.endsWith(".xml")) {
      try (InputStream in = rawStream(part, name)) {
        DocPropsReader.read(in, name, out);
      }
    } else if (lower.matches("xl/pivotcache/pivotcache(definition|records)\\d*\\.bin")) {
      readPivotCache(part, name);
    } else if (lower.matches("xl/externallinks/externallink\\d*\\.bin")) {
      readExternalLink(part, name);
    } else if (lower.equals("xl/vbaproject.bin")) {
      out.fact(new Fact(FactKind.VBA_PROJECT, Location.of(name), name, "", sizeAttrs(part)));
    } else if (lower.startsWith("xl/embeddings/")) {
      readEmbedding(part, name);
    } else if (lower.matches("xl/charts/chart\\d*\\.xml")) {
      try (InputStream in = part.getInputStream()) {
        ChartCacheReader.read(in, name, out);
      }
    } else if (lower.matches("xl/drawings/drawing\\d*\\.xml|xl/diagrams/data\\d*\\.xml")) {
      try (InputStream in = part.getInputStream()) {
        DrawingTextReader.read(in, name, drawingSheets.getOrDefault(name, name), out);
      }
    } else if (lower.matches("customxml/item\\d*\\.xml")) {
      readCustomXml(part, name);
    } else if (lower.equals("xl/connections.bin")) {
      Map<String, String> attrs = sizeAttrs(part);
      attrs.put("decoded", "false");
      out.fact(new Fact(FactKind.DATA_CONNECTION, Location.of(name), name,
          "binary connection definitions (not decoded)", attrs));
    } else if (lower.startsWith("xl/model/")) {
      out.fact(new Fact(FactKind.DATA_MODEL, Location.of(name), name, "", sizeAttrs(part)));
    } else if (lower.startsWith("xl/slicercaches/") || lower.startsWith("xl/timelinecaches/")) {
      out.fact(new Fact(FactKind.SLICER_CACHE, Location.of(name), name, "", sizeAttrs(part)));
    } else if (lower.startsWith("xl/revisions/") || lower.equals("xl/usernames.bin")) {
      out.fact(new Fact(FactKind.REVISION_LOG, Location.of(name), name, "", sizeAttrs(part)));
    } else if (lower.matches("xl/pivottables/pivottable\\d*\\.bin")) {
      out.fact(new Fact(FactKind.PIVOT_TABLE, Location.of(name), name, "", sizeAttrs(part)));
    } else if (lower.matches("xl/worksheets/sheet\\d*\\.bin")) {
      unread(part, name, "a worksheet the workbook does not list, which Excel would never show");
    } else if (lower.matches("xl/macrosheets/.*|xl/intlmacrosheets/.*|xl/dialogsheets/.*")) {
      // a macro or dialog sheet not listed in workbook.bin: Excel would not show it at all
      unread(part, name, "a macro or dialog sheet the workbook does not list");
    } else {
      // nothing is skipped by name: pictures, printer settings, indexes and the rest are sniffed
      // and reported (a workbook disguised as a picture is caught and scanned)
      uninspected.report(name, part.getContentType(), "a part of type " + part.getContentType(),
          !reached.contains(name), part::getInputStream);
    }
  }

  private void readPivotCache(PackagePart part, String name) throws IOException, ExtractionException {
    PivotCacheBin cache;
    try (InputStream in = part.getInputStream()) {
      cache = PivotCacheBin.read(in, name, context, out);
    }
    Map<String, String> attrs = sizeAttrs(part);
    boolean definition = name.toLowerCase(Locale.ROOT).contains("definition");
    attrs.put("part", definition ? "definition" : "records");
    attrs.put("sharedItems", Integer.toString(cache.sharedItems));
    attrs.put("textItems", Integer.toString(cache.textItems));
    if (!definition) {
      attrs.put("records", Integer.toString(cache.records));
    }
    out.fact(new Fact(FactKind.PIVOT_CACHE, Location.of(name), name, "", attrs));
  }

  private void readExternalLink(PackagePart part, String name) throws IOException, ExtractionException {
    String target = "";
    try {
      for (PackageRelationship rel : part.getRelationships()) {
        if (rel.getTargetMode() == TargetMode.EXTERNAL || rel.getRelationshipType().endsWith("externalLinkPath")) {
          target = rel.getTargetURI().toString();
          break;
        }
      }
    } catch (InvalidFormatException e) {
      throw new ExtractionException(Reason.CORRUPT, "The relationships of " + name + " cannot be read: the file is damaged.", e);
    }
    ExternalLinkBin link;
    try (InputStream in = part.getInputStream()) {
      link = ExternalLinkBin.read(in, name, target, out);
    }
    Map<String, String> attrs = sizeAttrs(part);
    attrs.put("cachedCells", Integer.toString(link.cachedCells));
    attrs.put("sheets", String.join("; ", link.sheetNames));
    out.fact(new Fact(FactKind.EXTERNAL_LINK, Location.of(name), name, target, attrs));
  }

  private void readEmbedding(PackagePart part, String name) throws IOException {
    Map<String, String> attrs = sizeAttrs(part);
    attrs.put("scanned", "true");
    out.fact(new Fact(FactKind.EMBEDDED_OBJECT, Location.of(name), name,
        MediaTypeWords.of(part.getContentType(), "embedded object"), attrs));
    try (InputStream in = part.getInputStream()) {
      context.embedded(name, in);
    }
  }

  private void readCustomXml(PackagePart part, String name) throws IOException, ExtractionException {
    String[] root = {""};
    boolean[] mashup = {false};
    try (InputStream in = part.getInputStream()) {
      SafeXml.read(in, name, r -> {
        if (root[0].isEmpty()) {
          root[0] = r.getLocalName();
          mashup[0] = root[0].equals("DataMashup");
        }
      });
    }
    Map<String, String> attrs = sizeAttrs(part);
    attrs.put("rootElement", root[0]);
    out.fact(new Fact(mashup[0] ? FactKind.POWER_QUERY : FactKind.CUSTOM_XML_PART, Location.of(name), name,
        mashup[0] ? name : "", attrs));
  }

  /**
   * The bytes of a part as stored. POI replaces the core properties part with a parsed object
   * that cannot be streamed, so that one part is read from the zip archive directly.
   */
  private InputStream rawStream(PackagePart part, String name) throws IOException, ExtractionException {
    if (!(part instanceof PackagePropertiesPart)) {
      return part.getInputStream();
    }
    if (pkg instanceof ZipPackage zip) {
      ZipArchiveEntry entry = zip.getZipArchive().getEntry(name);
      if (entry != null) {
        return zip.getZipArchive().getInputStream(entry);
      }
    }
    throw new ExtractionException(Reason.CORRUPT, "The document properties part " + name + " cannot be read.");
  }

  private void unread(PackagePart part, String name, String why) {
    out.fact(new Fact(FactKind.UNINSPECTED_PART, Location.of(name), name, why, sizeAttrs(part)));
  }

  private static Map<String, String> sizeAttrs(PackagePart part) {
    Map<String, String> attrs = new LinkedHashMap<>();
    long size = part.getSize();
    if (size >= 0) {
      attrs.put("bytes", Long.toString(size));
    }
    return attrs;
  }
}
