package io.foilint.source;

import io.foilint.extract.ExtractionException;
import io.foilint.extract.ExtractionException.Reason;
import io.foilint.extract.Limits;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Checks a zip container's central directory before anything inflates it: entry count, declared
 * inflated size and ratio (zip bombs), and duplicate entry names (zip confusion: two readers of
 * the same file can see different content, so what we inspect may not be what Excel opens).
 *
 * <p>Declared sizes can lie; extractors and {@link BoundedCopy} also count the bytes they really
 * inflate.
 */
public final class ZipGuard {

  /** Entries smaller than this are never zip bombs, whatever their ratio. */
  private static final long RATIO_FLOOR_BYTES = 10L * 1024 * 1024;

  private ZipGuard() {}

  public static void check(Path file, Limits limits) throws ExtractionException {
    try (ZipFile zip = ZipFile.builder().setPath(file).setIgnoreLocalFileHeader(false).get()) {
      Set<String> names = new HashSet<>();
      int count = 0;
      long total = 0;
      var entries = zip.getEntries();
      while (entries.hasMoreElements()) {
        ZipArchiveEntry e = entries.nextElement();
        count++;
        if (count > limits.maxZipEntries()) {
          throw new ExtractionException(
              Reason.LIMIT_EXCEEDED,
              "The file is a zip container with more than " + limits.maxZipEntries() + " entries");
        }
        if (!names.add(e.getName().toLowerCase(Locale.ROOT).replace('\\', '/'))) {
          throw new ExtractionException(
              Reason.DUPLICATE_ZIP_ENTRY,
              "The file holds two entries named '" + e.getName()
                  + "'; different programs may show different content, so it cannot be cleared");
        }
        long size = e.getSize();
        long compressed = e.getCompressedSize();
        if (size > 0) {
          total += size;
          if (size > RATIO_FLOOR_BYTES
              && compressed > 0
              && (double) size / compressed > limits.maxInflationRatio()) {
            throw new ExtractionException(
                Reason.LIMIT_EXCEEDED,
                String.format(
                    Locale.ROOT,
                    "Entry '%s' inflates %,d bytes to %,d (ratio %.0f:1): a zip bomb or a"
                        + " deliberately inflated file",
                    e.getName(), compressed, size, (double) size / compressed));
          }
        }
        if (total > limits.maxInflatedBytes()) {
          throw new ExtractionException(
              Reason.LIMIT_EXCEEDED,
              String.format(
                  Locale.ROOT,
                  "The zip container inflates to more than %,d bytes", limits.maxInflatedBytes()));
        }
      }
    } catch (EOFException e) {
      throw new ExtractionException(Reason.TRUNCATED, "The file is cut short (truncated zip)", e);
    } catch (IOException | RuntimeException e) {
      throw new ExtractionException(
          Reason.CORRUPT, "The file's zip structure is damaged and cannot be read", e);
    }
  }
}
