package io.foilint.detect.personal.recognize;

/** Locale-free ASCII character tests; identifiers are ASCII, so Unicode rules never apply. */
final class Ascii {

  private Ascii() {}

  static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean letter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
  }

  static char upper(char c) {
    return c >= 'a' && c <= 'z' ? (char) (c - 32) : c;
  }

  /** The value's characters upper-cased with every character in {@code drop} left out. */
  static String compactUpper(String value, String drop) {
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (drop.indexOf(c) < 0) {
        out.append(upper(c));
      }
    }
    return out.toString();
  }

  static int countDigits(String value) {
    int n = 0;
    for (int i = 0; i < value.length(); i++) {
      if (digit(value.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  /** The digits of the value, in order, with everything else left out. */
  static String digitsOf(String value) {
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (digit(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  static boolean allSame(String s) {
    for (int i = 1; i < s.length(); i++) {
      if (s.charAt(i) != s.charAt(0)) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when the value is digits in groups of the given sizes, either run together or split by
   * one separator character (the same one throughout) drawn from {@code separators}.
   */
  static boolean groupedDigits(String value, String separators, int... groups) {
    int total = 0;
    for (int g : groups) {
      total += g;
    }
    if (value.length() == total) {
      for (int i = 0; i < total; i++) {
        if (!digit(value.charAt(i))) {
          return false;
        }
      }
      return true;
    }
    if (value.length() != total + groups.length - 1) {
      return false;
    }
    char sep = value.charAt(groups[0]);
    if (separators.indexOf(sep) < 0) {
      return false;
    }
    int pos = 0;
    for (int gi = 0; gi < groups.length; gi++) {
      for (int k = 0; k < groups[gi]; k++, pos++) {
        if (!digit(value.charAt(pos))) {
          return false;
        }
      }
      if (gi < groups.length - 1) {
        if (value.charAt(pos) != sep) {
          return false;
        }
        pos++;
      }
    }
    return true;
  }
}
