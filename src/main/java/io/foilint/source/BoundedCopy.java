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
}
