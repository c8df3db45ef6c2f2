package io.foilint.detect.personal.recognize;

import org.apache.commons.validator.routines.EmailValidator;

/**
 * E-mail addresses, checked by commons-validator: RFC 5321/5322 local part and a domain with a
 * top-level domain on IANA's list (so "name@host.invalid" placeholders are not addresses).
 */
final class EmailAddresses {

  private static final EmailValidator VALIDATOR = EmailValidator.getInstance(false, false);

  private EmailAddresses() {}

  static double confidence(String value) {
    int n = value.length();
    int at = value.indexOf('@');
    if (n < 6 || n > 254 || at < 1 || at > n - 5) {
      return 0;
    }
    return VALIDATOR.isValid(value) ? Match.RULES : 0;
  }
}
