package io.foilint.extract.xlsx;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.ExtractionException;
import io.foilint.extract.ExtractionException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import io.foilint.source.UninspectedParts;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;

/**
 * An index of the package's parts and the relationships between them: which part points at
 * which (so a comments part can be traced back to its sheet), where external relationships go,
 * the sheet names workbook.xml gives each sheet part, and which parts a reader has already
 * handled (the rest are reported as uninspected).
 *
 * <p>Part names are kept without the leading slash ({@code xl/charts/chart1.xml}), the form
 * reports show.
 */
public final class XlsxPackageParts {

  /** One relationship from a source part: its id, type and resolved target. */
  public record Link(String source, String id, String type, String target, boolean external) {
    public boolean typeEndsWith(String suffix) {
      return type.endsWith(suffix);
    }
  }

  private final OPCPackage pkg;
  private final List<PackagePart> parts = new ArrayList<>();
  private final Map<String, PackagePart> byName = new HashMap<>();
  private final Map<String, List<Link>> linksFrom = new HashMap<>();
  private final Map<String, List<Link>> linksTo = new HashMap<>();
  private final Map<String, String> sheetNameByPart = new HashMap<>();
  private final Map<String, String> sheetNameById = new LinkedHashMap<>();
  private final Set<String> handled = new HashSet<>();
  private String workbookPart = "";

  private XlsxPackageParts(OPCPackage pkg) {
    this.pkg = pkg;
  }

  /** Indexes {@code pkg}: every part, every relationship, and the sheet names in workbook.xml. */
  static XlsxPackageParts index(OPCPackage pkg) throws ExtractionException {
    XlsxPackageParts index = indexed(pkg, "workbook");
    index.readSheetNames();
    return index;
  }

  /**
   * Indexes any OOXML package (Word, PowerPoint) the same way, without looking for sheet names:
   * its main part is no workbook, and reading it for sheets would parse the whole document twice.
   */
  public static XlsxPackageParts indexParts(OPCPackage pkg) throws ExtractionException {
    return indexed(pkg, "document");
  }

  private static XlsxPackageParts indexed(OPCPackage pkg, String what)
      throws ExtractionException {
    XlsxPackageParts index = new XlsxPackageParts(pkg);
    try {
      index.collectParts();
      index.collectLinks();
    } catch (InvalidFormatException | RuntimeException e) {
      throw new ExtractionException(
          Reason.CORRUPT,
          "The " + what + "'s list of parts or relationships is damaged, so it cannot be fully"
              + " inspected.",
          e);
    }
    return index;
  }

  private void collectParts() throws InvalidFormatException {
    for (PackagePart part : pkg.getParts()) {
      if (!part.isRelationshipPart()) {
        parts.add(part);
        byName.put(XlsxPartsReader.nameOf(part), part);
      }
    }
    parts.sort(Comparator.comparing(XlsxPartsReader::nameOf, XlsxPackageParts::naturalOrder));
  }

  private void collectLinks() throws InvalidFormatException {
    addLinks("", pkg.getRelationships());
    for (PackagePart part : parts) {
      if (part.hasRelationships()) {
        addLinks(XlsxPartsReader.nameOf(part), part.getRelationships());
      }
    }
  }

  private void addLinks(String source, PackageRelationshipCollection rels) {
    for (PackageRelationship rel : rels) {
      boolean external = rel.getTargetMode() == TargetMode.EXTERNAL;
      String target;
      try {
        if (external) {
          target = rel.getTargetURI() == null ? "" : rel.getTargetURI().toString();
        } else {
          URI resolved = PackagingURIHelper.resolvePartUri(rel.getSourceURI(), rel.getTargetURI());
          target = stripSlash(resolved.getPath());
        }
      } catch (RuntimeException e) {
        // A target that is no part name: nothing to follow. Every part is still enumerated
        // from the zip itself, so no content is lost by dropping the link.
        continue;
      }
      Link link = new Link(source, rel.getId(), String.valueOf(rel.getRelationshipType()), target, external);
      linksFrom.computeIfAbsent(source, k -> new ArrayList<>()).add(link);
      if (!external) {
        linksTo.computeIfAbsent(target, k -> new ArrayList<>()).add(link);
      }
    }
  }

  private void readSheetNames() throws ExtractionException {
    Optional<Link> officeDocument =
        linksFrom(("")).stream().filter(l -> l.typeEndsWith("/officeDocument")).findFirst();
    if (officeDocument.isEmpty() || part(officeDocument.get().target()).isEmpty()) {
      return;
    }
    workbookPart = officeDocument.get().target();
    try (XlsxXmlReader xml = XlsxXmlReader.open(part(workbookPart).get())) {
      while (xml.nextStart()) {
        if (xml.isStart("sheet")) {
          String name = xml.attr("name");
          sheetNameById.put(xml.attr("sheetId"), name);
          target(workbookPart, xml.relAttr("id")).ifPresent(t -> sheetNameByPart.put(t, name));
        } else if (xml.isStart("sheetData") || xml.isStart("definedNames")) {
          break;
        }
      }
    }
  }

  /** All parts except relationship parts, in natural name order. */
  public List<PackagePart> all() {
    return parts;
  }

  /**
   * The main part (the package's {@code officeDocument} relationship to a part it holds):
   * {@code word/document.xml}, {@code ppt/presentation.xml}; a package without one fails closed
   * with {@code whatIsLost} ("The presentation has no main presentation part, so ...").
   */
  public String mainPart(String whatIsLost) throws ExtractionException {
    return linksFrom("", "/officeDocument").stream()
        .filter(l -> !l.external() && part(l.target()).isPresent())
        .map(Link::target)
        .findFirst()
        .orElseThrow(() -> new ExtractionException(Reason.CORRUPT, whatIsLost));
  }

