package io.foilint.detect.personal.recognize;

import org.apache.commons.validator.routines.IBANValidator;
import org.apache.commons.validator.routines.checkdigit.LuhnCheckDigit;

/**
 * Bank and card numbers. IBAN and card numbers carry checksums (mod-97, Luhn) and stand alone;
 * UK sort codes and account numbers are bare digit groups (full checking needs Vocalink's
 * modulus tables), so they are reported only with header support.
 */
final class PaymentNumbers {

  private static final IBANValidator IBAN = IBANValidator.getInstance();

  private PaymentNumbers() {}

  /** IBAN: country letters, two check digits, the country's own length and shape, mod-97. */
  static double iban(String value) {
    int n = value.length();
    if (n < 15
        || n > 42
        || !Ascii.letter(value.charAt(0))
        || !Ascii.letter(value.charAt(1))
        || !Ascii.digit(value.charAt(2))
        || !Ascii.digit(value.charAt(3))) {
      return 0;
    }
    String compact = Ascii.compactUpper(value, " ");
    return IBAN.isValid(compact) ? Match.CHECKSUM : 0;
  }

  /**
   * Card numbers: 12–19 digits, optionally grouped by single spaces or dashes, a first digit used
   * by the card networks (2–6: Mastercard, Amex/Diners/JCB, Visa, Mastercard/Maestro,
   * Discover/UnionPay/Maestro), not one repeated digit, and a valid Luhn check digit.
   */
  static double card(String value) {
    int n = value.length();
    if (n < 12 || n > 23) {
      return 0;
    }
    char first = value.charAt(0);
    if (first < '2' || first > '6') {
      return 0;
    }
    char separator = 0;
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      if (Ascii.digit(c)) {
        continue;
      }
      if ((c != ' ' && c != '-') || (separator != 0 && c != separator)) {
        return 0;
      }
      if (!Ascii.digit(value.charAt(i - 1)) || i == n - 1) {
        return 0;
      }
      separator = c;
    }
    String digits = separator == 0 ? value : Ascii.digitsOf(value);
    if (digits.length() < 12 || digits.length() > 19 || Ascii.allSame(digits)) {
      return 0;
    }
    return LuhnCheckDigit.LUHN_CHECK_DIGIT.isValid(digits) ? Match.CHECKSUM : 0;
  }

  /** Sort code: 12-34-56, 12 34 56 or 123456. */
  static double sortCode(String value) {
    return Ascii.groupedDigits(value, "- ", 2, 2, 2) ? Match.SHAPE : 0;
  }

  /** UK account number: eight digits (older seven- and ten-digit forms are padded to eight). */
  static double accountNumber(String value) {
    return value.length() == 8 && Ascii.countDigits(value) == 8 ? Match.SHAPE : 0;
  }
}
