package io.foilint.extract.ole;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.poi.hpsf.ClassIDPredefined;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.DocumentEntry;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.EntryUtils;
import org.apache.poi.poifs.filesystem.Ole10Native;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.util.IOUtils;

/**
 * What an OLE object storage wraps, the same wherever Office put it (a {@code MBD…} storage of an
 * xls, an {@code oleObject1.bin} part of an xlsx, a file given on its own): an OOXML package in a
 * {@code Package} stream, a whole Office document in the storage itself, a file in an
 * {@code Ole10Native} package (Packager: any file dropped into a document), or the object's data
 * in {@code CONTENTS} (Acrobat's PDF objects, among others). {@link #bytes()} is null when the
 * storage holds nothing foilint can hand on (an equation, a chart of another program).
 *
 * @param type what the object is, in words ("OLE package staff.csv", "Excel workbook", …)
 * @param fileName the wrapped file's own name when the object records one, else null
 * @param damaged true when the object says it wraps a file but its header cannot be read
 */
public record OleObjectPayload(String type, String fileName, byte[] bytes, boolean damaged) {

  private OleObjectPayload(String type, String fileName, byte[] bytes) {
    this(type, fileName, bytes, false);
  }

  /** Largest stream copied out of a storage; bigger ones are beyond any embedded object here. */
  private static final int MAX_STREAM = Integer.MAX_VALUE - 8;

  public static OleObjectPayload of(DirectoryNode dir) throws IOException {
    if (dir.hasEntry("Package")) {
      return new OleObjectPayload(describe(dir, "Office document"), null, streamBytes(dir, "Package"));
    }
    if (hasAny(dir, "Workbook", "Book", "WorkBook", "WORKBOOK")) {
      return new OleObjectPayload("Excel workbook", null, asOleFile(dir));
    }
    if (dir.hasEntry("WordDocument")) {
      return new OleObjectPayload("Word document", null, asOleFile(dir));
    }
    if (dir.hasEntry("PowerPoint Document")) {
      return new OleObjectPayload("PowerPoint presentation", null, asOleFile(dir));
    }
    if (dir.hasEntry(Ole10Native.OLE10_NATIVE)) {
      try {
        Ole10Native nat = Ole10Native.createFromEmbeddedOleObject(dir);
        String file = nat.getFileName() == null || nat.getFileName().isBlank() ? nat.getLabel() : nat.getFileName();
        String base = file == null || file.isBlank() ? null : file.replace('\\', '/').replaceAll(".*/", "");
        return new OleObjectPayload(base == null ? "OLE package" : "OLE package " + base, base,
            nat.getDataBuffer());
      } catch (Exception e) {
        // POI throws its own unchecked types for a malformed native header
        return new OleObjectPayload("OLE package (unreadable)", null, null, true);
      }
    }
    if (dir.hasEntry("CONTENTS")) {
      return new OleObjectPayload(describe(dir, "OLE object"), "CONTENTS", streamBytes(dir, "CONTENTS"));
    }
    return new OleObjectPayload(describe(dir, "OLE object"), null, null);
  }

  /** True when a storage is an OLE object that wraps content (and not an Office document itself). */
  public static boolean wrapsContent(DirectoryNode root) {
    return root.hasEntry(Ole10Native.OLE10_NATIVE) || root.hasEntry("CONTENTS") || root.hasEntry("Package");
  }

  private static String describe(DirectoryNode dir, String fallback) {
    try {
      ClassIDPredefined known = ClassIDPredefined.lookup(dir.getStorageClsid());
      if (known != null) {
        return inWords(known, fallback);
      }
    } catch (RuntimeException e) {
      // An unknown class id is described generically.
    }
    return fallback;
  }

  /**
   * A known object class as an officer calls it ("PDF document", "Excel chart"), never its
   * internal name (EXCEL_V8_CHART) or content type (application/pdf).
   */
  static String inWords(ClassIDPredefined known, String fallback) {
    String id = known.name();
    String program = id.startsWith("EXCEL") ? "Excel" : id.startsWith("WORD") ? "Word"
        : id.startsWith("POWERPOINT") ? "PowerPoint" : id.startsWith("VISIO") ? "Visio"
        : id.startsWith("PUBLISHER") ? "Publisher" : null;
    if (id.equals("PDF")) {
      return "PDF document";
    }
    if (id.startsWith("EQUATION")) {
      return "equation";
    }
    if (id.equals("TXT_ONLY")) {
      return "text file";
    }
    if (id.equals("PAINT")) {
      return "Paint picture";
    }
    if (program == null) {
      return fallback;
    }
    String what = id.contains("CHART") ? "chart" : id.contains("SLIDE") ? "slide"
        : id.contains("MACRO") && program.equals("Excel") && known.getFileExtension() == null
            ? "macro sheet"
        : switch (program) {
            case "Excel" -> "workbook";
            case "Word" -> "document";
            case "PowerPoint" -> "presentation";
            case "Visio" -> "drawing";
            default -> "publication";
          };
    return program + " " + what;
  }

  private static boolean hasAny(DirectoryNode dir, String... names) {
    for (String n : names) {
      if (dir.hasEntry(n)) {
        return true;
      }
    }
    return false;
  }

  private static byte[] streamBytes(DirectoryNode dir, String stream) throws IOException {
    DocumentEntry doc = (DocumentEntry) dir.getEntry(stream);
    try (InputStream in = new DocumentInputStream(doc)) {
      return IOUtils.toByteArray(in, doc.getSize(), MAX_STREAM);
    }
  }

  /** A nested OLE document copied into a file of its own, as the engine expects. */
  private static byte[] asOleFile(DirectoryNode dir) throws IOException {
    try (POIFSFileSystem copy = new POIFSFileSystem()) {
      EntryUtils.copyNodes(dir, copy.getRoot());
      copy.getRoot().setStorageClsid(dir.getStorageClsid());
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      copy.writeFilesystem(bytes);
      return bytes.toByteArray();
    }
  }
}
