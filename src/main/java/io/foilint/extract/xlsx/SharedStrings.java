package io.foilint.extract.xlsx;

import io.foilint.extract.ExtractionException;
import io.foilint.extract.ExtractionException.Reason;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import org.xml.sax.Attributes;
import org.xml.sax.ext.DefaultHandler2;

/**
 * The shared string table, stored compactly: all strings as UTF-8 in one byte buffer plus an
 * offset per string (about a third of the heap {@code String} objects would take). Once the text
 * passes {@link #SPILL_BYTES} it moves to a temporary file (deleted on {@link #close()}), so a
 * workbook with hundreds of megabytes of distinct text still reads in a small heap; only the
 * offsets (4 bytes a string) stay in memory.
 */
final class SharedStrings implements Closeable {

  static final SharedStrings EMPTY = new SharedStrings();

  /** Text kept in memory before spilling to a temporary file. */
  static final int SPILL_BYTES = 32 * 1024 * 1024;

  /** Offsets cost 4 bytes each in memory; beyond this the table is refused as a limit. */
  static final int MAX_STRINGS = 16_000_000;

  private int[] offsets = new int[1024];
  private int count;
  private byte[] memory = new byte[8192];
  private int size;
  private Path spillFile;
  private OutputStream spillOut;
  private FileChannel spillChannel;

  /** Strings at least this long are kept in the one-entry cache instead of the small-string cache. */
  private static final int LARGE = 4096;

  private final long resolveBudget;
  private long resolvedBytes;
  private final String[] smallCache = new String[1024];
  private final int[] smallCacheIndex = new int[1024];
  private int largeCacheIndex = -1;
  private String largeCache;

  private SharedStrings() {
    this(Long.MAX_VALUE);
  }

  private SharedStrings(long resolveBudget) {
    this.resolveBudget = resolveBudget;
    Arrays.fill(smallCacheIndex, -1);
  }

  /**
   * Reads the table.
   *
   * @param resolveBudget most bytes of text that lookups may hand out in total: a small table
   *     referenced by millions of cells (a "shared strings bomb") would otherwise expand far
   *     beyond what the zip guards measure
   */
  static SharedStrings read(InputStream in, String partName, long resolveBudget)
      throws IOException, ExtractionException {
    SharedStrings table = new SharedStrings(resolveBudget);
    try {
      SafeXml.parse(in, table.new Reader(partName), partName);
      table.finishWriting();
      return table;
    } catch (IOException | ExtractionException | RuntimeException e) {
      table.close();
      throw e;
    }
  }

  int size() {
    return count;
  }

  /** The string at {@code index}, or null when the index is outside the table. */
  String get(int index) throws IOException, ExtractionException {
    if (index < 0 || index >= count) {
      return null;
    }
    int start = index == 0 ? 0 : offsets[index - 1];
    int end = offsets[index];
    resolvedBytes += end - start;
    if (resolvedBytes > resolveBudget) {
      throw new ExtractionException(
          Reason.LIMIT_EXCEEDED,
          "The workbook repeats its shared text so often that reading it would exceed the limit of "
              + resolveBudget + " bytes (a possible shared-strings bomb)");
    }
    if (end - start >= LARGE) {
      if (largeCacheIndex != index) {
        largeCache = load(start, end);
        largeCacheIndex = index;
      }
      return largeCache;
    }
    int slot = index & (smallCache.length - 1);
    if (smallCacheIndex[slot] != index) {
      smallCache[slot] = load(start, end);
      smallCacheIndex[slot] = index;
    }
    return smallCache[slot];
  }

  private String load(int start, int end) throws IOException {
    if (spillChannel == null) {
      return new String(memory, start, end - start, StandardCharsets.UTF_8);
    }
    ByteBuffer buf = ByteBuffer.allocate(end - start);
    long pos = start;
    while (buf.hasRemaining()) {
      int n = spillChannel.read(buf, pos);
      if (n < 0) {
        throw new IOException("shared string spill file truncated");
      }
      pos += n;
    }
    return new String(buf.array(), StandardCharsets.UTF_8);
  }

  private void add(String s) throws IOException, ExtractionException {
    if (count >= MAX_STRINGS) {
      throw new ExtractionException(
          Reason.LIMIT_EXCEEDED,
          "The workbook's shared text table holds more than " + MAX_STRINGS + " entries");
    }
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    if ((long) size + bytes.length > Integer.MAX_VALUE - 16) {
      throw new ExtractionException(
          Reason.LIMIT_EXCEEDED, "The workbook's shared text table is larger than 2 GB");
    }
    if (spillOut == null && size + bytes.length > SPILL_BYTES) {
      spillFile = io.foilint.extract.TempFiles.createTempFile("sst-", ".bin");
      spillOut = new BufferedOutputStream(Files.newOutputStream(spillFile), 1 << 16);
      spillOut.write(memory, 0, size);
      memory = null;
    }
    if (spillOut != null) {
      spillOut.write(bytes);
    } else {
      if (size + bytes.length > memory.length) {
        memory = Arrays.copyOf(memory, Math.max(memory.length * 2, size + bytes.length));
      }
      System.arraycopy(bytes, 0, memory, size, bytes.length);
    }
    size += bytes.length;
    if (count == offsets.length) {
      offsets = Arrays.copyOf(offsets, offsets.length * 2);
    }
    offsets[count++] = size;
  }

  private void finishWriting() throws IOException {
    if (spillOut != null) {
      spillOut.close();
      spillOut = null;
      spillChannel = FileChannel.open(spillFile, StandardOpenOption.READ);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      if (spillOut != null) {
        spillOut.close();
      }
      if (spillChannel != null) {
        spillChannel.close();
      }
    } finally {
      if (spillFile != null) {
        Files.deleteIfExists(spillFile);
      }
    }
  }

  /** Collects each {@code <si>}'s text from its {@code <t>} runs, leaving out phonetic runs. */
  private final class Reader extends DefaultHandler2 {
    private final String partName;
    private final StringBuilder text = new StringBuilder();
    private boolean inSi;
    private boolean inT;
    private int phoneticDepth;

    Reader(String partName) {
      this.partName = partName;
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes atts) {
      switch (local) {
        case "si" -> {
          inSi = true;
          text.setLength(0);
        }
        case "rPh" -> phoneticDepth++;
        case "t" -> inT = inSi && phoneticDepth == 0;
        default -> {}
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (inT) {
        text.append(ch, start, length);
      }
    }

    @Override
    public void endElement(String uri, String local, String qName) throws org.xml.sax.SAXException {
      switch (local) {
        case "t" -> inT = false;
        case "rPh" -> phoneticDepth--;
        case "si" -> {
          inSi = false;
          try {
            add(text.toString());
          } catch (ExtractionException e) {
            throw new org.xml.sax.SAXException(e);
          } catch (IOException e) {
            throw new org.xml.sax.SAXException("cannot store shared strings of " + partName, e);
          }
        }
        default -> {}
      }
    }
  }
}
