package io.foilint.source;

import io.foilint.extract.ExtractionException;
import io.foilint.extract.ExtractionException.Reason;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A zip file's layout as two kinds of reader see it: the central directory (what Excel, POI,
 * Java's {@code ZipFile} and commons-compress list) and the chain of local headers from the start
 * of the file (what a streaming reader such as Java's {@code ZipInputStream} walks). Every byte of
 * the file must belong to a local entry, the central directory, the zip64 end records, the end
 * record or its comment; anything else, and any disagreement between the two views, is refused.
 */
final class ZipLayout {

  static final int LOCAL_SIG = 0x04034b50;
  static final int CENTRAL_SIG = 0x02014b50;
  static final int END_SIG = 0x06054b50;
  static final int ZIP64_END_SIG = 0x06064b50;
  static final int ZIP64_LOCATOR_SIG = 0x07064b50;
  static final int DESCRIPTOR_SIG = 0x08074b50;

  private static final int END_SIZE = 22;
  private static final int MAX_COMMENT = 0xFFFF;
  private static final long U32 = 0xFFFFFFFFL;

  /** One entry as the central directory records it, with where its data lies. */
  static final class Entry {
    final int index;
    final byte[] rawName;
    final String name;
    final int flags;
    final int method;
    final long crc;
    long compressedSize;
    long size;
    long localOffset;
    long dataStart;
    long dataEnd;

    Entry(int index, byte[] rawName, String name, int flags, int method, long crc) {
      this.index = index;
      this.rawName = rawName;
      this.name = name;
      this.flags = flags;
      this.method = method;
      this.crc = crc;
    }

    boolean isDirectory() {
      return name.endsWith("/");
    }
  }

  private final FileChannel ch;
  private final long fileSize;
  private final int maxEntries;
  final List<Entry> entries = new ArrayList<>();

  private ZipLayout(FileChannel ch, long fileSize, int maxEntries) {
    this.ch = ch;
    this.fileSize = fileSize;
    this.maxEntries = maxEntries;
  }

  /** Reads both views of the zip and checks that they agree byte for byte. */
  static ZipLayout read(FileChannel ch, int maxEntries) throws IOException, ExtractionException {
    ZipLayout layout = new ZipLayout(ch, ch.size(), maxEntries);
    layout.parse();
    return layout;
  }

  private void parse() throws IOException, ExtractionException {
    if (fileSize < END_SIZE) {
      throw corrupt("The file is too short to be a zip container (" + fileSize + " bytes)");
    }
    long end = findEnd();
    ByteBuffer e = read(end, END_SIZE);
    int disk = u16(e, 4);
    int cdDisk = u16(e, 6);
    long entriesOnDisk = u16(e, 8);
    long total = u16(e, 10);
    long cdSize = u32(e, 12);
    long cdOffset = u32(e, 16);
    int commentLength = u16(e, 20);
    long structureEnd = end + END_SIZE + commentLength;
    long cdLimit = end;
    if (end >= 20 && sigAt(end - 20) == ZIP64_LOCATOR_SIG) {
      ByteBuffer loc = read(end - 20, 20);
      long z64 = loc.getLong(8);
      if (z64 < 0 || z64 + 56 > end - 20 || sigAt(z64) != ZIP64_END_SIG) {
        throw corrupt("The zip64 end record is missing or damaged");
      }
      ByteBuffer z = read(z64, 56);
      long recordSize = z.getLong(4);
      if (z64 + 12 + recordSize != end - 20) {
        throw corrupt(String.format(Locale.ROOT,
            "The zip64 end record at offset %,d does not end where the locator says", z64));
      }
      disk = (int) u32(z, 16);
      cdDisk = (int) u32(z, 20);
      entriesOnDisk = z.getLong(24);
      total = z.getLong(32);
      cdSize = z.getLong(40);
      cdOffset = z.getLong(48);
      cdLimit = z64;
    }
    if (disk != 0 || cdDisk != 0 || entriesOnDisk != total) {
      throw new ExtractionException(Reason.UNSUPPORTED,
          "The file is one part of a split (multi-volume) zip; the other parts are missing");
    }
    if (structureEnd > fileSize) {
      throw corrupt("The zip's end record claims a comment longer than the rest of the file");
    }
    if (total > maxEntries || total < 0) {
      throw new ExtractionException(Reason.LIMIT_EXCEEDED,
          "The file is a zip container with more than " + maxEntries + " entries");
    }
    if (cdOffset < 0 || cdSize < 0 || cdOffset + cdSize > cdLimit) {
      throw corrupt(String.format(Locale.ROOT,
          "The zip's central directory is damaged: the end record places it at offset %,d"
              + " (%,d bytes), beyond the end record at offset %,d",
          cdOffset, cdSize, cdLimit));
    }
    readCentralDirectory(cdOffset, cdSize, (int) total);
    if (entries.isEmpty() && sigAt(0) == LOCAL_SIG) {
      // The most dangerous case: a damaged or replaced directory must never look like an empty zip.
      describe(0, end, "The zip's central directory lists no entries, but the file starts with"
          + " an entry (" + localNameAt(0) + "): the directory is damaged, or a second, empty end"
          + " record hides the entries; different programs would see different content."
          + String.format(Locale.ROOT, " %,d bytes before the end record are unaccounted for",
              end));
    }
    walkLocalHeaders(cdOffset);
    gap(cdOffset + cdSize, cdLimit, "between the central directory and the end record");
    if (structureEnd < fileSize) {
      gap(structureEnd, fileSize, "after the zip's end record");
    }
  }

  /** The last end record whose comment reaches exactly to the end of the file. */
  private long findEnd() throws IOException, ExtractionException {
    int tailLength = (int) Math.min(fileSize, END_SIZE + MAX_COMMENT);
    long tailStart = fileSize - tailLength;
    ByteBuffer tail = read(tailStart, tailLength);
    long loose = -1;
    for (int i = tailLength - END_SIZE; i >= 0; i--) {
      if (tail.getInt(i) == END_SIG) {
        long at = tailStart + i;
        int comment = u16(tail, i + 20);
        if (at + END_SIZE + comment == fileSize) {
          return at;
        }
        if (loose < 0) {
          loose = at;
        }
      }
    }
    if (loose >= 0) {
      // An end record followed by bytes its comment length does not cover: read it, and report
      // the trailing bytes as unaccounted for.
      return loose;
    }
    throw corrupt("The file has no zip end record: it is damaged or cut short");
  }

  private void readCentralDirectory(long cdOffset, long cdSize, int total)
      throws IOException, ExtractionException {
    long pos = cdOffset;
    long cdEnd = cdOffset + cdSize;
    for (int i = 0; i < total; i++) {
      if (pos + 46 > cdEnd || sigAt(pos) != CENTRAL_SIG) {
        throw corrupt(String.format(Locale.ROOT,
            "The zip's central directory is damaged at offset %,d (entry %d of %d cannot be read);"
                + " its entries cannot be trusted", pos, i + 1, total));
      }
      ByteBuffer h = read(pos, 46);
      int flags = u16(h, 8);
      int method = u16(h, 10);
      long crc = u32(h, 16);
      long csize = u32(h, 20);
      long size = u32(h, 24);
      int nameLength = u16(h, 28);
      int extraLength = u16(h, 30);
      int commentLength = u16(h, 32);
      int startDisk = u16(h, 34);
      long offset = u32(h, 42);
      long next = pos + 46 + nameLength + extraLength + commentLength;
      if (next > cdEnd) {
        throw corrupt(String.format(Locale.ROOT,
            "The zip's central directory is damaged at offset %,d (entry %d of %d runs past its end)",
            pos, i + 1, total));
      }
      byte[] rawName = bytes(pos + 46, nameLength);
      Entry entry = new Entry(i, rawName, decode(rawName, flags), flags, method, crc);
      ByteBuffer extra = read(pos + 46 + nameLength, extraLength);
      long[] z64 = zip64(extra, size == U32, csize == U32, offset == U32);
      entry.size = size == U32 ? z64[0] : size;
      entry.compressedSize = csize == U32 ? z64[1] : csize;
      entry.localOffset = offset == U32 ? z64[2] : offset;
      if (entry.size < 0 || entry.compressedSize < 0 || entry.localOffset < 0
          || (startDisk != 0 && startDisk != 0xFFFF)) {
        throw corrupt("The central directory entry for '" + entry.name + "' is damaged");
      }
      entries.add(entry);
      pos = next;
    }
    if (pos != cdEnd) {
      throw corrupt(String.format(Locale.ROOT,
          "The zip's central directory is damaged: it should hold %d entries in %,d bytes, but"
              + " %,d bytes are left over at offset %,d (%s)",
          total, cdSize, cdEnd - pos, pos,
          pos + 4 <= cdEnd && sigAt(pos) == CENTRAL_SIG
              ? "more entries than the end record counts" : "bytes that are no entry"));
    }
  }

  /** Values the zip64 extra field (id 1) gives for the fields that hold 0xFFFFFFFF. */
  private long[] zip64(ByteBuffer extra, boolean size, boolean csize, boolean offset)
      throws ExtractionException {
    long[] out = {-1, -1, -1};
    if (!size && !csize && !offset) {
      return out;
    }
    int i = 0;
    while (i + 4 <= extra.limit()) {
      int id = u16(extra, i);
      int len = u16(extra, i + 2);
      if (id == 1) {
        int p = i + 4;
        int stop = Math.min(extra.limit(), p + len);
        if (size && p + 8 <= stop) {
          out[0] = extra.getLong(p);
          p += 8;
        }
        if (csize && p + 8 <= stop) {
          out[1] = extra.getLong(p);
          p += 8;
        }
        if (offset && p + 8 <= stop) {
          out[2] = extra.getLong(p);
        }
        return out;
      }
      i += 4 + len;
    }
    return out;
  }

  /** Walks the local headers in file order, as a streaming reader would meet them. */
  private void walkLocalHeaders(long cdOffset) throws IOException, ExtractionException {
    List<Entry> byOffset = new ArrayList<>(entries);
    byOffset.sort(Comparator.comparingLong((Entry x) -> x.localOffset).thenComparingInt(x -> x.index));
    long pos = 0;
    for (Entry entry : byOffset) {
      if (entry.localOffset < pos) {
        throw corrupt(String.format(Locale.ROOT,
            "The zip entries '%s' and another overlap at offset %,d: several directory entries"
                + " share the same bytes (a zip bomb or a forged directory)",
            entry.name, entry.localOffset));
      }
      gap(pos, entry.localOffset, "before the entry '" + entry.name + "'");
      pos = local(entry);
    }
    if (pos > cdOffset) {
      throw corrupt(String.format(Locale.ROOT,
          "The zip's entries run %,d bytes into its central directory", pos - cdOffset));
    }
    gap(pos, cdOffset, "before the central directory");
  }

  /** Checks the local header of {@code e} against its directory entry; returns where it ends. */
  private long local(Entry e) throws IOException, ExtractionException {
    long at = e.localOffset;
    if (at + 30 > fileSize || sigAt(at) != LOCAL_SIG) {
      throw corrupt(String.format(Locale.ROOT,
          "The central directory places entry '%s' at offset %,d, but there is no zip entry"
              + " there: the directory does not match the file", e.name, at));
    }
    ByteBuffer h = read(at, 30);
    int flags = u16(h, 6);
    int method = u16(h, 8);
    long crc = u32(h, 14);
    long csize = u32(h, 18);
    long size = u32(h, 22);
    int nameLength = u16(h, 26);
    int extraLength = u16(h, 28);
    byte[] rawName = bytes(at + 30, nameLength);
    if (!Arrays.equals(rawName, e.rawName)) {
      throw disagree(e, "the entry at offset " + String.format(Locale.ROOT, "%,d", at)
          + " is named '" + decode(rawName, flags) + "' there");
    }
    if (method != e.method) {
      throw disagree(e, "its compression method differs (" + method + " locally, " + e.method
          + " in the directory)");
    }
    if ((flags & 1) != (e.flags & 1)) {
      throw disagree(e, "only one of them marks it as encrypted");
    }
    e.dataStart = at + 30 + nameLength + extraLength;
    e.dataEnd = e.dataStart + e.compressedSize;
    if (e.dataStart > fileSize || e.dataEnd > fileSize) {
      throw new ExtractionException(Reason.TRUNCATED,
          "The zip entry '" + e.name + "' runs past the end of the file: the file is cut short");
    }
    if ((flags & 8) == 0) {
      ByteBuffer extra = read(at + 30 + nameLength, extraLength);
      long[] z64 = zip64(extra, size == U32, csize == U32, false);
      long localSize = size == U32 ? z64[0] : size;
      long localCsize = csize == U32 ? z64[1] : csize;
      if (crc != e.crc || localSize != e.size || localCsize != e.compressedSize) {
        throw disagree(e, String.format(Locale.ROOT,
            "the local header gives %,d bytes (%,d compressed, CRC %08x), the directory %,d (%,d"
                + " compressed, CRC %08x)",
            localSize, localCsize, crc, e.size, e.compressedSize, e.crc));
      }
      return e.dataEnd;
    }
    return descriptor(e);
  }

  /** The data descriptor after an entry whose sizes the local header leaves to it. */
  private long descriptor(Entry e) throws IOException, ExtractionException {
    long p = e.dataEnd;
    if (p + 4 <= fileSize && sigAt(p) == DESCRIPTOR_SIG) {
      p += 4;
    }
    int room = (int) Math.min(20, fileSize - p);
    if (room < 12) {
      throw new ExtractionException(Reason.TRUNCATED,
          "The zip entry '" + e.name + "' is cut short (its data descriptor is missing)");
    }
    ByteBuffer d = read(p, room);
    if (u32(d, 0) != e.crc) {
      throw disagree(e, String.format(Locale.ROOT,
          "its data descriptor gives CRC %08x, the directory %08x", u32(d, 0), e.crc));
    }
    if (u32(d, 4) == e.compressedSize && u32(d, 8) == e.size) {
      return p + 12;
    }
    if (room >= 20 && d.getLong(4) == e.compressedSize && d.getLong(12) == e.size) {
      return p + 20;
    }
    throw disagree(e, "its data descriptor gives sizes different from the directory's");
  }

  /** Bytes no structure accounts for: refused, saying what they look like. */
  private void gap(long from, long to, String where) throws IOException, ExtractionException {
    if (to <= from) {
      return;
    }
    describe(from, to, String.format(Locale.ROOT,
        "The zip holds %,d bytes at offset %,d (%s) that its central directory does not account"
            + " for", to - from, from, where));
  }

  private void describe(long from, long to, String lead) throws IOException, ExtractionException {
    long n = to - from;
    int scan = (int) Math.min(n, 1 << 20);
    ByteBuffer b = read(from, scan);
    long hidden = -1;
    long secondEnd = -1;
    for (int i = 0; i + 4 <= scan; i++) {
      int sig = b.getInt(i);
      if (sig == LOCAL_SIG && hidden < 0) {
        hidden = from + i;
      } else if ((sig == END_SIG || sig == ZIP64_END_SIG) && secondEnd < 0) {
        secondEnd = from + i;
      }
    }
    StringBuilder msg = new StringBuilder(lead);
    if (hidden > from || (hidden == from && !lead.startsWith("The zip's central directory lists"))) {
      msg.append(String.format(Locale.ROOT,
          ", including a zip entry (%s at offset %,d) the directory does not list: a hidden entry"
              + " that streaming readers see and others do not", localNameAt(hidden), hidden));
    }
    if (secondEnd >= 0) {
      msg.append(hidden >= 0 ? ", and" : ", including").append(String.format(Locale.ROOT,
          " a second end-of-central-directory record at offset %,d", secondEnd));
    }
    throw corrupt(msg.toString());
  }

  /** The name in the local header at {@code at}, quoted, for messages. */
  private String localNameAt(long at) throws IOException {
    if (at + 30 > fileSize) {
      return "an unnamed entry";
    }
    ByteBuffer h = read(at, 30);
    int nameLength = Math.min(u16(h, 26), 200);
    if (at + 30 + nameLength > fileSize) {
      return "an unnamed entry";
    }
    return "'" + decode(bytes(at + 30, nameLength), u16(h, 6)) + "'";
  }

  private ExtractionException disagree(Entry e, String what) {
    return corrupt("The zip's central directory and the entry's own header disagree about '"
        + e.name + "': " + what + "; different programs would read different content");
  }

  static ExtractionException corrupt(String message) {
    return new ExtractionException(Reason.CORRUPT, message);
  }

  private int sigAt(long at) throws IOException {
    if (at < 0 || at + 4 > fileSize) {
      return 0;
    }
    return read(at, 4).getInt(0);
  }

  ByteBuffer read(long at, int length) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
    while (b.hasRemaining()) {
      if (ch.read(b, at + b.position()) < 0) {
        break;
      }
    }
    b.flip();
    if (b.limit() < length) {
      throw new java.io.EOFException("zip structure runs past the end of the file");
    }
    return b;
  }

  private byte[] bytes(long at, int length) throws IOException {
    return read(at, length).array();
  }

  private static int u16(ByteBuffer b, int i) {
    return b.getShort(i) & 0xFFFF;
  }

  private static long u32(ByteBuffer b, int i) {
    return b.getInt(i) & U32;
  }

  /** Entry names are UTF-8 when flag 11 says so, else code page 437. */
  static String decode(byte[] raw, int flags) {
    Charset cs = (flags & 0x800) != 0 ? StandardCharsets.UTF_8 : Cp437.CHARSET;
    return new String(raw, cs);
  }

  private static final class Cp437 {
    static final Charset CHARSET = pick();

    private static Charset pick() {
      try {
        return Charset.forName("IBM437");
      } catch (RuntimeException e) {
        return StandardCharsets.ISO_8859_1;
      }
    }
  }
}
