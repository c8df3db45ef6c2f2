package io.foilint.detect.personal.recognize;

/**
 * UK National Insurance numbers: two prefix letters, six digits, a suffix letter A–D (a space or
 * nothing in some electronic returns). Prefix rules from HMRC's National Insurance Manual NIM39110:
 * D, F, I, Q, U, V are never used; O is never the second letter; BG, GB, KN, NK, NT, TN and ZZ are
 * never allocated (ZZ and TN are administrative and temporary placeholders, not people).
 */
final class NationalInsuranceNumbers {

  private static final String NEVER_USED = "DFIQUV";
  private static final String[] EXCLUDED_PAIRS = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"};

  private NationalInsuranceNumbers() {}

  /** Confidence that the value is an NI number, or 0. */
  static double confidence(String value) {
    int n = value.length();
    if (n < 8 || n > 13 || !Ascii.letter(value.charAt(0)) || !Ascii.letter(value.charAt(1))) {
      return 0;
    }
    char[] c = new char[9];
    int len = 0;
    for (int i = 0; i < n; i++) {
      char ch = value.charAt(i);
      if (ch == ' ') {
        continue;
      }
      if (len == 9) {
        return 0;
      }
      c[len++] = Ascii.upper(ch);
    }
    if (len < 8) {
      return 0;
    }
    if (!validPrefix(c[0], c[1])) {
      return 0;
    }
    for (int i = 2; i < 8; i++) {
      if (!Ascii.digit(c[i])) {
        return 0;
      }
    }
    if (len == 9) {
      return c[8] >= 'A' && c[8] <= 'D' ? Match.RULES : 0;
    }
    return Match.SHAPE;
  }

  static boolean validPrefix(char first, char second) {
    if (first < 'A' || first > 'Z' || second < 'A' || second > 'Z') {
      return false;
    }
    if (NEVER_USED.indexOf(first) >= 0 || NEVER_USED.indexOf(second) >= 0 || second == 'O') {
      return false;
    }
    for (String pair : EXCLUDED_PAIRS) {
      if (pair.charAt(0) == first && pair.charAt(1) == second) {
        return false;
      }
    }
    return true;
  }
}
