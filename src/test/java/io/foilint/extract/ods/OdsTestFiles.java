package io.foilint.extract.ods;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes small OpenDocument spreadsheets for tests (and for generating fixtures): a packaged
 * .ods with the stored mimetype first, META-INF/manifest.xml, content.xml, styles.xml and
 * meta.xml, or the same document as a flat .fods. Callers give the XML inside each region; the
 * builder adds the roots and namespace declarations.
 *
 * <pre>{@code
 * Path ods = OdsTestFiles.spreadsheet()
 *     .automaticStyles(OdsTestFiles.hiddenTableStyle("ta2"))
 *     .body(OdsTestFiles.table("Secret", "ta2", OdsTestFiles.row(OdsTestFiles.cell("x"))))
 *     .writeTo(dir, "hidden.ods");
 * }</pre>
 */
final class OdsTestFiles {

  static final String NAMESPACES =
      " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
          + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
          + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
          + " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
          + " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
          + " xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\""
          + " xmlns:number=\"urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0\""
          + " xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\""
          + " xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\""
          + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
          + " xmlns:xlink=\"http://www.w3.org/1999/xlink\""
          + " xmlns:of=\"urn:oasis:names:tc:opendocument:xmlns:of:1.2\""
          + " xmlns:presentation=\"urn:oasis:names:tc:opendocument:xmlns:presentation:1.0\""
          + " xmlns:officeooo=\"http://openoffice.org/2009/office\"";

  static final String MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet";

  private OdsTestFiles() {}

  static Builder spreadsheet() {
    return new Builder();
  }

  /** A text document (odt, or fodt written flat): the body holds paragraphs, sections, tables. */
  static Builder textDocument() {
    return new Builder().mimetype("application/vnd.oasis.opendocument.text").bodyElement("text");
  }

  /** A presentation (odp, or fodp written flat): the body holds draw:page slides. */
  static Builder presentation() {
    return new Builder().mimetype("application/vnd.oasis.opendocument.presentation").bodyElement("presentation");
  }

  // ---- XML snippets -------------------------------------------------------------------------

  static String table(String name, String styleName, String... children) {
    String style = styleName == null ? "" : " table:style-name=\"" + styleName + "\"";
    return "<table:table table:name=\"" + esc(name) + "\"" + style + ">" + String.join("", children)
        + "</table:table>";
  }

  static String column(String attrs) {
    return "<table:table-column " + attrs + "/>";
  }

  static String row(String... cells) {
    return rowWith("", cells);
  }

  static String rowWith(String attrs, String... cells) {
    return "<table:table-row" + (attrs.isEmpty() ? "" : " " + attrs) + ">" + String.join("", cells)
        + "</table:table-row>";
  }

  static String rowGroup(boolean displayed, String... rows) {
    return "<table:table-row-group table:display=\"" + displayed + "\">" + String.join("", rows)
        + "</table:table-row-group>";
  }

  static String columnGroup(boolean displayed, String... columns) {
    return "<table:table-column-group table:display=\"" + displayed + "\">" + String.join("", columns)
        + "</table:table-column-group>";
  }

  /** A string cell. */
  static String cell(String text) {
    return cellWith("office:value-type=\"string\"", "<text:p>" + esc(text) + "</text:p>");
  }

  static String floatCell(double value) {
    String v = value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    return cellWith("office:value-type=\"float\" office:value=\"" + v + "\"", "<text:p>" + v + "</text:p>");
  }

  static String cellWith(String attrs, String content) {
    return "<table:table-cell " + attrs + ">" + content + "</table:table-cell>";
  }

  static String emptyCells(long repeated) {
    return "<table:table-cell table:number-columns-repeated=\"" + repeated + "\"/>";
  }

  static String emptyRows(long repeated) {
    return "<table:table-row table:number-rows-repeated=\"" + repeated + "\"><table:table-cell/></table:table-row>";
  }

  static String annotation(String author, String text) {
    return "<office:annotation><dc:creator>" + esc(author) + "</dc:creator><dc:date>2024-01-01T00:00:00</dc:date>"
        + "<text:p>" + esc(text) + "</text:p></office:annotation>";
  }

  static String hiddenTableStyle(String name) {
    return "<style:style style:name=\"" + name + "\" style:family=\"table\">"
        + "<style:table-properties table:display=\"false\"/></style:style>";
  }

  static String cellStyle(String name, String color, String background) {
    return "<style:style style:name=\"" + name + "\" style:family=\"table-cell\">"
        + (background == null ? "" : "<style:table-cell-properties fo:background-color=\"" + background + "\"/>")
        + (color == null ? "" : "<style:text-properties fo:color=\"" + color + "\"/>")
        + "</style:style>";
  }

  static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  // ---- builder ------------------------------------------------------------------------------

  /** Collects the regions of one document and writes it packaged or flat. */
  static final class Builder {
    private final StringBuilder automaticStyles = new StringBuilder();
    private final StringBuilder commonStyles = new StringBuilder();
    private final StringBuilder masterStyles = new StringBuilder();
    private final StringBuilder meta = new StringBuilder();
    private final StringBuilder body = new StringBuilder();
    private final Map<String, byte[]> extraEntries = new LinkedHashMap<>();
    private final List<String> manifestEntries = new ArrayList<>();
    private String contentOverride;
    private String mimetype = MIMETYPE;
    private String bodyElement = "spreadsheet";
    private boolean withContent = true;
    private String duplicated;

    Builder automaticStyles(String xml) {
      automaticStyles.append(xml);
      return this;
    }

    Builder commonStyles(String xml) {
      commonStyles.append(xml);
      return this;
    }

    /** style:master-page elements (headers and footers). */
    Builder masterStyles(String xml) {
      masterStyles.append(xml);
      return this;
    }

