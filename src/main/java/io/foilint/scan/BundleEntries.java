package io.foilint.scan;

import io.foilint.detect.Finding;
import io.foilint.detect.Severity;
import io.foilint.model.Location;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * What a zip of separate files holds, the same whether it is given to foilint (a bundle) or found
 * inside a document (a zip attached to a PDF, embedded in a workbook): its file entries in name
 * order, and the zip-slip note for names that lead outside the folder they unpack into.
 */
final class BundleEntries {

  private BundleEntries() {}

  /** Every entry that is not a folder, sorted by name so reports are stable. */
  static List<ZipArchiveEntry> files(ZipFile zip) {
    List<ZipArchiveEntry> entries = new ArrayList<>();
    zip.getEntries().asIterator().forEachRemaining(e -> {
      if (!e.isDirectory()) {
        entries.add(e);
      }
    });
    entries.sort(Comparator.comparing(ZipArchiveEntry::getName));
    return entries;
  }

  /** Zip-slip: a name with a {@code ..} part, or absolute (/x, \x, C:x). */
  static boolean escapesFolder(String name) {
    String n = name.replace('\\', '/');
    if (n.startsWith("/") || (n.length() >= 2 && n.charAt(1) == ':' && Character.isLetter(n.charAt(0)))) {
      return true;
    }
    for (String part : n.split("/")) {
      if (part.equals("..")) {
        return true;
      }
    }
    return false;
  }

  /** The note for an entry whose name {@link #escapesFolder escapes its folder}. */
  static Finding zipSlip(Location where) {
    return FailClosed.unusualPath(Severity.REVIEW,
        "This zip entry's name leads outside the folder it is unpacked into (a \"zip-slip\""
            + " name such as ../ or an absolute path): unpacking it could overwrite other files."
            + " It was scanned like any other entry", where);
  }
}
