package io.foilint.extract.doc;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.ExtractionException;
import io.foilint.extract.ole.OleObjectPayload;
import io.foilint.model.ContentHandler;
import io.foilint.model.Fact;
import io.foilint.model.FactKind;
import io.foilint.model.Location;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.DocumentEntry;
import org.apache.poi.poifs.filesystem.Entry;

/**
 * Everything in a .doc's OLE container besides the text streams: each object in the {@code
 * ObjectPool} storage (an embedded workbook, document, PDF or packaged file) unwrapped by {@link
 * OleObjectPayload} and handed to the engine, located as what it is ("embedded Excel workbook
 * (object _1234567)"); the {@code Macros} storage as a VBA project; the custom XML data store;
 * every other storage or stream reported as not inspected, never skipped by its name.
 */
final class DocContainer {

  /** Read elsewhere: the text and table streams, properties, the OLE bookkeeping streams. */
  private static final Set<String> ORDINARY = Set.of(
      "worddocument", "0table", "1table", "data", "\u0005summaryinformation",
      "\u0005documentsummaryinformation", "\u0001compobj", "\u0001ole", "_signatures",
      "_xmlsignatures", "\u0005digitalsignature");

  private final ExtractionContext context;
  private final ContentHandler out;

  DocContainer(ExtractionContext context, ContentHandler out) {
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
      if (entry instanceof DirectoryNode dir) {
        switch (lower) {
          case "objectpool" -> objectPool(dir);
          case "macros", "_vba_project_cur" -> vba(dir);
          case "msodatastore" -> dataStore(dir);
          default -> uninspected(name, "an OLE storage foilint does not interpret");
        }
      } else {
        uninspected(name, "an OLE stream foilint does not interpret");
      }
    }
  }

  private void objectPool(DirectoryNode pool) throws IOException, ExtractionException {
    for (Entry e : pool) {
      context.checkDeadline();
      if (e instanceof DirectoryNode object) {
        embedded(object);
      } else {
        uninspected("ObjectPool/" + e.getName(), "an OLE stream foilint does not interpret");
      }
    }
  }

  private void embedded(DirectoryNode object) throws IOException {
    String storage = object.getName();
    OleObjectPayload payload = OleObjectPayload.of(object);
    String what = payload.type().startsWith("OLE package") ? "file" : payload.type();
    String place = "embedded " + what + " (object " + storage + ")";
    Map<String, String> attrs = new LinkedHashMap<>();
    attrs.put("bytes", Long.toString(size(object)));
    attrs.put("scanned", Boolean.toString(payload.bytes() != null));
    attrs.put("storage", "ObjectPool/" + storage);
    String file = payload.fileName() == null || payload.fileName().equals("CONTENTS")
        ? null : payload.fileName();
    out.fact(new Fact(FactKind.EMBEDDED_OBJECT, Location.of(place), file == null ? "" : file,
        payload.type(), attrs));
    if (payload.bytes() != null) {
      context.embedded(file == null ? place : place + "/" + file,
          new ByteArrayInputStream(payload.bytes()));
    }
  }

  private void vba(DirectoryEntry dir) {
    int modules = 0;
    if (dir.hasEntry("VBA")) {
      try {
        for (Entry e : (DirectoryEntry) dir.getEntry("VBA")) {
          String n = e.getName();
          if (e instanceof DocumentEntry && !n.equalsIgnoreCase("dir") && !n.startsWith("_")) {
            modules++;
          }
        }
      } catch (IOException | ClassCastException e) {
        modules = 0;
      }
    }
    out.fact(new Fact(FactKind.VBA_PROJECT, Location.of("VBA project (storage " + dir.getName() + ")"),
        dir.getName(), "", Map.of("bytes", Long.toString(size(dir)), "modules", Integer.toString(modules))));
  }

  private void dataStore(DirectoryEntry dir) {
    for (Entry e : dir) {
      long bytes = e instanceof DirectoryEntry d ? size(d) : ((DocumentEntry) e).getSize();
      String part = dir.getName() + "/" + e.getName();
      out.fact(new Fact(FactKind.CUSTOM_XML_PART, Location.of(part), part, "",
          Map.of("bytes", Long.toString(bytes))));
    }
  }

  private void uninspected(String name, String why) {
    out.fact(new Fact(FactKind.UNINSPECTED_PART, Location.of(name), name, why));
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
