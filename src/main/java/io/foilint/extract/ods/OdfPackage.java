package io.foilint.extract.ods;

import io.foilint.extract.ExtractionException;
import io.foilint.extract.ExtractionException.Reason;
import io.foilint.extract.Limits;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * The zip container of an .ods file, opened read-only with the engine's limits enforced: entry
 * count and duplicate names checked against the central directory up front, inflated bytes and
 * ratio counted while reading.
 */
final class OdfPackage implements Closeable {

  private final ZipFile zip;
  private final Limits limits;
  private final LimitedInputStream.Budget budget;
  private final List<String> names;
  private final String noun;

  private OdfPackage(ZipFile zip, Limits limits, List<String> names, String noun) {
    this.zip = zip;
    this.limits = limits;
    this.budget = new LimitedInputStream.Budget(limits.maxInflatedBytes());
    this.names = names;
    this.noun = noun;
  }

  static OdfPackage open(Path file, Limits limits) throws ExtractionException {
    return open(file, limits, "spreadsheet");
  }

  /**
   * @param noun what the package is in an officer's words ("spreadsheet", "document"), for the
   *     messages that name it
   */
  static OdfPackage open(Path file, Limits limits, String noun) throws ExtractionException {
    ZipFile zip;
    try {
      zip = ZipFile.builder().setPath(file).get();
    } catch (IOException | RuntimeException e) {
      throw new ExtractionException(
          Reason.CORRUPT,
          "The file looks like an OpenDocument " + noun + " but its zip structure is damaged,"
              + " so it cannot be opened.",
          e);
    }
    try {
      return new OdfPackage(zip, limits, checkedNames(zip, limits, noun), noun);
    } catch (ExtractionException e) {
      closeQuietly(zip);
      throw e;
    }
  }

  private static List<String> checkedNames(ZipFile zip, Limits limits, String noun)
      throws ExtractionException {
    List<String> names = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    long declared = 0;
    Enumeration<ZipArchiveEntry> entries = zip.getEntries();
    while (entries.hasMoreElements()) {
      ZipArchiveEntry e = entries.nextElement();
      if (names.size() >= limits.maxZipEntries()) {
        throw new ExtractionException(
            Reason.LIMIT_EXCEEDED,
            "The " + noun + "'s zip holds more than " + limits.maxZipEntries() + " parts, over the limit.");
      }
      if (!seen.add(e.getName())) {
        throw new ExtractionException(
            Reason.DUPLICATE_ZIP_ENTRY,
            "The " + noun + "'s zip holds two parts named " + e.getName()
                + "; programs may show different ones, so it cannot be inspected reliably.");
      }
      names.add(e.getName());
      if (e.getSize() > 0) {
        declared += e.getSize();
      }
    }
    if (declared > limits.maxInflatedBytes()) {
      throw new ExtractionException(
          Reason.LIMIT_EXCEEDED,
          "The " + noun + "'s parts would inflate to " + declared + " bytes, over the size limit.");
    }
    return Collections.unmodifiableList(names);
  }

  /** Entry names in central-directory order. */
  List<String> names() {
    return names;
  }

  boolean has(String name) {
    return zip.getEntry(name) != null;
  }

  long size(String name) {
    ZipArchiveEntry e = zip.getEntry(name);
    return e == null ? -1 : e.getSize();
  }

  /** A counting stream over an entry; null when there is no such entry. */
  InputStream open(String name) throws ExtractionException {
    ZipArchiveEntry e = zip.getEntry(name);
    if (e == null) {
      return null;
    }
    if (!zip.canReadEntryData(e)) {
      throw new ExtractionException(
          Reason.UNSUPPORTED,
          "The part " + name + " uses a zip compression or encryption method foilint cannot read.");
    }
    try {
      return new LimitedInputStream(
          zip.getInputStream(e), name, e.getCompressedSize(), limits.maxInflationRatio(), budget);
    } catch (IOException ex) {
      throw new ExtractionException(
          Reason.CORRUPT, "The part " + name + " of the " + noun + "'s zip cannot be read.", ex);
    }
  }

  @Override
  public void close() {
    closeQuietly(zip);
  }

  private static void closeQuietly(ZipFile zip) {
    try {
      zip.close();
    } catch (IOException e) {
      // read-only: nothing to lose
    }
  }
}
