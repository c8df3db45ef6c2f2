package io.foilint.detect.structure;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One value reduced to a 64-bit key, so a cache's value and the same value in a cell compare
 * equal although the two are written differently: case and surrounding spaces are ignored,
 * numbers are compared to 12 significant digits ({@code 1.0} = {@code 1},
 * {@code 3.1019999999999999} = {@code 3.102}), and an ISO date as a pivot cache writes it
 * ({@code 2024-11-01T00:00:00}) equals the Excel serial number a cell holds ({@code 45597}).
 */
final class ValueKey {

  private static final MathContext DIGITS = new MathContext(12);
  private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?)?");
  private static final LocalDateTime EXCEL_EPOCH = LocalDate.of(1899, 12, 30).atStartOfDay();

  private ValueKey() {}

  /** The key of a value; 0 for a blank value, which is never compared. */
  static long of(String raw) {
    if (raw == null) {
      return 0;
    }
    int from = 0;
    int to = raw.length();
    while (from < to && Character.isWhitespace(raw.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(raw.charAt(to - 1))) {
      to--;
    }
    if (from == to) {
      return 0;
    }
    char first = raw.charAt(from);
    if (first == '-' || first == '+' || first == '.' || (first >= '0' && first <= '9')) {
      String v = raw.substring(from, to);
      return isPlainInteger(v) ? hash("n" + v) : hash(normalise(v));
    }
    // text: hashed as "t" + its lower case, without building that string (the common case)
    long h = step(OFFSET, 't');
    for (int i = from; i < to; i++) {
      h = step(h, Character.toLowerCase(raw.charAt(i)));
    }
    return finish(h);
  }

  /** {@code 0} or digits without a leading zero, short enough to be exact: already canonical. */
  private static boolean isPlainInteger(String v) {
    if (v.length() > 12 || (v.length() > 1 && v.charAt(0) == '0')) {
      return false;
    }
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** A value starting like a number: its canonical number, date serial or lower-case text. */
  static String normalise(String v) {
    if (v.length() <= 40 && NUMBER.matcher(v).matches()) {
      try {
        return "n" + new BigDecimal(v).round(DIGITS).stripTrailingZeros().toPlainString();
      } catch (NumberFormatException | ArithmeticException e) {
        return "t" + v;
      }
    }
    if (v.length() <= 29 && ISO_DATE.matcher(v).matches()) {
      try {
        LocalDateTime t = v.length() == 10 ? LocalDate.parse(v).atStartOfDay() : LocalDateTime.parse(v);
        double days = ChronoUnit.SECONDS.between(EXCEL_EPOCH, t) / 86_400.0;
        return normalise(Double.toString(days));
      } catch (DateTimeParseException e) {
        return "t" + v.toLowerCase(Locale.ROOT);
      }
    }
    return "t" + v.toLowerCase(Locale.ROOT);
  }

  private static final long OFFSET = 0xcbf29ce484222325L;

  /** 64-bit FNV-1a over the characters, then a final mix; never 0. */
  private static long hash(String s) {
    long h = OFFSET;
    for (int i = 0; i < s.length(); i++) {
      h = step(h, s.charAt(i));
    }
    return finish(h);
  }

  private static long step(long h, char c) {
    return (h ^ c) * 0x100000001b3L;
  }

  private static long finish(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return h == 0 ? 1 : h;
  }
}
