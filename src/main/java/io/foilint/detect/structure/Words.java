package io.foilint.detect.structure;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/** Small wording helpers so every message reads the same way ("9,483 rows", "column C"). */
final class Words {

  private Words() {}

  /** {@code 9483} → {@code 9,483}. */
  static String number(long n) {
    return NumberFormat.getIntegerInstance(Locale.UK).format(n);
  }

  /** {@code 1 row}, {@code 9,483 rows}. */
  static String count(long n, String singular) {
    return count(n, singular, singular + "s");
  }

  static String count(long n, String singular, String plural) {
    return number(n) + " " + (n == 1 ? singular : plural);
  }

  /** Sheet names are shown as Excel users see them, in quotes. */
  static String quoted(String name) {
    return "'" + name + "'";
  }

  /** Zero-based column index → spreadsheet letters ({@code 0} → {@code A}, {@code 27} → {@code AB}). */
  static String columnLetters(int index) {
    if (index < 0) {
      return "?";
    }
    StringBuilder sb = new StringBuilder();
    int n = index + 1;
    while (n > 0) {
      int rem = (n - 1) % 26;
      sb.append((char) ('A' + rem));
      n = (n - 1) / 26;
    }
    return sb.reverse().toString();
  }

  /** {@code a, b, c} or {@code a, b, c and 5 more} when {@code total} exceeds what is listed. */
  static String listWithMore(List<String> items, long total) {
    String joined = String.join(", ", items);
    long more = total - items.size();
    return more > 0 ? joined + " and " + number(more) + " more" : joined;
  }

  /** File sizes in the units an officer knows. */
  static String bytes(long n) {
    if (n <= 0) {
      return "";
    }
    if (n < 1024) {
      return count(n, "byte");
    }
    if (n < 1024L * 1024) {
      return number(Math.round(n / 1024.0)) + " KB";
    }
    return String.format(Locale.UK, "%.1f MB", n / (1024.0 * 1024.0));
  }

  /** {@code sheet} → {@code Sheet}. */
  static String capitalised(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
