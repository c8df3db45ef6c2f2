package io.foilint.extract.xlsb;

import io.foilint.extract.ExtractionException;
import io.foilint.extract.ExtractionException.Reason;
import io.foilint.extract.Limits;
import io.foilint.extract.xlsx.XlsxExtractor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * The zip-level limits for one package: entry count, declared inflated size and duplicate entry
 * names, checked from the central directory before POI opens the file; and POI's own per-entry
 * guards (inflation ratio, entry size), which catch entries that lie about their size.
 */
final class ZipLimits {

  private ZipLimits() {}

  static void check(Path file, Limits limits) throws ExtractionException {
    try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
      Set<String> names = new HashSet<>();
      long entries = 0;
      long inflated = 0;
      for (Enumeration<ZipArchiveEntry> e = zip.getEntries(); e.hasMoreElements(); ) {
        ZipArchiveEntry entry = e.nextElement();
        entries++;
        if (entries > limits.maxZipEntries()) {
          throw new ExtractionException(
              Reason.LIMIT_EXCEEDED,
              "The workbook's package holds more than " + limits.maxZipEntries() + " parts, more than foilint inspects.");
        }
        if (!names.add(entry.getName().toLowerCase(java.util.Locale.ROOT))) {
          throw new ExtractionException(
              Reason.DUPLICATE_ZIP_ENTRY,
              "The workbook's package holds two parts named " + entry.getName()
                  + "; different programs would show different contents.");
        }
        if (entry.getSize() > 0) {
          inflated += entry.getSize();
        }
      }
      if (inflated > limits.maxInflatedBytes()) {
        throw new ExtractionException(
            Reason.LIMIT_EXCEEDED,
            "The workbook unpacks to " + inflated + " bytes, more than the " + limits.maxInflatedBytes()
                + " bytes foilint inspects.");
      }
    } catch (IOException e) {
      throw new ExtractionException(
          Reason.CORRUPT, "The file is not a readable zip package, so it is not a usable Excel binary workbook.", e);
    }
  }

  /** POI keeps these limits in static fields; every OOXML extractor sets them the same way. */
  static void applyToPoi(Limits limits) {
    XlsxExtractor.applyZipLimits(limits);
  }
}
