package io.foilint.extract;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Document property values as an officer reads them, the same on every run and machine. A
 * property value is not always a string: OLE property sets (xls) and {@code custom.xml} (xlsx,
 * xlsb) also hold numbers, dates and binary blobs. Java's own {@code toString} prints a byte array
 * as {@code [B@18a3f2}, a different hash on every run, and a date in the machine's time zone, so
 * every reader renders its values here.
 *
 * <p>One blob is decoded: {@code _PID_HLINKS}, Office's list of the document's hyperlinks (a
 * VtHyperlinks structure, [MS-OSHARED] 2.3.3.1.21: a count, then per link four 32-bit integers
 * and two strings — the link target and the place inside it). Its targets are {@code mailto:}
 * addresses and paths on servers and home drives, so they are the value judged. Any other blob
 * is "binary value (N bytes)".
 */
public final class PropertyValues {

  /** Office's hyperlink list, a custom property Word and Excel write. */
  public static final String HYPERLINKS = "_PID_HLINKS";

  private static final int VT_I4 = 0x0003;
  private static final int VT_LPWSTR = 0x001F;
  /** Links listed before "and N more"; the rest are counted. */
  private static final int MAX_LINKS = 20;
  /** Characters of one link string read at most (a path is never longer in Office). */
  private static final int MAX_CHARS = 2048;

  private PropertyValues() {}

  /**
   * A property value as text: strings as they are, numbers and booleans as written, dates as
   * ISO-8601 in UTC, byte arrays as {@link #blob}; anything else by its kind, never by a hash.
   */
  public static String render(String propertyName, Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof CharSequence || value instanceof Number || value instanceof Boolean) {
      return value.toString();
    }
    if (value instanceof Date date) {
      return date.toInstant().toString();
    }
    if (value instanceof Calendar calendar) {
      return calendar.toInstant().toString();
    }
    if (value instanceof byte[] bytes) {
      return blob(propertyName, bytes);
    }
    return "a value foilint cannot show (" + value.getClass().getSimpleName() + ")";
  }

  /**
   * A binary property value: the hyperlinks of {@code _PID_HLINKS}, else "binary value (N
   * bytes)". The bytes may start with the blob's own 32-bit length (as POI returns an OLE
   * VT_BLOB) or not (as {@code custom.xml}'s {@code vt:blob} holds it).
   */
  public static String blob(String propertyName, byte[] bytes) {
    byte[] payload = withoutLengthPrefix(bytes);
    if (HYPERLINKS.equals(propertyName)) {
      List<String> links = hyperlinks(payload);
      if (!links.isEmpty()) {
        int listed = Math.min(links.size(), MAX_LINKS);
        String shown = String.join("; ", links.subList(0, listed));
        int more = links.size() - listed;
        return "hyperlinks: " + shown + (more > 0 ? " and " + more + " more" : "");
      }
    }
    return "binary value (" + payload.length + " bytes)";
  }

  /** The distinct link targets (with "#place" where a link names one), in file order. */
  static List<String> hyperlinks(byte[] payload) {
    Set<String> links = new LinkedHashSet<>();
    ByteBuffer in = ByteBuffer.wrap(payload).order(ByteOrder.LITTLE_ENDIAN);
    if (in.remaining() < 4) {
      return List.of();
    }
    long elements = Integer.toUnsignedLong(in.getInt());
    // six typed values per link; a count the bytes cannot hold means this is not a link list
    if (elements % 6 != 0 || elements / 6 * 48 > in.remaining()) {
      return List.of();
    }
    for (long link = 0; link < elements / 6; link++) {
      for (int i = 0; i < 4; i++) {
        if (in.remaining() < 8 || (in.getInt() & 0xFFFF) != VT_I4) {
          return List.copyOf(links);
        }
        in.getInt();
      }
      String target = lpwstr(in);
      String place = lpwstr(in);
      if (target == null || place == null) {
        return List.copyOf(links);
      }
      String shown = place.isEmpty() ? target : target.isEmpty() ? "#" + place : target + "#" + place;
      if (!shown.isBlank()) {
        links.add(shown.strip());
      }
    }
    return new ArrayList<>(links);
  }

  /** A typed VT_LPWSTR: type, character count (with the closing NUL), UTF-16LE, padded to 4. */
  private static String lpwstr(ByteBuffer in) {
    if (in.remaining() < 8 || (in.getInt() & 0xFFFF) != VT_LPWSTR) {
      return null;
    }
    long chars = Integer.toUnsignedLong(in.getInt());
    long bytes = chars * 2;
    long padded = (bytes + 3) & ~3L;
    if (chars > MAX_CHARS || padded > in.remaining()) {
      return null;
    }
    byte[] text = new byte[(int) bytes];
    in.get(text);
    in.position(in.position() + (int) (padded - bytes));
    String s = new String(text, StandardCharsets.UTF_16LE);
    int nul = s.indexOf('\0');
    return nul >= 0 ? s.substring(0, nul) : s;
  }

  private static byte[] withoutLengthPrefix(byte[] bytes) {
    if (bytes.length >= 4) {
      long declared = Integer.toUnsignedLong(ByteBuffer.wrap(bytes, 0, 4)
          .order(ByteOrder.LITTLE_ENDIAN).getInt());
      if (declared == bytes.length - 4L) {
        byte[] rest = new byte[bytes.length - 4];
        System.arraycopy(bytes, 4, rest, 0, rest.length);
        return rest;
      }
    }
    return bytes;
  }
}
