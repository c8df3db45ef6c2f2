package io.foilint.detect.personal.recognize;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises UK personal identifiers in cell values and in free text. One library for every
 * place text appears (cells, comments, properties; later PDF and Word text).
 *
 * <p>Every recognizer validates what it can (check digits, issuer rules, authoritative lists) and
 * reports a confidence on the scale documented in {@link Match}. Kinds that are
 * {@linkplain IdentifierKind#keywordGated() keyword-gated} are reported from a value only when
 * the caller names them as supported by the column header, and from free text only when a
 * keyword ("sort code", "passport", …) comes shortly before.
 *
 * <p>Built for millions of cells: cheap length and first-character tests run before anything
 * that allocates, and validators are shared, immutable and thread-safe.
 */
public final class Recognizers {

  /** Longest value other than an e-mail address that can hold an identifier (a spaced IBAN). */
  private static final int LONGEST_NON_EMAIL = 42;

  private Recognizers() {}

  /** The identifier a whole cell value is, without header support; see {@link Match}. */
  public static Optional<Match> recognize(String value) {
    return recognize(value, Set.of());
  }

  /**
   * The identifier a whole cell value is (surrounding white space ignored). Keyword-gated kinds
   * are tried only when in {@code headerSupported}; a header naming PHONE also lets through phone
   * numbers Excel stored as figures (leading zero lost), and one naming VEHICLE_REGISTRATION lets
   * through the old prefix and suffix formats.
   */
  public static Optional<Match> recognize(String value, Set<IdentifierKind> headerSupported) {
    if (value == null) {
      return Optional.empty();
    }
    Set<IdentifierKind> supported = headerSupported == null ? Set.of() : headerSupported;
    int start = 0;
    int end = value.length();
    while (start < end && blank(value.charAt(start))) {
      start++;
    }
    while (end > start && blank(value.charAt(end - 1))) {
      end--;
    }
    int length = end - start;
    if (length < 5 || length > 254) {
      return Optional.empty();
    }
    String v = length == value.length() ? value : value.substring(start, end);
    Hit hit = recognizeTrimmed(v, supported);
    return hit == null ? Optional.empty() : Optional.of(new Match(hit.kind, hit.confidence, start, end));
  }

  /**
   * Identifiers inside free text, in order of position, none overlapping (where candidates
   * overlap the more confident one wins). Spans are offsets into {@code freeText}.
   */
  public static List<Match> find(String freeText) {
    return FreeTextScanner.find(freeText);
  }

  private static boolean blank(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u00A0';
  }

  /** A kind and confidence, before a span is attached. */
  record Hit(IdentifierKind kind, double confidence) {}

  static Hit recognizeTrimmed(String v, Set<IdentifierKind> supported) {
    if (v.indexOf('@') >= 0) {
      return hit(IdentifierKind.EMAIL, EmailAddresses.confidence(v));
    }
    if (v.length() > LONGEST_NON_EMAIL) {
      return null;
    }
    char first = v.charAt(0);
    if (Ascii.letter(first)) {
      return startingWithLetter(v, supported);
    }
    if (Ascii.digit(first) || first == '+' || first == '(') {
      return startingWithDigit(v, supported);
    }
    return null;
  }

  private static Hit startingWithLetter(String v, Set<IdentifierKind> supported) {
    Hit hit;
    if ((hit = hit(IdentifierKind.NI_NUMBER, NationalInsuranceNumbers.confidence(v))) != null
        || (hit = hit(IdentifierKind.POSTCODE, Postcodes.confidence(v))) != null
        || (hit = hit(IdentifierKind.IBAN, PaymentNumbers.iban(v))) != null) {
      return hit;
    }
    boolean oldPlates = supported.contains(IdentifierKind.VEHICLE_REGISTRATION);
    if ((hit = hit(IdentifierKind.VEHICLE_REGISTRATION, VehicleRegistrations.confidence(v, oldPlates)))
        != null) {
      return hit;
    }
    if (supported.isEmpty()) {
      return null;
    }
    if (supported.contains(IdentifierKind.PASSPORT)
        && (hit = hit(IdentifierKind.PASSPORT, TravelAndDrivingDocuments.passport(v))) != null) {
      return hit;
    }
    if (supported.contains(IdentifierKind.DRIVING_LICENCE)) {
      return hit(IdentifierKind.DRIVING_LICENCE, TravelAndDrivingDocuments.drivingLicence(v));
    }
    return null;
  }

  private static Hit startingWithDigit(String v, Set<IdentifierKind> supported) {
    boolean phoneHeader = supported.contains(IdentifierKind.PHONE);
    Hit hit;
    if (v.charAt(0) == '0') {
      // Numbers with a leading zero are phone numbers far more often than Scottish CHI numbers.
      if ((hit = hit(IdentifierKind.PHONE, PhoneNumbers.confidence(v, phoneHeader))) != null
          || (hit = hit(IdentifierKind.NHS_NUMBER, NhsNumbers.confidence(v))) != null) {
        return hit;
      }
    } else if ((hit = hit(IdentifierKind.NHS_NUMBER, NhsNumbers.confidence(v))) != null
        || (hit = hit(IdentifierKind.PHONE, PhoneNumbers.confidence(v, phoneHeader))) != null) {
      return hit;
    }
    if ((hit = hit(IdentifierKind.CARD_NUMBER, PaymentNumbers.card(v))) != null) {
      return hit;
    }
    if (supported.isEmpty()) {
      return null;
    }
    if (supported.contains(IdentifierKind.SORT_CODE)
        && (hit = hit(IdentifierKind.SORT_CODE, PaymentNumbers.sortCode(v))) != null) {
      return hit;
    }
    if (supported.contains(IdentifierKind.ACCOUNT_NUMBER)
        && (hit = hit(IdentifierKind.ACCOUNT_NUMBER, PaymentNumbers.accountNumber(v))) != null) {
      return hit;
    }
    if (supported.contains(IdentifierKind.PASSPORT)
        && (hit = hit(IdentifierKind.PASSPORT, TravelAndDrivingDocuments.passport(v))) != null) {
      return hit;
    }
    if (supported.contains(IdentifierKind.DRIVING_LICENCE)) {
      return hit(IdentifierKind.DRIVING_LICENCE, TravelAndDrivingDocuments.drivingLicence(v));
    }
    return null;
  }

  private static Hit hit(IdentifierKind kind, double confidence) {
    return confidence > 0 ? new Hit(kind, confidence) : null;
  }
}
