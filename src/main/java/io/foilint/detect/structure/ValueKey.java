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
    String v = raw == null ? "" : raw.strip();
    if (v.isEmpty()) {
      return 0;
    }
    return hash(normalise(v));
  }

  static String normalise(String v) {
    char first = v.charAt(0);
    boolean mayBeNumber = first == '-' || first == '+' || first == '.' || (first >= '0' && first <= '9');
    if (!mayBeNumber) {
      return "t" + v.toLowerCase(Locale.ROOT);
    }
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

  /** 64-bit FNV-1a over the characters, then a final mix; never 0. */
  private static long hash(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return h == 0 ? 1 : h;
  }
}
