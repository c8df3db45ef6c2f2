package io.foilint.detect.personal.recognize;

/**
 * NHS numbers (and Scottish CHI and Northern Ireland H&amp;C numbers, which share the check): ten
 * digits, written run together or 3-3-4 with spaces or dashes. The tenth digit is a mod-11 check:
 * weights 10 down to 2 on the first nine digits, check = 11 − (sum mod 11), 11 means 0 and 10
 * means the number was never issued.
 */
final class NhsNumbers {

  private NhsNumbers() {}

  static double confidence(String value) {
    int n = value.length();
    if ((n != 10 && n != 12) || !Ascii.groupedDigits(value, " -", 3, 3, 4)) {
      return 0;
    }
    String digits = n == 10 ? value : Ascii.digitsOf(value);
    return validCheckDigit(digits) && !Ascii.allSame(digits) ? Match.CHECKSUM : 0;
  }

  /** True when ten digits carry a valid mod-11 check digit. */
  static boolean validCheckDigit(String tenDigits) {
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (tenDigits.charAt(i) - '0') * (10 - i);
    }
    int check = 11 - (sum % 11);
    if (check == 11) {
      check = 0;
    }
    return check != 10 && check == tenDigits.charAt(9) - '0';
  }
}
