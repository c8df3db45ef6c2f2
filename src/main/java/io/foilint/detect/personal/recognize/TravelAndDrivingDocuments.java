package io.foilint.detect.personal.recognize;

/**
 * Passport and driving-licence numbers. Both are reported only with header support: nine digits
 * or two letters and seven digits are common reference shapes, and an NI licence is just eight
 * digits.
 */
final class TravelAndDrivingDocuments {

  private TravelAndDrivingDocuments() {}

  /** UK passport: nine digits (older books) or two letters and seven digits. */
  static double passport(String value) {
    int n = value.length();
    if (n != 9) {
      return 0;
    }
    int lettersAtStart = 0;
    while (lettersAtStart < 2 && Ascii.letter(value.charAt(lettersAtStart))) {
      lettersAtStart++;
    }
    if (lettersAtStart == 1) {
      return 0;
    }
    for (int i = lettersAtStart; i < n; i++) {
      if (!Ascii.digit(value.charAt(i))) {
        return 0;
      }
    }
    return Match.SHAPE;
  }

  /**
   * Driving licence. DVLA (Great Britain): 16 characters — surname's first five letters padded
   * with 9s, decade digit of the birth year, birth month (plus 50 for women), birth day, year
   * digit, two initials (9 when there is no second), a computer check character, two check
   * letters. Month and day are checked. DVA (Northern Ireland): eight digits.
   */
  static double drivingLicence(String value) {
    int n = value.length();
    if (n == 8) {
      return Ascii.countDigits(value) == 8 ? Match.SHAPE : 0;
    }
    if (n < 16 || n > 18) {
      return 0;
    }
    String c = Ascii.compactUpper(value, " ");
    return c.length() == 16 && validDvla(c) ? Match.RULES : 0;
  }

  static boolean validDvla(String c) {
    // Surname: letters, then only 9s as padding; the first character is always a letter.
    if (!upperLetter(c.charAt(0))) {
      return false;
    }
    boolean padding = false;
    for (int i = 1; i < 5; i++) {
      char ch = c.charAt(i);
      if (ch == '9') {
        padding = true;
      } else if (!upperLetter(ch) || padding) {
        return false;
      }
    }
    for (int i : new int[] {5, 6, 7, 8, 9, 10}) {
      if (!Ascii.digit(c.charAt(i))) {
        return false;
      }
    }
    int month = (c.charAt(6) - '0') * 10 + (c.charAt(7) - '0');
    int day = (c.charAt(8) - '0') * 10 + (c.charAt(9) - '0');
    boolean monthOk = (month >= 1 && month <= 12) || (month >= 51 && month <= 62);
    if (!monthOk || day < 1 || day > 31) {
      return false;
    }
    char firstInitial = c.charAt(11);
    char secondInitial = c.charAt(12);
    if (!upperLetter(firstInitial) || !(upperLetter(secondInitial) || secondInitial == '9')) {
      return false;
    }
    char computer = c.charAt(13);
    return (upperLetter(computer) || Ascii.digit(computer))
        && upperLetter(c.charAt(14))
        && upperLetter(c.charAt(15));
  }

  private static boolean upperLetter(char c) {
    return c >= 'A' && c <= 'Z';
  }
}
