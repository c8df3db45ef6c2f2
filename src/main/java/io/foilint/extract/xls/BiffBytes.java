package io.foilint.extract.xls;

import java.nio.charset.StandardCharsets;

/**
 * Bounds-checked little-endian reads over the body of one BIFF record, for the records POI does
 * not model with accessors (pivot-cache records, SXVIEW, XCT, BoundSheet type byte). Every read
 * past the end throws {@link IllegalArgumentException}, which callers turn into "could not decode".
 */
final class BiffBytes {

  private final byte[] data;
  private int pos;

  BiffBytes(byte[] data, int offset) {
    this.data = data;
    this.pos = offset;
  }

  /** The body of a serialised POI record (its 4-byte sid/length header skipped). */
  static BiffBytes body(org.apache.poi.hssf.record.Record record) {
    return new BiffBytes(record.serialize(), 4);
  }

  int position() {
    return pos;
  }

  int remaining() {
    return data.length - pos;
  }

  void skip(int n) {
    need(n);
    pos += n;
  }

  int u8() {
    need(1);
    return data[pos++] & 0xFF;
  }

  int u16() {
    need(2);
    int v = (data[pos] & 0xFF) | (data[pos + 1] & 0xFF) << 8;
    pos += 2;
    return v;
  }

  long u32() {
    need(4);
    long v = (data[pos] & 0xFFL)
        | (data[pos + 1] & 0xFFL) << 8
        | (data[pos + 2] & 0xFFL) << 16
        | (data[pos + 3] & 0xFFL) << 24;
    pos += 4;
    return v;
  }

  double f64() {
    need(8);
    long bits = 0;
    for (int i = 7; i >= 0; i--) {
      bits = bits << 8 | (data[pos + i] & 0xFF);
    }
    pos += 8;
    return Double.longBitsToDouble(bits);
  }

  /** XLUnicodeString: 16-bit character count, a flags byte (bit 0: two bytes per char), chars. */
  String unicodeString() {
    int cch = u16();
    return unicodeStringNoCch(cch);
  }

  /** XLUnicodeStringNoCch: the flags byte and {@code cch} characters. */
  String unicodeStringNoCch(int cch) {
    int flags = u8();
    if ((flags & 1) != 0) {
      need(cch * 2);
      String s = new String(data, pos, cch * 2, StandardCharsets.UTF_16LE);
      pos += cch * 2;
      return s;
    }
    need(cch);
    String s = new String(data, pos, cch, StandardCharsets.ISO_8859_1);
    pos += cch;
    return s;
  }

  private void need(int n) {
    if (n < 0 || pos + n > data.length) {
      throw new IllegalArgumentException("record too short");
    }
  }
}
