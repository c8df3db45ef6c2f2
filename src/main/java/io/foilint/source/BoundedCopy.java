package io.foilint.source;

import io.foilint.extract.ExtractionException.Reason;
import io.foilint.extract.ExtractionException;
import io.foilint.extract.TempFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Copies a stream to a temporary file, refusing to write more than a limit. */
public final class BoundedCopy {

  private BoundedCopy() {}

  public static Path toTempFile(InputStream in, long maxBytes, String what) throws IOException, ExtractionException {
    Path tmp = TempFiles.createTempFile("part-", ".bin");
    boolean ok = false;
    try (OutputStream out = Files.newOutputStream(tmp)) {
      byte[] buf = new byte[64 * 1024];
      long total = 0;
      int n;
      while ((n = in.read(buf)) > 0) {
        total += n;
        if (total > maxBytes) {
          throw new ExtractionException(
              Reason.LIMIT_EXCEEDED,
              String.format(Locale.ROOT, "%s is larger than %,d bytes when unpacked", what, maxBytes));
        }
        out.write(buf, 0, n);
      }
      ok = true;
      return tmp;
    } finally {
      if (!ok) {
        Files.deleteIfExists(tmp);
      }
    }
  }

  /**
   * As {@link #toTempFile}, but the copy is called by the last part of {@code name} (in a folder
   * of its own), so a reader that names a table after its file (CSV) shows the embedded
   * document's own name ({@code staff.csv} for {@code attachment 2: staff.csv}), never a random
   * temporary one that would change from run to run. Delete it with {@link #delete}.
   */
  public static Path toNamedTempFile(InputStream in, long maxBytes, String what, String name)
      throws IOException, ExtractionException {
    Path tmp = toTempFile(in, maxBytes, what);
    String safe = lastPart(name);
    if (safe.isEmpty()) {
      return tmp;
    }
    try {
      Path folder = Files.createTempDirectory(TempFiles.dir(), "part-");
      return Files.move(tmp, folder.resolve(safe));
    } catch (IOException | RuntimeException e) {
      return tmp; // keep the unnamed copy: the name is a courtesy
    }
  }

  /** Deletes a copy made here, with the folder of its own when it has one. */
  public static void delete(Path copy) throws IOException {
    Files.deleteIfExists(copy);
    Path folder = copy.getParent();
    if (folder != null && folder.getFileName() != null
        && folder.getFileName().toString().startsWith("part-")
        && !folder.equals(TempFiles.dir())) {
      Files.deleteIfExists(folder);
    }
  }

  /** {@code staff.csv} from {@code attachment 2: staff.csv} or {@code a/b/staff.csv}; safe characters only. */
  static String lastPart(String name) {
    String n = name == null ? "" : name;
    int cut = Math.max(Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\')), n.lastIndexOf(": "));
    n = n.substring(cut < 0 ? 0 : cut + (n.startsWith(": ", cut) ? 2 : 1));
    n = n.replaceAll("[^\\p{L}\\p{N}._ ()-]", "_").strip();
    if (n.length() > 100) {
      n = n.substring(n.length() - 100);
    }
    return n.isEmpty() || n.equals(".") || n.equals("..") || n.startsWith(".") ? "" : n;
  }
}
