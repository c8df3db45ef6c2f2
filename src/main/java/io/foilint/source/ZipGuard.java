package io.foilint.source;

import io.foilint.extract.ExtractionException;
import io.foilint.extract.ExtractionException.Reason;
import io.foilint.extract.Limits;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Checks a zip container (a bundle, or an xlsx/xlsb/ods/docx package) before anything reads it.
 *
 * <p>{@link #check} reads the central directory <em>and</em> walks the local headers from the
 * start of the file ({@link ZipLayout}); any disagreement between what the two kinds of reader
 * would see, a damaged directory, bytes nothing accounts for, a second end record, an encrypted
 * entry or a compression method other than stored and deflated is refused. It then inflates
 * every entry once through a CRC32 and a byte counter, so the checksums and the real inflated
 * sizes are proven against {@link Limits} (entry count, total, ratio); declared sizes can lie.
 * Duplicate names (zip confusion: two readers may show different content) are refused too.
 * Nothing is buffered beyond a 64 KB window.
 *
 * <p>{@link #checkPackage} adds the rules for a package's part names (OPC / ODF), which zip
 * bundles do not follow.
 */
public final class ZipGuard {

  private static final int WINDOW = 64 * 1024;

  private static final Map<Integer, String> METHODS = Map.ofEntries(
      Map.entry(1, "shrink"), Map.entry(2, "reduce"), Map.entry(3, "reduce"), Map.entry(4, "reduce"),
      Map.entry(5, "reduce"), Map.entry(6, "implode"), Map.entry(9, "deflate64"),
      Map.entry(10, "PKWARE DCL implode"), Map.entry(12, "bzip2"), Map.entry(14, "LZMA"),
      Map.entry(16, "IBM z/OS CMPSC"), Map.entry(18, "IBM TERSE"), Map.entry(19, "IBM LZ77"),
      Map.entry(20, "zstd (old id)"), Map.entry(93, "zstd"), Map.entry(94, "MP3"),
      Map.entry(95, "xz"), Map.entry(96, "JPEG"), Map.entry(97, "WavPack"), Map.entry(98, "PPMd"),
      Map.entry(99, "AES encryption"));

  private ZipGuard() {}

  /** Checks a package or a bundle as one document: any entry it cannot read refuses the whole. */
  public static void check(Path file, Limits limits) throws ExtractionException {
    Map<Long, ExtractionException> unreadable = checkBundle(file, limits);
    if (!unreadable.isEmpty()) {
      throw unreadable.values().iterator().next();
    }
  }

  /**
   * Checks a zip of separate files (a bundle): the container as {@link #check} does, except that
   * an entry that is encrypted, uses a compression method foilint cannot decode or whose data is
   * damaged belongs to that entry alone — returned keyed by the offset of its local header (what
   * commons-compress calls {@code getLocalHeaderOffset()}; names can decode differently), for the
   * caller to report BLOCK on its own while the other entries are read. Whatever makes the container itself
   * untrustworthy (the two directories disagree, duplicate names, a bomb, a truncated file) is
   * still thrown.
   */
  public static Map<Long, ExtractionException> checkBundle(Path file, Limits limits)
      throws ExtractionException {
    Map<Long, ExtractionException> unreadable = new LinkedHashMap<>();
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      ZipLayout layout = ZipLayout.read(ch, limits.maxZipEntries());
      Set<String> names = new HashSet<>();
      long declared = 0;
      for (ZipLayout.Entry e : layout.entries) {
        if (!names.add(e.name.toLowerCase(Locale.ROOT).replace('\\', '/'))) {
          throw new ExtractionException(
              Reason.DUPLICATE_ZIP_ENTRY,
              "The file holds two entries named '" + e.name
                  + "'; different programs may show different content, so it cannot be cleared");
        }
        ExtractionException why = unreadable(e);
        if (why != null) {
          unreadable.put(e.localOffset, why);
          continue;
        }
        ratio(e, e.size, limits);
        declared += e.size;
        if (declared > limits.maxInflatedBytes()) {
          throw overTotal(limits);
        }
      }
      long total = 0;
      byte[] in = new byte[WINDOW];
      byte[] out = new byte[WINDOW];
      for (ZipLayout.Entry e : layout.entries) {
        if (unreadable.containsKey(e.localOffset)) {
          continue;
        }
        try {
          total += inflate(ch, e, limits, total, in, out);
        } catch (ExtractionException damaged) {
          if (damaged.reason() != Reason.CORRUPT) {
            throw damaged; // over a limit: the container as a whole is refused
          }
          unreadable.put(e.localOffset, damaged);
        }
      }
    } catch (EOFException e) {
      throw new ExtractionException(Reason.TRUNCATED, "The file is cut short (truncated zip)", e);
    } catch (IOException | RuntimeException e) {
      throw new ExtractionException(
          Reason.CORRUPT, "The file's zip structure is damaged and cannot be read", e);
    }
    return unreadable;
  }

  /**
   * Part-name rules of OOXML (OPC, ECMA-376 part 2) and ODF packages, for a file already through
   * {@link #check}: no absolute names, no {@code .} or {@code ..} segments, no empty segments, no
   * backslashes, no control characters, no percent-encoded slashes, dots or plain characters.
   * Readers resolve such names differently (or outside the package), so what foilint reads might
   * not be what the application shows.
   */
  public static void checkPackage(Path file) throws ExtractionException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      for (ZipLayout.Entry e : ZipLayout.read(ch, Integer.MAX_VALUE).entries) {
        String why = PartNames.problem(e.name);
        if (why != null) {
          throw new ExtractionException(
              Reason.CORRUPT,
              "The package holds a part with an invalid name ('" + PartNames.printable(e.name)
                  + "': " + why + "); applications resolve such names differently, so it cannot"
                  + " be cleared");
        }
      }
    } catch (EOFException e) {
      throw new ExtractionException(Reason.TRUNCATED, "The file is cut short (truncated zip)", e);
    } catch (IOException | RuntimeException e) {
      throw new ExtractionException(
          Reason.CORRUPT, "The file's zip structure is damaged and cannot be read", e);
    }
  }

  /** Why no reader here can decode an entry's data (encrypted, another method); null if one can. */
  private static ExtractionException unreadable(ZipLayout.Entry e) {
    if ((e.flags & 1) != 0 || (e.flags & 0x40) != 0 || (e.flags & 0x2000) != 0 || e.method == 99) {
      return new ExtractionException(
          Reason.ENCRYPTED,
          "The zip entry '" + e.name + "' is encrypted (password-protected), so it cannot be"
              + " inspected");
    }
    if (e.method != 0 && e.method != 8) {
      return new ExtractionException(
          Reason.UNSUPPORTED,
          "The zip entry '" + e.name + "' is compressed with " + methodName(e.method)
              + ", which foilint cannot read (only stored and deflated entries are supported)");
    }
    return null;
  }

  static String methodName(int method) {
    String name = METHODS.get(method);
    return name == null ? "an unknown method (id " + method + ")" : name + " (method " + method + ")";
  }

  private static void ratio(ZipLayout.Entry e, long size, Limits limits) throws ExtractionException {
    long compressed = Math.max(1, e.compressedSize);
    if (size > Limits.RATIO_FLOOR_BYTES && (double) size / compressed > limits.maxInflationRatio()) {
      throw new ExtractionException(
          Reason.LIMIT_EXCEEDED,
          String.format(
              Locale.ROOT,
              "Entry '%s' inflates %,d bytes to %,d%s (ratio %.0f:1): a zip bomb or a"
                  + " deliberately inflated file",
              e.name, e.compressedSize, size, size == e.size ? "" : " or more",
              (double) size / compressed));
    }
  }

  private static ExtractionException overTotal(Limits limits) {
    return new ExtractionException(
        Reason.LIMIT_EXCEEDED,
        String.format(
            Locale.ROOT,
            "The zip container inflates to more than %,d bytes", limits.maxInflatedBytes()));
  }

  /** Inflates one entry through a CRC32 and a counter; returns its real size. */
  private static long inflate(
      FileChannel ch, ZipLayout.Entry e, Limits limits, long before, byte[] in, byte[] out)
      throws IOException, ExtractionException {
    CRC32 crc = new CRC32();
    long count = 0;
    long pos = e.dataStart;
    long end = e.dataEnd;
    if (e.method == 0) {
      while (pos < end) {
        int n = readAt(ch, pos, in, (int) Math.min(in.length, end - pos));
        crc.update(in, 0, n);
        pos += n;
        count += n;
      }
    } else {
      Inflater inflater = new Inflater(true);
      try {
        boolean dummy = false;
        while (!inflater.finished()) {
          if (inflater.needsInput()) {
            if (pos < end) {
              int n = readAt(ch, pos, in, (int) Math.min(in.length, end - pos));
              pos += n;
              inflater.setInput(in, 0, n);
            } else if (!dummy) {
              dummy = true; // zlib may want one byte past raw deflate data to finish
              inflater.setInput(new byte[1], 0, 1);
            } else {
              throw ZipLayout.corrupt("The zip entry '" + e.name + "' is cut short: its"
                  + " compressed data ends before the deflate stream does");
            }
          }
          int n = inflater.inflate(out);
          if (n == 0 && inflater.needsDictionary()) {
            throw ZipLayout.corrupt("The zip entry '" + e.name + "' is damaged (deflate data asks"
                + " for a preset dictionary)");
          }
          crc.update(out, 0, n);
          count += n;
          if (count > e.size) {
            ratio(e, count, limits);
            if (before + count > limits.maxInflatedBytes()) {
              throw overTotal(limits);
            }
          }
        }
        long unused = (dummy ? 0 : inflater.getRemaining()) + (end - pos);
        if (unused > 0) {
          throw ZipLayout.corrupt(String.format(Locale.ROOT,
              "The zip entry '%s' holds %,d bytes after the end of its compressed data that no"
                  + " reader inflates", e.name, unused));
        }
      } catch (DataFormatException bad) {
        throw ZipLayout.corrupt("The zip entry '" + e.name + "' is damaged: its compressed data"
            + " cannot be inflated");
      } finally {
        inflater.end();
      }
    }
    if (count != e.size) {
      throw ZipLayout.corrupt(String.format(Locale.ROOT,
          "The zip entry '%s' declares %,d bytes but holds %,d: its sizes were altered or it is"
              + " damaged", e.name, e.size, count));
    }
    if (crc.getValue() != e.crc) {
      throw ZipLayout.corrupt(String.format(Locale.ROOT,
          "The zip entry '%s' fails its CRC check (recorded %08x, computed %08x): the data is"
              + " damaged or was altered after the file was written", e.name, e.crc, crc.getValue()));
    }
    return count;
  }

  private static int readAt(FileChannel ch, long pos, byte[] buf, int length) throws IOException {
    ByteBuffer b = ByteBuffer.wrap(buf, 0, length);
    while (b.hasRemaining()) {
      if (ch.read(b, pos + b.position()) < 0) {
        throw new EOFException("zip entry runs past the end of the file");
      }
    }
    return length;
  }
}