  /**
   * Hands every part no reader has read to {@code uninspected}, then finishes it: nothing is
   * passed over by name. A part of a {@code formattingOnly} content type (lower case) is passed
   * over only while a relationship reaches it — an orphan one may hold anything.
   * {@code unreachedText} gives, for a lower-case content type, why an unread part of that type is
   * text no reader of the document sees (a story or slide no relationship reaches), or null.
   */
  public void reportUnread(UninspectedParts uninspected, Set<String> formattingOnly,
      Function<String, String> unreachedText, ExtractionContext context)
      throws IOException, ExtractionException {
    for (PackagePart part : parts) {
      String name = stripSlash(part.getPartName().getName());
      if (isHandled(name)) {
        continue;
      }
      String type = part.getContentType().toLowerCase(Locale.ROOT);
      boolean orphan = !isReached(name);
      if (formattingOnly.contains(type) && !orphan) {
        continue;
      }
      uninspected.report(name, part.getContentType(), "a part of type " + part.getContentType(),
          orphan, unreachedText.apply(type), part::getInputStream);
      context.checkDeadline();
    }
    uninspected.finish();
  }

  public List<PackagePart> withContentType(String contentType) {
    return parts.stream().filter(p -> p.getContentType().equalsIgnoreCase(contentType)).toList();
  }

  public Optional<PackagePart> part(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  String workbookPart() {
    return workbookPart;
  }

  public List<Link> linksFrom(String source) {
    return linksFrom.getOrDefault(source, List.of());
  }

  public List<Link> linksTo(String target) {
    return linksTo.getOrDefault(target, List.of());
  }

  /** Where relationship {@code id} of part {@code source} points (a part name or external URI). */
  public Optional<String> target(String source, String id) {
    if (id == null || id.isEmpty()) {
      return Optional.empty();
    }
    return linksFrom(source).stream().filter(l -> l.id().equals(id)).map(Link::target).findFirst();
  }

  /** Targets of the relationships of {@code source} whose type ends with {@code typeSuffix}. */
  public List<Link> linksFrom(String source, String typeSuffix) {
    return linksFrom(source).stream().filter(l -> l.typeEndsWith(typeSuffix)).toList();
  }

  /** Sheet name for a sheetId in workbook.xml (revision logs use these), or "" if unknown. */
  String sheetNameById(String sheetId) {
    return sheetNameById.getOrDefault(sheetId, "");
  }

  /**
   * The sheet a part belongs to: the sheet itself, or the sheet that (through drawings, say)
   * points at it. "" when no sheet points at it.
   */
  String sheetOf(String partName) {
    Set<String> seen = new HashSet<>();
    List<String> frontier = List.of(partName);
    for (int depth = 0; depth < 5 && !frontier.isEmpty(); depth++) {
      List<String> next = new ArrayList<>();
      for (String name : frontier) {
        String sheet = sheetNameByPart.get(name);
        if (sheet != null) {
          return sheet;
        }
        for (Link l : linksTo(name)) {
          if (seen.add(l.source())) {
            next.add(l.source());
          }
        }
      }
      frontier = next;
    }
    return "";
  }

  /** True when workbook.xml lists the part as one of its sheets (the grid reader reads those). */
  boolean isSheet(String partName) {
    return sheetNameByPart.containsKey(partName);
  }

  /** True when some relationship of the package (or of one of its parts) points at the part. */
  public boolean isReached(String partName) {
    // part names compare case-insensitively (ECMA-376 part 2), as POI resolves them
    if (linksTo.containsKey(partName)) {
      return true;
    }
    return linksTo.keySet().stream().anyMatch(partName::equalsIgnoreCase);
  }

  /** Marks a part as read by some reader, so it is not reported as uninspected. */
  public void handled(String partName) {
    handled.add(partName);
  }

  public boolean isHandled(String partName) {
    return handled.contains(partName);
  }

  /** The part's size in bytes, counting the stream when the zip entry does not say. */
  public static long sizeOf(PackagePart part) throws ExtractionException {
    long size = part.getSize();
    if (size >= 0) {
      return size;
    }
    try (InputStream in = part.getInputStream()) {
      long n = 0;
      byte[] buf = new byte[8192];
      for (int r; (r = in.read(buf)) > 0; ) {
        n += r;
      }
      return n;
    } catch (IOException | RuntimeException e) {
      throw new ExtractionException(
          Reason.CORRUPT,
          "The part " + XlsxPartsReader.nameOf(part) + " of this workbook could not be read.",
          e);
    }
  }

  public static String stripSlash(String name) {
    return name.startsWith("/") ? name.substring(1) : name;
  }

  /** Compares names with their digit runs as numbers: chart2 before chart10. */
  static int naturalOrder(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      char ca = a.charAt(i);
      char cb = b.charAt(j);
      if (Character.isDigit(ca) && Character.isDigit(cb)) {
        int si = i;
        int sj = j;
        while (i < a.length() && Character.isDigit(a.charAt(i))) {
          i++;
        }
        while (j < b.length() && Character.isDigit(b.charAt(j))) {
          j++;
        }
        String na = a.substring(si, i).replaceFirst("^0+(?=.)", "");
        String nb = b.substring(sj, j).replaceFirst("^0+(?=.)", "");
        int c = na.length() != nb.length() ? Integer.compare(na.length(), nb.length()) : na.compareTo(nb);
        if (c != 0) {
          return c;
        }
      } else {
        if (ca != cb) {
          return Character.compare(ca, cb);
        }
        i++;
        j++;
      }
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }
}
