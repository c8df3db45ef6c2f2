package io.foilint.extract.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Archiver clutter (macOS {@code .DS_Store}, {@code __MACOSX/} resource forks) zipped into an
 * xlsx by hand. Excel ignores it, but POI refuses a package holding a part without a content
 * type. A copy without those entries is read instead, and the entries are reported.
 */
public final class StrayEntries {

  private StrayEntries() {}

  static boolean isStray(String name) {
    for (String segment : name.split("/")) {
      // not ".rels": relationship parts are the package's own
      if (segment.equals(".DS_Store") || segment.startsWith("._") || segment.equals("__MACOSX")) {
        return true;
      }
    }
    return false;
  }

  /** Names of the stray entries in the zip (empty when there are none or it cannot be read). */
  public static List<String> find(Path zip) {
    List<String> stray = new ArrayList<>();
    try (ZipFile z = ZipFile.builder().setPath(zip).get()) {
      z.getEntries().asIterator().forEachRemaining(e -> {
        if (isStray(e.getName())) {
          stray.add(e.getName());
        }
      });
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
    return stray;
  }

  /** A temporary copy of the zip without stray entries; entries are copied without inflating. */
  public static Path copyWithout(Path zip) throws IOException {
    Path copy = io.foilint.extract.TempFiles.createTempFile("xlsx-", ".xlsx");
    try (ZipFile z = ZipFile.builder().setPath(zip).get();
        OutputStream os = Files.newOutputStream(copy);
        ZipArchiveOutputStream out = new ZipArchiveOutputStream(os)) {
      var entries = z.getEntries();
      while (entries.hasMoreElements()) {
        ZipArchiveEntry e = entries.nextElement();
        if (!isStray(e.getName())) {
          try (InputStream raw = z.getRawInputStream(e)) {
            out.addRawArchiveEntry(e, raw);
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(copy);
      throw e;
    }
    return copy;
  }
}