    /** Children of office:meta, e.g. {@code <dc:creator>Jane</dc:creator>}. */
    Builder meta(String xml) {
      meta.append(xml);
      return this;
    }

    /** Children of office:spreadsheet (tables, named expressions, data pilots, ...). */
    Builder body(String xml) {
      body.append(xml);
      return this;
    }

    /** Replaces the whole content.xml (for hostile inputs). */
    Builder rawContent(String xml) {
      contentOverride = xml;
      return this;
    }

    Builder mimetype(String type) {
      mimetype = type;
      return this;
    }

    /** The office:body child holding the content ("spreadsheet", "text", "presentation"). */
    Builder bodyElement(String localName) {
      bodyElement = localName;
      return this;
    }

    Builder withoutContent() {
      withContent = false;
      return this;
    }

    Builder entry(String name, byte[] data) {
      extraEntries.put(name, data);
      return this;
    }

    Builder entry(String name, String text) {
      return entry(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** A raw manifest:file-entry element (e.g. with manifest:encryption-data). */
    Builder manifestEntry(String xml) {
      manifestEntries.add(xml);
      return this;
    }

    /** Writes the named part twice (the second copy patched to the same name). */
    Builder duplicate(String name) {
      duplicated = name;
      return this;
    }

    String contentXml() {
      if (contentOverride != null) {
        return contentOverride;
      }
      return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content" + NAMESPACES
          + " office:version=\"1.2\"><office:automatic-styles>" + automaticStyles
          + "</office:automatic-styles><office:body><office:" + bodyElement + ">" + body
          + "</office:" + bodyElement + "></office:body></office:document-content>";
    }

    String stylesXml() {
      return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-styles" + NAMESPACES
          + " office:version=\"1.2\"><office:styles>" + commonStyles + "</office:styles>"
          + "<office:master-styles>" + masterStyles + "</office:master-styles></office:document-styles>";
    }

    String metaXml() {
      return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-meta" + NAMESPACES
          + " office:version=\"1.2\"><office:meta>" + meta + "</office:meta></office:document-meta>";
    }

    String manifestXml() {
      StringBuilder sb = new StringBuilder(
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest"
              + " xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">"
              + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"" + mimetype + "\"/>");
      for (String part : new String[] {"content.xml", "styles.xml", "meta.xml"}) {
        sb.append("<manifest:file-entry manifest:full-path=\"").append(part)
            .append("\" manifest:media-type=\"text/xml\"/>");
      }
      manifestEntries.forEach(sb::append);
      return sb.append("</manifest:manifest>").toString();
    }

    /** The same document as one flat XML file (.fods). */
    String flatXml() {
      return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document" + NAMESPACES
          + " office:version=\"1.2\" office:mimetype=\"" + mimetype + "\">"
          + "<office:meta>" + meta + "</office:meta>"
          + "<office:styles>" + commonStyles + "</office:styles>"
          + "<office:automatic-styles>" + automaticStyles + "</office:automatic-styles>"
          + "<office:master-styles>" + masterStyles + "</office:master-styles>"
          + "<office:body><office:" + bodyElement + ">" + body + "</office:" + bodyElement
          + "></office:body></office:document>";
    }

    byte[] odsBytes() throws IOException {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
        byte[] mime = mimetype.getBytes(StandardCharsets.US_ASCII);
        ZipEntry stored = new ZipEntry("mimetype");
        stored.setMethod(ZipEntry.STORED);
        stored.setSize(mime.length);
        CRC32 crc = new CRC32();
        crc.update(mime);
        stored.setCrc(crc.getValue());
        zip.putNextEntry(stored);
        zip.write(mime);
        zip.closeEntry();
        put(zip, "META-INF/manifest.xml", manifestXml().getBytes(StandardCharsets.UTF_8));
        if (withContent) {
          put(zip, "content.xml", contentXml().getBytes(StandardCharsets.UTF_8));
        }
        put(zip, "styles.xml", stylesXml().getBytes(StandardCharsets.UTF_8));
        put(zip, "meta.xml", metaXml().getBytes(StandardCharsets.UTF_8));
        for (Map.Entry<String, byte[]> e : extraEntries.entrySet()) {
          put(zip, e.getKey(), e.getValue());
        }
        if (duplicated != null) {
          put(zip, placeholder(duplicated), "<x/>".getBytes(StandardCharsets.UTF_8));
        }
      }
      byte[] zipBytes = bytes.toByteArray();
      return duplicated == null ? zipBytes : patchName(zipBytes, placeholder(duplicated), duplicated);
    }

    Path writeTo(Path dir, String fileName) throws IOException {
      Path p = dir.resolve(fileName);
      Files.write(p, odsBytes());
      return p;
    }

    Path writeFlatTo(Path dir, String fileName) throws IOException {
      Path p = dir.resolve(fileName);
      Files.writeString(p, flatXml(), StandardCharsets.UTF_8);
      return p;
    }

    private static void put(ZipOutputStream zip, String name, byte[] data) throws IOException {
      zip.putNextEntry(new ZipEntry(name));
      zip.write(data);
      zip.closeEntry();
    }

    /** Same length as the name, so patching the zip's name fields keeps every offset valid. */
    private static String placeholder(String name) {
      return name.substring(0, name.length() - 1) + "~";
    }

    private static byte[] patchName(byte[] zip, String from, String to) {
      byte[] f = from.getBytes(StandardCharsets.UTF_8);
      byte[] t = to.getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i + f.length <= zip.length; i++) {
        boolean match = true;
        for (int j = 0; j < f.length && match; j++) {
          match = zip[i + j] == f[j];
        }
        if (match) {
          System.arraycopy(t, 0, zip, i, t.length);
        }
      }
      return zip;
    }
  }
}
