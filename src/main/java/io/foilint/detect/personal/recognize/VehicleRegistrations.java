package io.foilint.detect.personal.recognize;

import java.util.regex.Pattern;

/**
 * GB vehicle registration marks. Current format (since September 2001): memory tag of two
 * letters, age identifier, three random letters — the age identifier is 02–29 (March of 2002–2029)
 * or 51–79 (September of 2001–2029). Older prefix (A123 BCD, 1983–2001) and suffix (ABC 123D,
 * 1963–1983) formats are shape-only and weak: many stock and product codes look the same. I and Q
 * are never used; Z only in the random letters.
 */
final class VehicleRegistrations {

  private static final String MEMORY_TAG = "ABCDEFGHJKLMNOPRSTUVWXY";
  private static final String RANDOM = "ABCDEFGHJKLMNOPRSTUVWXYZ";
  private static final Pattern PREFIX = Pattern.compile("[A-HJ-NPR-TV-Y]\\d{1,3}[A-HJ-PR-Y][A-HJ-PR-Z]{2}");
  private static final Pattern SUFFIX = Pattern.compile("[A-HJ-PR-Z]{3}\\d{1,3}[A-HJ-NPR-TV-Y]");

  private VehicleRegistrations() {}

  static double confidence(String value, boolean allowOldFormats) {
    int n = value.length();
    if (n < 5 || n > 9 || !Ascii.letter(value.charAt(0)) || !digitNearStart(value)) {
      return 0;
    }
    String c = Ascii.compactUpper(value, " ");
    if (n - c.length() > 2) {
      return 0;
    }
    if (current(c)) {
      return Match.WEAK;
    }
    if (allowOldFormats && (PREFIX.matcher(c).matches() || SUFFIX.matcher(c).matches())) {
      return Match.VERY_WEAK;
    }
    return 0;
  }

  /** Every format has a digit second (prefix), third (current) or fourth/fifth (suffix). */
  private static boolean digitNearStart(String value) {
    for (int i = 1; i <= 4; i++) {
      if (Ascii.digit(value.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Current-format mark, upper case without spaces. */
  static boolean current(String c) {
    if (c.length() != 7
        || MEMORY_TAG.indexOf(c.charAt(0)) < 0
        || MEMORY_TAG.indexOf(c.charAt(1)) < 0
        || !Ascii.digit(c.charAt(2))
        || !Ascii.digit(c.charAt(3))) {
      return false;
    }
    int age = (c.charAt(2) - '0') * 10 + (c.charAt(3) - '0');
    if (!((age >= 2 && age <= 29) || (age >= 51 && age <= 79))) {
      return false;
    }
    for (int i = 4; i < 7; i++) {
      if (RANDOM.indexOf(c.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }
}
