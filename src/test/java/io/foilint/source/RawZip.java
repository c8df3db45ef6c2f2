package io.foilint.source;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes zip files byte by byte, so tests can build the malformed ones no zip library writes: a
 * local entry the central directory does not list, a damaged directory byte, a second end record,
 * a wrong CRC, an unsupported method id, an encrypted flag, invalid part names.
 */
public final class RawZip {

  /** One entry and the ways it may be made wrong. */
  public static final class Entry {
    final String name;
    final byte[] data;
    boolean deflate = true;
    int methodId = -1;
    int flags = 0x800;
    boolean inDirectory = true;
    boolean descriptor = false;
    long crcDelta = 0;
    long sizeDelta = 0;

    Entry(String name, byte[] data) {
      this.name = name;
      this.data = data;
    }

    /** Stored instead of deflated. */
    public Entry stored() {
      deflate = false;
      return this;
    }

    /** Writes {@code id} as the method (the data stays stored). */
    public Entry method(int id) {
      deflate = false;
      methodId = id;
      return this;
    }

    /** Sets general-purpose flag bits (1 = encrypted). */
    public Entry flag(int bits) {
      flags |= bits;
      return this;
    }

    /** A local entry only: the central directory does not list it. */
    public Entry hidden() {
      inDirectory = false;
      return this;
    }

    /** Sizes and CRC in a data descriptor after the data. */
    public Entry withDescriptor() {
      descriptor = true;
      return this;
    }

    /** Records a CRC that does not match the data (in both headers). */
    public Entry wrongCrc() {
      crcDelta = 1;
      return this;
    }

    /** Records an inflated size {@code delta} bytes off (in both headers). */
    public Entry wrongSize(long delta) {
      sizeDelta = delta;
      return this;
    }
  }

  private final List<Entry> entries = new ArrayList<>();
  private int extraEndRecords = 0;
  private byte[] trailing = new byte[0];

  public Entry add(String name, String text) {
    return add(name, text.getBytes(StandardCharsets.UTF_8));
  }

  public Entry add(String name, byte[] data) {
    Entry e = new Entry(name, data);
    entries.add(e);
    return e;
  }

  /** Appends an empty end-of-central-directory record after the real one. */
  public RawZip secondEmptyEnd() {
    extraEndRecords++;
    return this;
  }

  public RawZip trailing(byte[] bytes) {
    trailing = bytes;
    return this;
  }

  public byte[] bytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream cd = new ByteArrayOutputStream();
    int listed = 0;
    for (Entry e : entries) {
      byte[] name = e.name.getBytes(StandardCharsets.UTF_8);
      byte[] body = e.deflate ? deflate(e.data) : e.data;
      CRC32 crc = new CRC32();
      crc.update(e.data);
      long crcValue = (crc.getValue() + e.crcDelta) & 0xFFFFFFFFL;
      long size = e.data.length + e.sizeDelta;
      int method = e.methodId >= 0 ? e.methodId : e.deflate ? 8 : 0;
      int flags = e.flags | (e.descriptor ? 8 : 0);
      int offset = out.size();
      u32(out, ZipLayout.LOCAL_SIG);
      u16(out, 20);
      u16(out, flags);
      u16(out, method);
      u16(out, 0);
      u16(out, 0x21);
      u32(out, e.descriptor ? 0 : crcValue);
      u32(out, e.descriptor ? 0 : body.length);
      u32(out, e.descriptor ? 0 : size);
      u16(out, name.length);
      u16(out, 0);
      out.writeBytes(name);
      out.writeBytes(body);
      if (e.descriptor) {
        u32(out, ZipLayout.DESCRIPTOR_SIG);
        u32(out, crcValue);
        u32(out, body.length);
        u32(out, size);
      }
      if (!e.inDirectory) {
        continue;
      }
      listed++;
      u32(cd, ZipLayout.CENTRAL_SIG);
      u16(cd, 20);
      u16(cd, 20);
      u16(cd, flags);
      u16(cd, method);
      u16(cd, 0);
      u16(cd, 0x21);
      u32(cd, crcValue);
      u32(cd, body.length);
      u32(cd, size);
      u16(cd, name.length);
      u16(cd, 0);
      u16(cd, 0);
      u16(cd, 0);
      u16(cd, 0);
      u32(cd, 0);
      u32(cd, offset);
      cd.writeBytes(name);
    }
    int cdOffset = out.size();
    out.writeBytes(cd.toByteArray());
    end(out, listed, cd.size(), cdOffset);
    for (int i = 0; i < extraEndRecords; i++) {
      end(out, 0, 0, 0);
    }
    out.writeBytes(trailing);
    return out.toByteArray();
  }

  /** Offset of the central directory in {@code zip} (read from its last end record). */
  public static int centralDirectoryOffset(byte[] zip) {
    int at = zip.length - 22;
    return (zip[at + 16] & 0xFF) | (zip[at + 17] & 0xFF) << 8 | (zip[at + 18] & 0xFF) << 16
        | (zip[at + 19] & 0xFF) << 24;
  }

  private static void end(ByteArrayOutputStream out, int count, int size, int offset) {
    u32(out, ZipLayout.END_SIG);
    u16(out, 0);
    u16(out, 0);
    u16(out, count);
    u16(out, count);
    u32(out, size);
    u32(out, offset);
    u16(out, 0);
  }

  static byte[] deflate(byte[] data) {
    Deflater d = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
    d.setInput(data);
    d.finish();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[8192];
    while (!d.finished()) {
      out.write(buf, 0, d.deflate(buf));
    }
    d.end();
    return out.toByteArray();
  }

  private static void u16(ByteArrayOutputStream out, int v) {
    out.write(v & 0xFF);
    out.write((v >>> 8) & 0xFF);
  }

  private static void u32(ByteArrayOutputStream out, long v) {
    for (int i = 0; i < 4; i++) {
      out.write((int) (v >>> (8 * i)) & 0xFF);
    }
  }
}
