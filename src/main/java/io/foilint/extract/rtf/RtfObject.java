package io.foilint.extract.rtf;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.poi.poifs.filesystem.Ole10Native;

/**
 * An RTF {@code \objdata} payload unwrapped: the OLE 1.0 object header ([MS-OLEDS] 2.2.4:
 * version, format, class name, topic, item, native data size) is taken off so the engine sniffs
 * what the object really is — an OLE2 storage (an embedded workbook, document or PDF), or, for
 * the Packager's {@code Package} class, the file it wraps. Bytes that do not parse as an OLE 1.0
 * object are handed on as they are: the engine then reports what it cannot read.
 *
 * @param className the OLE class (e.g. {@code Excel.Sheet.12}); empty when unknown
 * @param data what to scan
 */
record RtfObject(String className, byte[] data) {

  private static final int EMBEDDED = 2;
  private static final int MAX_STRING = 4096;

  static RtfObject unwrap(byte[] raw) {
    try {
      ByteBuffer b = ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN);
      b.getInt(); // OLEVersion
      int format = b.getInt();
      String className = lengthPrefixed(b);
      lengthPrefixed(b); // topic
      lengthPrefixed(b); // item
      if (format != EMBEDDED) {
        return new RtfObject(className, raw);
      }
      int nativeStart = b.position();
      int size = b.getInt();
      if (size < 0 || size > b.remaining()) {
        return new RtfObject(className, raw);
      }
      if (className.equalsIgnoreCase("Package")) {
        try {
          Ole10Native pkg = new Ole10Native(raw, nativeStart);
          return new RtfObject(className, pkg.getDataBuffer());
        } catch (Exception | LinkageError e) {
          // not the Packager's layout after all: hand on the native data itself
        }
      }
      int start = b.position();
      return new RtfObject(className, Arrays.copyOfRange(raw, start, start + size));
    } catch (RuntimeException e) {
      return new RtfObject("", raw);
    }
  }

  private static String lengthPrefixed(ByteBuffer b) {
    int n = b.getInt();
    if (n < 0 || n > MAX_STRING || n > b.remaining()) {
      throw new IllegalArgumentException("not an OLE 1.0 string");
    }
    byte[] s = new byte[n];
    b.get(s);
    int end = n;
    while (end > 0 && s[end - 1] == 0) {
      end--;
    }
    return new String(s, 0, end, StandardCharsets.ISO_8859_1);
  }
}
