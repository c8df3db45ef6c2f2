package io.foilint.extract.xls;

import io.foilint.extract.ole.OleObjectPayload;
import io.foilint.extract.ExtractionContext;
import io.foilint.extract.ExtractionException;
import io.foilint.model.ContentHandler;
import io.foilint.model.Fact;
import io.foilint.model.FactKind;
import io.foilint.model.Location;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.hpsf.ClassIDPredefined;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.DocumentEntry;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.EntryUtils;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.Ole10Native;
import org.apache.poi.util.IOUtils;

/**
 * Everything in the OLE container besides the workbook stream: VBA project, pivot caches,
 * embedded objects (handed to the engine when they hold a document), revision log, custom XML
 * data store, and anything unknown (reported, never silently skipped).
 */
final class OleParts {

  private static final Set<String> ORDINARY = Set.of(
      "workbook", "book", "\u0005summaryinformation", "\u0005documentsummaryinformation",
      "\u0001compobj", "\u0001ole", "\u0005digitalsignature", "_signatures", "_xmlsignatures",
      "\u0006dataspaces", "encryption");

  private final ExtractionContext context;
  private final ContentHandler out;

  OleParts(ExtractionContext context, ContentHandler out) {
    this.context = context;
    this.out = out;
  }

  void read(DirectoryNode root) throws IOException, ExtractionException {
    for (Entry entry : root) {
      context.checkDeadline();
      String name = entry.getName();
      String lower = name.toLowerCase(Locale.ROOT);
      if (ORDINARY.contains(lower)) {
        continue;
      }
      if (entry instanceof DirectoryEntry dir) {
        if (lower.equals("_vba_project_cur")) {
          vba(dir);
        } else if (lower.equals("_sx_db_cur") || lower.equals("_sx_db")) {
          pivotCaches(dir);
        } else if (lower.startsWith("mbd")) {
          embedded((DirectoryNode) dir);
        } else if (lower.equals("msodatastore")) {
          dataStore(dir);
        } else {
          uninspected(name, "an OLE storage foilint does not interpret");
        }
      } else if (entry instanceof DocumentEntry doc) {
        if (lower.equals("revision log") || lower.equals("user names")) {
          out.fact(new Fact(FactKind.REVISION_LOG, Location.of(name), name, "",
              Map.of("bytes", Integer.toString(doc.getSize()))));
        } else {
          uninspected(name, "an OLE stream foilint does not interpret");
        }
      }
    }
  }

  private void uninspected(String name, String why) {
    out.fact(new Fact(FactKind.UNINSPECTED_PART, Location.of(name), name, why));
  }

  private void vba(DirectoryEntry dir) {
    int modules = 0;
    if (dir.hasEntry("VBA")) {
      try {
        DirectoryEntry vba = (DirectoryEntry) dir.getEntry("VBA");
        for (Entry e : vba) {
          String n = e.getName();
          if (e instanceof DocumentEntry && !n.equalsIgnoreCase("dir") && !n.startsWith("_") && !n.startsWith("__")) {
            modules++;
          }
        }
      } catch (IOException | ClassCastException e) {
        modules = 0;
      }
    }
    // "VBA project (storage _VBA_PROJECT_CUR)": what it is first, the storage name to find it by
    String place = "VBA project (storage " + dir.getName() + ")";
    out.fact(new Fact(FactKind.VBA_PROJECT, Location.of(place), dir.getName(), "",
        Map.of("bytes", Long.toString(size(dir)), "modules", Integer.toString(modules))));
  }

  private void pivotCaches(DirectoryEntry dir) throws IOException, ExtractionException {
    for (Entry e : dir) {
      if (e instanceof DocumentEntry doc) {
        byte[] data;
        try (InputStream in = new DocumentInputStream(doc)) {
          data = IOUtils.toByteArray(in, doc.getSize(), Integer.MAX_VALUE);
        }
        new PivotCacheStream(dir.getName(), doc.getName(), data).emit(context, out);
      }
    }
  }

  private void dataStore(DirectoryEntry dir) {
    for (Entry e : dir) {
      long bytes = e instanceof DirectoryEntry d ? size(d) : ((DocumentEntry) e).getSize();
      out.fact(new Fact(FactKind.CUSTOM_XML_PART, Location.of(dir.getName() + "/" + e.getName()),
          dir.getName() + "/" + e.getName(), "", Map.of("bytes", Long.toString(bytes))));
    }
  }

  /**
   * An {@code MBD…} storage: Excel's name for it means nothing to an officer, so the object is
   * located as what it is, "embedded Excel workbook (storage MBD00082648)" ({@link #placeOf}),
   * and its own findings under that path.
   */
  private void embedded(DirectoryNode dir) throws IOException {
    String storage = dir.getName();
    OleObjectPayload payload = OleObjectPayload.of(dir);
    String place = placeOf(storage, payload.type());
    Map<String, String> attrs = new LinkedHashMap<>();
    attrs.put("bytes", Long.toString(size(dir)));
    attrs.put("scanned", Boolean.toString(payload.bytes() != null));
    attrs.put("storage", storage);
    // a packaged file's own name ("staff.csv") names the object; else the place says what it is
    String file = payload.fileName() == null || payload.fileName().equals("CONTENTS") ? null : payload.fileName();
    out.fact(new Fact(FactKind.EMBEDDED_OBJECT, Location.of(place), file == null ? "" : file,
        payload.type(), attrs));
    if (payload.bytes() != null) {
      String childName = file == null ? place : place + "/" + file;
      context.embedded(childName, new ByteArrayInputStream(payload.bytes()));
    }
  }

  /** "embedded Excel workbook (storage MBD00082648)"; a packaged file is "embedded file". */
  static String placeOf(String storage, String type) {
    String what = type.startsWith("OLE package") ? "file" : type;
    return "embedded " + what + " (storage " + storage + ")";
  }

  private static long size(DirectoryEntry dir) {
    long total = 0;
    for (Entry e : dir) {
      if (e instanceof DocumentEntry d) {
        total += d.getSize();
      } else if (e instanceof DirectoryEntry sub) {
        total += size(sub);
      }
    }
    return total;
  }
}
