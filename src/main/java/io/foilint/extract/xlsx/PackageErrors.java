package io.foilint.extract.xlsx;

import io.foilint.extract.ExtractionException;
import io.foilint.extract.ExtractionException.Reason;
import java.io.EOFException;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Turns what POI and the zip layer throw into {@link ExtractionException}s with a reason and
 * words an officer can act on. POI's messages are fixed English strings (they are not
 * localised), so matching on them is stable.
 */
public final class PackageErrors {

  /** End-of-central-directory signature; a zip cut short loses it first. */
  private static final int EOCD = 0x06054b50;

  private PackageErrors() {}

  /** The file could not be opened as a package. */
  public static ExtractionException onOpen(Throwable e, Path file) {
    ExtractionException limit = limitOrDuplicate(e);
    if (limit != null) {
      return limit;
    }
    if (looksTruncated(file)) {
      return new ExtractionException(
          Reason.TRUNCATED, "The workbook file is cut short (its zip directory is missing)", e);
    }
    return new ExtractionException(
        Reason.CORRUPT, "The file is not a readable xlsx workbook (its zip structure is damaged)", e);
  }

  /** A part could not be read while scanning. */
  public static ExtractionException onRead(Throwable e) {
    ExtractionException limit = limitOrDuplicate(e);
    if (limit != null) {
      return limit;
    }
    if (hasCause(e, EOFException.class)) {
      return new ExtractionException(
          Reason.TRUNCATED, "A part of the workbook is cut short and cannot be read", e);
    }
    return new ExtractionException(
        Reason.CORRUPT, "A part of the workbook is damaged and cannot be read", e);
  }

  /**
   * The same error in the words of another package format: these messages (and the shared
   * package readers') speak of workbooks; an officer scanning slides reads "presentation".
   *
   * @param format the format's name for the whole file ("Word document")
   * @param noun what one such file is called ("document")
   * @param plural what they are called together ("documents")
   */
  public static ExtractionException inWords(ExtractionException e, String format, String noun,
      String plural) {
    String m = String.valueOf(e.getMessage());
    if (!m.contains("workbook")) {
      return e;
    }
    String words = m.replace("xlsx workbook", format).replace("workbook", noun)
        .replace("real spreadsheets", "real " + plural);
    return new ExtractionException(e.reason(), words, e.getCause() == null ? e : e.getCause());
  }

  private static ExtractionException limitOrDuplicate(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof InflatedBudget.Exceeded) {
        return new ExtractionException(Reason.LIMIT_EXCEEDED, t.getMessage(), e);
      }
      String m = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
      if (m.contains("zip bomb")) {
        return new ExtractionException(
            Reason.LIMIT_EXCEEDED,
            "A part of the workbook expands far more than real spreadsheets do (a possible zip"
                + " bomb); foilint stopped reading it",
            e);
      }
      if (m.contains("more internal file entries than expected")) {
        return new ExtractionException(
            Reason.LIMIT_EXCEEDED, "The workbook holds more internal parts than the limit allows", e);
      }
      if (m.contains("more than 1 entry with the name") || m.contains("duplicate")
          || m.contains("equivalent part names")) {
        return new ExtractionException(
            Reason.DUPLICATE_ZIP_ENTRY,
            "The workbook holds two internal parts with the same name, so different programs can"
                + " show different content; foilint does not read such files",
            e);
      }
    }
    return null;
  }

  private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  /** A zip that starts like one but has no end-of-central-directory record in its last 64 KB. */
  static boolean looksTruncated(Path file) {
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
      long length = raf.length();
      if (length < 4) {
        return length > 0;
      }
      byte[] head = new byte[4];
      raf.readFully(head);
      boolean zipStart = head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
      if (!zipStart) {
        return false;
      }
      int tailLength = (int) Math.min(length, 65_557);
      byte[] tail = new byte[tailLength];
      raf.seek(length - tailLength);
      raf.readFully(tail);
      for (int i = tailLength - 22; i >= 0; i--) {
        int sig = (tail[i] & 0xFF) | (tail[i + 1] & 0xFF) << 8 | (tail[i + 2] & 0xFF) << 16
            | (tail[i + 3] & 0xFF) << 24;
        if (sig == EOCD) {
          return false;
        }
      }
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
