package io.foilint.detect.personal.recognize;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil.Leniency;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds identifiers inside running text. Candidate spans come from loose patterns; every
 * candidate then goes through the same validator as a cell value, so free text and cells agree.
 * Keyword-gated kinds count only when their keyword ends within 30 characters before the
 * candidate (the distance AWS Macie uses). Vehicle registrations are looked for in the current
 * format and in capitals only: older formats in prose are mostly product and part codes.
 */
final class FreeTextScanner {

  private static final String B = "(?<![A-Za-z0-9])";
  private static final String E = "(?![A-Za-z0-9])";

  private static final Pattern EMAIL =
      Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+");
  private static final Pattern NINO =
      Pattern.compile(B + "[A-Za-z]{2} ?\\d{2} ?\\d{2} ?\\d{2}(?: ?[A-Da-d])?" + E);
  private static final Pattern POSTCODE =
      Pattern.compile(B + "[A-Za-z]{1,2}\\d[A-Za-z\\d]? ?\\d[A-Za-z]{2}" + E);
  private static final Pattern NHS = Pattern.compile(B + "\\d{3}([ -]?)\\d{3}\\1\\d{4}" + E);
  private static final Pattern CARD = Pattern.compile(B + "\\d(?:[ -]?\\d){11,18}" + E);
  private static final Pattern IBAN =
      Pattern.compile(B + "[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?" + E);
  private static final Pattern VEHICLE =
      Pattern.compile(B + "[A-HJ-PR-Y]{2}\\d{2} ?[A-HJ-PR-Z]{3}" + E);

  private static final Pattern SORT_CODE = Pattern.compile(B + "\\d{2}([- ]?)\\d{2}\\1\\d{2}" + E);
  private static final Pattern ACCOUNT = Pattern.compile(B + "\\d{8}" + E);
  private static final Pattern PASSPORT = Pattern.compile(B + "(?:[A-Za-z]{2}\\d{7}|\\d{9})" + E);
  private static final Pattern LICENCE =
      Pattern.compile(B + "(?:[A-Za-z9]{5}\\d{6}[A-Za-z9]{2}[A-Za-z0-9][A-Za-z]{2}|\\d{8})" + E);

  private static final int KEYWORD_WINDOW = 30;
  private static final String[] SORT_CODE_WORDS = {"sort code", "sortcode", "sort-code"};
  private static final String[] ACCOUNT_WORDS = {"account", "a/c", "acct"};
  private static final String[] PASSPORT_WORDS = {"passport"};
  private static final String[] LICENCE_WORDS = {"licence", "license", "dvla", "dva"};

  private FreeTextScanner() {}

  static List<Match> find(String text) {
    if (text == null || text.length() < 5) {
      return List.of();
    }
    boolean hasAt = text.indexOf('@') >= 0;
    int digits = Ascii.countDigits(text);
    if (digits == 0 && !hasAt) {
      return List.of();
    }
    List<Match> candidates = new ArrayList<>();
    if (hasAt) {
      scan(text, EMAIL, IdentifierKind.EMAIL, candidates);
    }
    if (digits > 0) {
      scan(text, NINO, IdentifierKind.NI_NUMBER, candidates);
      scan(text, POSTCODE, IdentifierKind.POSTCODE, candidates);
      scan(text, VEHICLE, IdentifierKind.VEHICLE_REGISTRATION, candidates);
      scan(text, IBAN, IdentifierKind.IBAN, candidates);
    }
    if (digits >= 6) {
      String lower = text.toLowerCase(Locale.ROOT);
      gated(text, lower, SORT_CODE, IdentifierKind.SORT_CODE, SORT_CODE_WORDS, candidates);
      // A DVLA licence holds only six digits when the surname and initials need no 9s.
      gated(text, lower, LICENCE, IdentifierKind.DRIVING_LICENCE, LICENCE_WORDS, candidates);
      if (digits >= 8) {
        gated(text, lower, ACCOUNT, IdentifierKind.ACCOUNT_NUMBER, ACCOUNT_WORDS, candidates);
      }
      if (digits >= 7) {
        gated(text, lower, PASSPORT, IdentifierKind.PASSPORT, PASSPORT_WORDS, candidates);
      }
    }
    if (digits >= 10) {
      scan(text, NHS, IdentifierKind.NHS_NUMBER, candidates);
      phones(text, candidates);
    }
    if (digits >= 12) {
      scan(text, CARD, IdentifierKind.CARD_NUMBER, candidates);
    }
    return withoutOverlaps(candidates);
  }

