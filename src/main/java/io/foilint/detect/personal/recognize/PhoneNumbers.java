package io.foilint.detect.personal.recognize;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * UK phone numbers, validated against libphonenumber's GB numbering plan. Only numbers written
 * as phone numbers are tried (leading 0, +44, 0044 or an opening bracket), so counts, years and
 * amounts never reach the parser; a number Excel stored as a figure (leading zero lost) is tried
 * only when the header says the column holds phone numbers.
 */
final class PhoneNumbers {

  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
  private static final String ALLOWED = "0123456789 +-().";
  private static final int UK_COUNTRY_CODE = 44;
  private static final long DRAMA_MOBILE_BLOCK = 7_700_900L;
  private static final long DRAMA_GEOGRAPHIC_BLOCK = 1_632_960L;

  private PhoneNumbers() {}

  static double confidence(String value, boolean headerSupported) {
    int n = value.length();
    if (n < 10 || n > 22) {
      return 0;
    }
    int digits = 0;
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      if (ALLOWED.indexOf(c) < 0) {
        return 0;
      }
      if (Ascii.digit(c)) {
        digits++;
      }
    }
    char first = value.charAt(0);
    if (first == '0' || first == '+' || first == '(') {
      return digits >= 10 && digits <= 14 && validUk(value) ? Match.RULES : 0;
    }
    if (headerSupported && digits == n && n == 10 && "1237".indexOf(first) >= 0) {
      return validUk("0" + value) ? Match.SHAPE : 0;
    }
    return 0;
  }

  /** True when the text parses as a valid number in the UK numbering plan (+44). */
  static boolean validUk(String text) {
    try {
      return acceptable(UTIL.parse(text, "GB"));
    } catch (NumberParseException e) {
      return false;
    }
  }

  /**
   * A valid +44 number, or one in the Ofcom ranges reserved for drama that libphonenumber calls
   * invalid (07700 900000–900999, 01632 960000–960999). Those never reach a real person, but
   * synthetic staff lists and test fixtures use them precisely to stand in for real numbers, and
   * must be treated the same way.
   */
  static boolean acceptable(PhoneNumber number) {
    if (number.getCountryCode() != UK_COUNTRY_CODE) {
      return false;
    }
    if (UTIL.isValidNumber(number)) {
      return true;
    }
    long national = number.getNationalNumber();
    return national / 1000 == DRAMA_MOBILE_BLOCK || national / 1000 == DRAMA_GEOGRAPHIC_BLOCK;
  }

  static PhoneNumberUtil util() {
    return UTIL;
  }
}
