package io.foilint.extract.xlsb;

import io.foilint.extract.ExtractionException;
import io.foilint.extract.ExtractionException.Reason;
import java.nio.charset.StandardCharsets;

/**
 * One record's payload with a read cursor. Every read is bounds-checked: a field that runs past
 * the end of its record means the part is damaged, reported as {@link Reason#CORRUPT}.
 */
final class XlsbRecord {

  private final int type;
  private final byte[] data;
  private final String partName;
  private int pos;

  XlsbRecord(int type, byte[] data, String partName) {
    this.type = type;
    this.data = data;
    this.partName = partName;
  }

  int type() {
    return type;
  }

  int length() {
    return data.length;
  }

  int position() {
    return pos;
  }

  int remaining() {
    return data.length - pos;
  }

  XlsbRecord seek(int offset) throws ExtractionException {
    if (offset < 0 || offset > data.length) {
      throw corrupt();
    }
    pos = offset;
    return this;
  }

  XlsbRecord skip(int bytes) throws ExtractionException {
    return seek(pos + bytes);
  }

  int u8() throws ExtractionException {
    need(1);
    return data[pos++] & 0xFF;
  }

  int u16() throws ExtractionException {
    need(2);
    int v = (data[pos] & 0xFF) | (data[pos + 1] & 0xFF) << 8;
    pos += 2;
    return v;
  }

  int i16() throws ExtractionException {
    return (short) u16();
  }

  int u24() throws ExtractionException {
    need(3);
    int v = (data[pos] & 0xFF) | (data[pos + 1] & 0xFF) << 8 | (data[pos + 2] & 0xFF) << 16;
    pos += 3;
    return v;
  }

  /** A 32-bit field read as a signed int (row and column numbers fit). */
  int i32() throws ExtractionException {
    need(4);
    int v =
        (data[pos] & 0xFF)
            | (data[pos + 1] & 0xFF) << 8
            | (data[pos + 2] & 0xFF) << 16
            | (data[pos + 3] & 0xFF) << 24;
    pos += 4;
    return v;
  }

  long u32() throws ExtractionException {
    return i32() & 0xFFFFFFFFL;
  }

  double f64() throws ExtractionException {
    need(8);
    long bits = 0;
    for (int i = 7; i >= 0; i--) {
      bits = bits << 8 | (data[pos + i] & 0xFF);
    }
    pos += 8;
    return Double.longBitsToDouble(bits);
  }

  /** XLWideString: a 32-bit character count then UTF-16LE characters. */
  String wideString() throws ExtractionException {
    long chars = u32();
    if (chars > remaining() / 2) {
      throw corrupt();
    }
    int bytes = (int) chars * 2;
    String s = new String(data, pos, bytes, StandardCharsets.UTF_16LE);
    pos += bytes;
    return s;
  }

  /** XLNullableWideString: as {@link #wideString()}, with 0xFFFFFFFF meaning "no string". */
  String nullableWideString() throws ExtractionException {
    need(4);
    if (data[pos] == (byte) 0xFF
        && data[pos + 1] == (byte) 0xFF
        && data[pos + 2] == (byte) 0xFF
        && data[pos + 3] == (byte) 0xFF) {
      pos += 4;
      return "";
    }
    return wideString();
  }

  /** RichStr: a flags byte then the plain text; formatting runs and phonetics are not needed. */
  String richString() throws ExtractionException {
    u8();
    return wideString();
  }

  byte[] bytes(int count) throws ExtractionException {
    need(count);
    byte[] out = new byte[count];
    System.arraycopy(data, pos, out, 0, count);
    pos += count;
    return out;
  }

  private void need(int bytes) throws ExtractionException {
    if (bytes < 0 || pos + bytes > data.length) {
      throw corrupt();
    }
  }

  private ExtractionException corrupt() {
    return new ExtractionException(
        Reason.CORRUPT,
        "A record in " + partName + " (type " + type + ") is shorter than its contents require:"
            + " the part is damaged.");
  }
}