  private static void scan(String text, Pattern pattern, IdentifierKind kind, List<Match> out) {
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      double confidence = validate(kind, m.group());
      if (confidence > 0) {
        out.add(new Match(kind, confidence, m.start(), m.end()));
      }
    }
  }

  private static void gated(
      String text,
      String lower,
      Pattern pattern,
      IdentifierKind kind,
      String[] keywords,
      List<Match> out) {
    if (!containsAny(lower, keywords, 0, lower.length())) {
      return;
    }
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      int from = Math.max(0, m.start() - KEYWORD_WINDOW);
      if (containsAny(lower, keywords, from, m.start())) {
        double confidence = validate(kind, m.group());
        if (confidence > 0) {
          out.add(new Match(kind, confidence, m.start(), m.end()));
        }
      }
    }
  }

  private static boolean containsAny(String lower, String[] words, int from, int to) {
    for (String w : words) {
      int at = lower.indexOf(w, from);
      if (at >= 0 && at + w.length() <= to) {
        return true;
      }
    }
    return false;
  }

  private static double validate(IdentifierKind kind, String candidate) {
    switch (kind) {
      case EMAIL:
        return EmailAddresses.confidence(candidate);
      case NI_NUMBER:
        return NationalInsuranceNumbers.confidence(candidate);
      case POSTCODE:
        return Postcodes.confidence(candidate);
      case NHS_NUMBER:
        return NhsNumbers.confidence(candidate);
      case CARD_NUMBER:
        return PaymentNumbers.card(candidate);
      case IBAN:
        return PaymentNumbers.iban(candidate);
      case VEHICLE_REGISTRATION:
        return VehicleRegistrations.confidence(candidate, false);
      case SORT_CODE:
        return PaymentNumbers.sortCode(candidate);
      case ACCOUNT_NUMBER:
        return PaymentNumbers.accountNumber(candidate);
      case PASSPORT:
        return TravelAndDrivingDocuments.passport(candidate);
      case DRIVING_LICENCE:
        return TravelAndDrivingDocuments.drivingLicence(candidate);
      default:
        return 0;
    }
  }

  private static void phones(String text, List<Match> out) {
    if (!mayHoldPhone(text)) {
      return;
    }
    for (PhoneNumberMatch m :
        PhoneNumbers.util().findNumbers(text, "GB", Leniency.POSSIBLE, Long.MAX_VALUE)) {
      // As for cell values: only numbers written as phone numbers, never bare figures.
      char first = m.rawString().charAt(0);
      if ((first == '0' || first == '+' || first == '(') && PhoneNumbers.acceptable(m.number())) {
        out.add(new Match(IdentifierKind.PHONE, Match.RULES, m.start(), m.end()));
      }
    }
  }

  /** A UK number has at least 8 digits written (0800 1111); +44 numbers have more. */
  private static final int PHONE_MIN_DIGITS = 8;
  /** libphonenumber's candidates: at most 21 digit groups with up to 4 punctuation marks between. */
  private static final int PHONE_MAX_SPAN = 64;
  private static final int PHONE_MAX_GROUP = 20;

  /**
   * Whether some place in the text could start a phone number {@link #phones} keeps: a + or (, or
   * a 0 that does not continue a run of digits, followed within a candidate's reach by enough
   * digits.
   * libphonenumber's matcher is the costliest step of reading a page of figures, and on most such
   * pages nothing passes this test. A run of more digits than one candidate group holds could be
   * split anywhere, so it always goes to the matcher.
   */
  static boolean mayHoldPhone(String text) {
    int n = text.length();
    int run = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      boolean startsHere = c == '+' || c == '(' || (c == '0' && run == 0);
      run = Character.isDigit(c) ? run + 1 : 0;
      if (run > PHONE_MAX_GROUP) {
        return true;
      }
      if (startsHere) {
        int digits = 0;
        for (int j = i; j < n && j < i + PHONE_MAX_SPAN; j++) {
          if (Character.isDigit(text.charAt(j)) && ++digits >= PHONE_MIN_DIGITS) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Keeps the most confident (then longest) of overlapping candidates; returns them by position. */
  static List<Match> withoutOverlaps(List<Match> candidates) {
    if (candidates.size() < 2) {
      return List.copyOf(candidates);
    }
    candidates.sort(
        Comparator.comparingDouble(Match::confidence)
            .reversed()
            .thenComparing(Comparator.comparingInt((Match m) -> m.end() - m.start()).reversed())
            .thenComparingInt(Match::start));
    List<Match> kept = new ArrayList<>();
    for (Match c : candidates) {
      boolean overlaps = false;
      for (Match k : kept) {
        if (c.start() < k.end() && k.start() < c.end()) {
          overlaps = true;
          break;
        }
      }
      if (!overlaps) {
        kept.add(c);
      }
    }
    kept.sort(Comparator.comparingInt(Match::start));
    return List.copyOf(kept);
  }
}
