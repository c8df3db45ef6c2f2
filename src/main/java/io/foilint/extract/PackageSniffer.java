package io.foilint.extract;

import static io.foilint.extract.TypeSniffer.lower;

import io.foilint.model.FileType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Types a zip file by what its main part is, not by which folders it happens to hold.
 *
 * <ol>
 *   <li>OpenDocument: the {@code mimetype} entry, else the media type of the manifest's root
 *       entry ({@code full-path="/"}).
 *   <li>OOXML: the content type ({@code [Content_Types].xml}) of the part that the package
 *       relationship {@code officeDocument} ({@code _rels/.rels}, Transitional or Strict) points
 *       to; else a main-part content type among the overrides; else the main folder
 *       ({@code xl/}, {@code word/}, {@code ppt/}, {@code visio/}). A package none of these
 *       places is {@link FileType#OPC_OTHER} (XPS, 3MF, NuGet …), not a guessed workbook.
 *   <li>Otherwise a zip bundle.
 * </ol>
 *
 * A zip whose central directory cannot be read is typed from its local headers when they name an
 * Office main folder or an OpenDocument mimetype, else {@link FileType#DAMAGED_ZIP}; either way
 * the extractor reports it as unreadable (fail closed), but under its true name.
 */
final class PackageSniffer {

  /** Bytes read of a small package part (relationships, content types, manifest) at most. */
  private static final int PART_BYTES = 1 << 20;
  /** Bytes of a damaged zip searched for local file headers. */
  private static final int DAMAGED_SCAN_BYTES = 16 << 20;

  private static final XMLInputFactory XML = HardenedXml.inputFactory();

  private PackageSniffer() {}

  static FileType sniff(Path file) {
    try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
      Map<String, ZipArchiveEntry> entries = new HashMap<>();
      var all = zip.getEntries();
      while (all.hasMoreElements()) {
        ZipArchiveEntry e = all.nextElement();
        entries.putIfAbsent(lower(stripSlash(e.getName())), e);
      }
      return sniff(zip, entries);
    } catch (IOException | RuntimeException e) {
      return sniffDamaged(file);
    }
  }

  private static FileType sniff(ZipFile zip, Map<String, ZipArchiveEntry> entries) {
    ZipArchiveEntry mimetype = entries.get("mimetype");
    if (mimetype != null) {
      FileType t = odfType(new String(read(zip, mimetype, 200), StandardCharsets.US_ASCII));
      if (t != null) {
        return t;
      }
    }
    if (entries.containsKey("[content_types].xml")) {
      return ooxml(zip, entries);
    }
    ZipArchiveEntry manifest = entries.get("meta-inf/manifest.xml");
    if (manifest != null) {
      FileType t = odfType(manifestRootType(read(zip, manifest, PART_BYTES)));
      if (t != null) {
        return t;
      }
      if (entries.containsKey("content.xml")) {
        return FileType.ODS; // an ODF package that does not say what it is: the ODS reader decides
      }
    }
    // A damaged Office package (no content-types part) is still an Office file, not a bundle.
    FileType byFolder = byFolders(entries.keySet());
    return byFolder != null ? byFolder : FileType.ZIP;
  }

  private static FileType ooxml(ZipFile zip, Map<String, ZipArchiveEntry> entries) {
    ContentTypes types = ContentTypes.parse(read(zip, entries.get("[content_types].xml"), PART_BYTES));
    ZipArchiveEntry rels = entries.get("_rels/.rels");
    if (rels != null) {
      String main = mainPart(read(zip, rels, PART_BYTES));
      if (main != null) {
        FileType t = ooxmlType(types.of(main));
        if (t != null) {
          return t;
        }
      }
    }
    for (String ct : types.overrides()) {
      String c = lower(ct);
      if (c.endsWith(".main+xml") || c.endsWith(".main")) {
        FileType t = ooxmlType(c);
        if (t != null) {
          return t;
        }
      }
    }
    FileType byFolder = byFolders(entries.keySet());
    return byFolder != null ? byFolder : FileType.OPC_OTHER;
  }

  /** The family a main part's content type names, or null. */
  static FileType ooxmlType(String contentType) {
    String c = lower(contentType);
    if (c.contains("sheet.binary")) {
      return FileType.XLSB;
    }
    if (c.contains("spreadsheetml") || c.contains("ms-excel")) {
      return FileType.XLSX;
    }
    if (c.contains("wordprocessingml") || c.contains("ms-word")) {
      return FileType.DOCX;
    }
    if (c.contains("presentationml") || c.contains("ms-powerpoint")) {
      return FileType.PPTX;
    }
    if (c.contains("ms-visio")) {
      return FileType.VISIO;
    }
    return null;
  }

  /** The family an OpenDocument media type names, or null when it is not one. */
  static FileType odfType(String mediaType) {
    String m = lower(mediaType).trim();
    String prefix = "application/vnd.oasis.opendocument.";
    if (!m.startsWith(prefix)) {
      return null;
    }
    String kind = m.substring(prefix.length());
    if (kind.startsWith("spreadsheet")) {
      return FileType.ODS;
    }
    if (kind.startsWith("text")) {
      return FileType.ODT;
    }
    if (kind.startsWith("presentation")) {
      return FileType.ODP;
    }
    if (kind.startsWith("graphics")) {
      return FileType.ODG;
    }
    if (kind.startsWith("chart")) {
      return FileType.ODC;
    }
    return FileType.ODF_OTHER;
  }

  /** By main folder, for packages whose content types and relationships say nothing. */
  private static FileType byFolders(Set<String> names) {
    boolean xl = false;
    boolean word = false;
    boolean ppt = false;
    boolean visio = false;
    boolean binaryWorkbook = false;
    for (String n : names) {
      xl |= n.startsWith("xl/");
      binaryWorkbook |= n.startsWith("xl/") && n.endsWith(".bin") && n.contains("workbook");
      word |= n.startsWith("word/");
      ppt |= n.startsWith("ppt/");
      visio |= n.startsWith("visio/");
    }
    if (binaryWorkbook) {
      return FileType.XLSB;
    }
    if (xl) {
      return FileType.XLSX;
    }
    if (word) {
      return FileType.DOCX;
    }
    if (ppt) {
      return FileType.PPTX;
    }
    if (visio) {
      return FileType.VISIO;
    }
    return null;
  }

  /**
   * A zip commons-compress cannot open: its local file headers, read from the start of the
   * file, may still say what it is.
   */
  private static FileType sniffDamaged(Path file) {
    byte[] b;
    try (InputStream in = Files.newInputStream(file)) {
      b = in.readNBytes(DAMAGED_SCAN_BYTES);
    } catch (IOException e) {
      return FileType.DAMAGED_ZIP;
    }
    Set<String> names = new LinkedHashSet<>();
    String mimetype = null;
    for (int i = 0; i + 30 <= b.length; i++) {
      if (b[i] != 'P' || b[i + 1] != 'K' || b[i + 2] != 3 || b[i + 3] != 4) {
        continue;
      }
      int method = u16(b, i + 8);
      int nameLength = u16(b, i + 26);
      int extraLength = u16(b, i + 28);
      if (i + 30 + nameLength > b.length) {
        break;
      }
      String name = lower(stripSlash(new String(b, i + 30, nameLength, StandardCharsets.UTF_8)));
      names.add(name);
      int data = i + 30 + nameLength + extraLength;
      if (name.equals("mimetype") && method == 0 && data < b.length) {
        mimetype = new String(b, data, Math.min(100, b.length - data), StandardCharsets.US_ASCII);
      }
    }
    if (mimetype != null) {
      FileType t = odfType(mimetype.split("[^a-z0-9.+/-]", 2)[0]);
      if (t != null) {
        return t;
      }
    }
    FileType byFolder = byFolders(names);
    return byFolder != null ? byFolder : FileType.DAMAGED_ZIP;
  }

  private static int u16(byte[] b, int at) {
    return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
  }

  private static String stripSlash(String name) {
    String n = name.replace('\\', '/');
    while (n.startsWith("/")) {
      n = n.substring(1);
    }
    return n;
  }

  private static byte[] read(ZipFile zip, ZipArchiveEntry e, int max) {
    try (InputStream in = zip.getInputStream(e)) {
      return in.readNBytes(max);
    } catch (IOException | RuntimeException ex) {
      return new byte[0];
    }
  }

  /** The target of the package's {@code officeDocument} (or Visio {@code document}) relationship. */
  private static String mainPart(byte[] relsXml) {
    String[] found = {null};
    parse(relsXml, r -> {
      if (found[0] == null && r.getLocalName().equals("Relationship")) {
        String type = lower(attr(r, "Type"));
        String mode = lower(attr(r, "TargetMode"));
        if ((type.endsWith("/officedocument") || type.endsWith("/document")) && !mode.equals("external")) {
          String target = attr(r, "Target");
          if (target != null) {
            found[0] = lower(normalise(target));
          }
        }
      }
    });
    return found[0];
  }

  private static String normalise(String target) {
    String t = stripSlash(target);
    while (t.startsWith("./")) {
      t = t.substring(2);
    }
    return t;
  }

  /** The media type of a manifest's root entry ({@code full-path="/"}). */
  private static String manifestRootType(byte[] manifestXml) {
    String[] found = {""};
    parse(manifestXml, r -> {
      if (r.getLocalName().equals("file-entry") && "/".equals(attr(r, "full-path"))) {
        String mt = attr(r, "media-type");
        found[0] = mt == null ? "" : mt;
      }
    });
    return found[0];
  }

  /** Content types of a package: overrides by part name, defaults by extension. */
  private record ContentTypes(Map<String, String> overrideByPart, Map<String, String> byExtension) {

    static ContentTypes parse(byte[] xml) {
      Map<String, String> overrides = new HashMap<>();
      Map<String, String> defaults = new HashMap<>();
      PackageSniffer.parse(xml, r -> {
        String ct = attr(r, "ContentType");
        if (ct == null) {
          return;
        }
        if (r.getLocalName().equals("Override") && attr(r, "PartName") != null) {
          overrides.putIfAbsent(lower(normalise(attr(r, "PartName"))), ct);
        } else if (r.getLocalName().equals("Default") && attr(r, "Extension") != null) {
          defaults.putIfAbsent(lower(attr(r, "Extension")), ct);
        }
      });
      return new ContentTypes(overrides, defaults);
    }

    String of(String part) {
      String ct = overrideByPart.get(part);
      if (ct != null) {
        return ct;
      }
      int dot = part.lastIndexOf('.');
      return dot < 0 ? "" : byExtension.getOrDefault(part.substring(dot + 1), "");
    }

    List<String> overrides() {
      List<String> out = new ArrayList<>(overrideByPart.values());
      out.sort(null); // the same answer whatever the map's order
      return out;
    }
  }

  private interface StartVisitor {
    void start(XMLStreamReader r);
  }

  /** Visits element starts; a part that does not parse (or declares a DTD) is simply not used. */
  private static void parse(byte[] xml, StartVisitor visitor) {
    if (xml.length == 0) {
      return;
    }
    XMLStreamReader r = null;
    try {
      r = XML.createXMLStreamReader(new java.io.ByteArrayInputStream(xml));
      while (r.hasNext()) {
        int event = r.next();
        if (event == XMLStreamConstants.DTD) {
          return;
        }
        if (event == XMLStreamConstants.START_ELEMENT) {
          visitor.start(r);
        }
      }
    } catch (XMLStreamException | RuntimeException e) {
      // what was read so far stands
    } finally {
      if (r != null) {
        try {
          r.close();
        } catch (XMLStreamException ignored) {
          // nothing to release
        }
      }
    }
  }

  /** An attribute by local name, whatever its namespace. */
  private static String attr(XMLStreamReader r, String localName) {
    for (int i = 0; i < r.getAttributeCount(); i++) {
      if (r.getAttributeLocalName(i).equals(localName)) {
        return r.getAttributeValue(i);
      }
    }
    return null;
  }
}
