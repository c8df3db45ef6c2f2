package io.foilint.detect.personal.columns;

import io.foilint.detect.personal.names.NameMatch;
import io.foilint.detect.personal.names.NameShape;
import io.foilint.detect.personal.names.NameShapes;
import io.foilint.detect.personal.recognize.IdentifierKind;
import io.foilint.detect.personal.recognize.Match;
import io.foilint.detect.personal.recognize.PoliceRanks;
import io.foilint.detect.personal.recognize.Recognizers;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides what a column holds from its header and its sampled values. Values carry the decision:
 * a header alone never makes a column personal, except for fields no value recogniser can check
 * (staff numbers, gender, unit) — and a column of three distinct values is never a name column,
 * whatever the values are.
 *
 * <p>Confidence is the share of sampled values that support the category, raised when the header
 * agrees; 0.6 and above is treated as established.
 */
public final class ColumnClassifier {

  /** What a column was found to hold. */
  public record ColumnClass(Category category, double confidence) {}

  public static final double ESTABLISHED = 0.6;
  private static final int MIN_DISTINCT_NAMES = 5;

  private static final Map<IdentifierKind, Category> IDENTIFIERS = new EnumMap<>(IdentifierKind.class);

  static {
    IDENTIFIERS.put(IdentifierKind.NI_NUMBER, Category.NI_NUMBER);
    IDENTIFIERS.put(IdentifierKind.NHS_NUMBER, Category.NHS_NUMBER);
    IDENTIFIERS.put(IdentifierKind.POSTCODE, Category.POSTCODE);
    IDENTIFIERS.put(IdentifierKind.PHONE, Category.PHONE);
    IDENTIFIERS.put(IdentifierKind.EMAIL, Category.EMAIL);
    IDENTIFIERS.put(IdentifierKind.IBAN, Category.BANK_DETAILS);
    IDENTIFIERS.put(IdentifierKind.CARD_NUMBER, Category.BANK_DETAILS);
    IDENTIFIERS.put(IdentifierKind.SORT_CODE, Category.BANK_DETAILS);
    IDENTIFIERS.put(IdentifierKind.ACCOUNT_NUMBER, Category.BANK_DETAILS);
    IDENTIFIERS.put(IdentifierKind.PASSPORT, Category.PASSPORT_OR_LICENCE);
    IDENTIFIERS.put(IdentifierKind.DRIVING_LICENCE, Category.PASSPORT_OR_LICENCE);
    IDENTIFIERS.put(IdentifierKind.VEHICLE_REGISTRATION, Category.VEHICLE_REGISTRATION);
  }

  /** Categories only a header can establish, because no value recogniser checks them. */
  private static final Set<Category> HEADER_ONLY =
      EnumSet.of(Category.WORK_LOCATION, Category.UNIT, Category.VETTING, Category.ROLE_IN_INCIDENT,
          Category.INCIDENT_REFERENCE, Category.GENDER, Category.AGE, Category.ETHNICITY,
          Category.SENSITIVE_ATTRIBUTE, Category.FREE_TEXT);

  private final NameShapes names;

  public ColumnClassifier(NameShapes names) {
    this.names = names;
  }

  public static ColumnClassifier bundled() {
    return new ColumnClassifier(NameShapes.bundled());
  }

  public Optional<ColumnClass> classify(ColumnProfile p) {
    if (p.count() == 0 || p.sample().isEmpty()) {
      return Optional.empty();
    }
    Optional<HeaderVocabulary.HeaderMatch> header = p.headerMatch();
    Category headerCategory = header.map(HeaderVocabulary.HeaderMatch::category).orElse(null);
    Set<IdentifierKind> supported = supportedKinds(headerCategory);
    Map<Category, Integer> hits = new EnumMap<>(Category.class);
    int names = 0;
    int singleNames = 0;
    int alphabetic = 0;
    int codes = 0;
    int ranks = 0;
    int addressLike = 0;
    for (String v : p.sample()) {
      if (looksLikeAddress(v)) {
        addressLike++;
      }
      Optional<Match> id = Recognizers.recognize(v, supported);
      if (id.isPresent() && id.get().confidence() >= Match.SHAPE) {
        hits.merge(IDENTIFIERS.get(id.get().kind()), 1, Integer::sum);
      }
      if (PoliceRanks.rankOf(v, headerCategory == Category.RANK_GRADE).isPresent()) {
        ranks++;
      }
      NameMatch n = looksLikePlace(v) ? NameMatch.NONE : names(v);
      if (n.confidence() >= 0.5) {
        names++;
      } else if (n.shape() == NameShape.SINGLE_NAME && n.confidence() > 0) {
        singleNames++;
      }
      if (isAlphabetic(v)) {
        alphabetic++;
      }
      if (isCode(v)) {
        codes++;
      }
    }
    double n = p.sample().size();
    // 1. identifiers a validator has checked
    for (Map.Entry<Category, Integer> e : hits.entrySet()) {
      double share = e.getValue() / n;
      if (share >= 0.5) {
        return Optional.of(new ColumnClass(e.getKey(), boost(share, headerCategory == e.getKey())));
      }
    }
    // 2. ranks and grades from the values, not from a "Rank" header (league tables have one)
    if (ranks / n >= ESTABLISHED) {
      return Optional.of(new ColumnClass(Category.RANK_GRADE, boost(ranks / n, headerCategory == Category.RANK_GRADE)));
    }
    // a handful of values repeated (three stations) is a category, not people; ten or more
    // different values, or a few per fifty rows, is a list of people
    boolean varied = p.distinct() >= MIN_DISTINCT_NAMES && (p.distinct() >= 10 || p.distinctness() >= 0.02);
    // people's names are mostly different from row to row; places and buildings repeat
    boolean peopleVaried = p.distinct() >= MIN_DISTINCT_NAMES
        && (p.distinctness() >= 0.6 || (p.distinct() >= 20 && p.distinctness() >= 0.1) || p.distinct() >= 100);
    // 3. names: a name-shaped, varied column; a header saying so lets invented or rare names count
    boolean nameHeader = headerCategory == Category.PERSON_NAME || headerCategory == Category.SURNAME
        || headerCategory == Category.FORENAME;
    if (peopleVaried && names / n >= 0.5) {
      Category c = nameHeader ? headerCategory : Category.PERSON_NAME;
      return Optional.of(new ColumnClass(c, boost(names / n, nameHeader)));
    }
    if (nameHeader && header.get().confidence() >= 0.9 && (varied || headerCategory == Category.FORENAME)
        && (alphabetic + names) / n >= 0.8) {
      return Optional.of(new ColumnClass(headerCategory, 0.8));
    }
    if (nameHeader && peopleVaried && p.distinct() >= 10 && (names + singleNames) / n >= 0.6) {
      return Optional.of(new ColumnClass(headerCategory, 0.7));
    }
    // 4. staff, collar and pay numbers: the header says so and the values are distinct codes
    if (headerCategory == Category.STAFF_NUMBER && codes / n >= 0.8 && p.distinctness() >= 0.8) {
      return Optional.of(new ColumnClass(Category.STAFF_NUMBER, 0.85));
    }
    // addresses: the header says so and the values look like addresses (a number and words, or a
    // postcode) — "Address proof: Passport, Utility bill" is a list of documents, not addresses
    if (headerCategory == Category.ADDRESS && addressLike / n >= 0.5) {
      return Optional.of(new ColumnClass(Category.ADDRESS, 0.85));
    }
    if (headerCategory == Category.DATE_OF_BIRTH) {
      return Optional.of(new ColumnClass(Category.DATE_OF_BIRTH, 0.9));
    }
    // 5. notes and narratives: people named inside the text ("PC Hartwell attended; victim
    // Mrs N. Quenby, 07700 900123")
    if (headerCategory == Category.FREE_TEXT || averageLength(p) >= 30) {
      int mentioning = 0;
      for (String v : p.sample()) {
        if (mentionsPeople(v)) {
          mentioning++;
        }
      }
      if (mentioning >= 2 && mentioning / n >= 0.2) {
        return Optional.of(new ColumnClass(Category.NAMES_IN_TEXT, Math.max(ESTABLISHED, Math.min(1.0, mentioning / n + 0.4))));
      }
    }
    // 6. quasi-identifiers and context only a header can name
    if (headerCategory != null && HEADER_ONLY.contains(headerCategory)) {
      return Optional.of(new ColumnClass(headerCategory, header.get().confidence()));
    }
    return Optional.empty();
  }

  /**
   * A name with a title or rank, a "Surname, I." form, or a validated identifier. Two capitalised
   * words alone ("Trust Center", "Excel Options") are too common in prose to count here.
   */
  private boolean mentionsPeople(String text) {
    if (names.find(text).stream().anyMatch(m -> m.confidence() >= 0.8 && STRONG_SHAPES.contains(m.shape()))) {
      return true;
    }
    return Recognizers.find(text).stream().anyMatch(m -> m.confidence() >= Match.RULES);
  }

  private static final Set<NameShape> STRONG_SHAPES =
      EnumSet.of(NameShape.TITLE_NAME, NameShape.RANK_NAME, NameShape.SURNAME_COMMA_FIRST,
          NameShape.SURNAME_INITIALS, NameShape.INITIALS_SURNAME);

  private static double averageLength(ColumnProfile p) {
    return p.sample().stream().mapToInt(String::length).average().orElse(0);
  }

  private NameMatch names(String v) {
    return names.match(v);
  }

  private static Set<IdentifierKind> supportedKinds(Category header) {
    if (header == null) {
      return Set.of();
    }
    return switch (header) {
      case BANK_DETAILS -> EnumSet.of(IdentifierKind.SORT_CODE, IdentifierKind.ACCOUNT_NUMBER);
      case PASSPORT_OR_LICENCE -> EnumSet.of(IdentifierKind.PASSPORT, IdentifierKind.DRIVING_LICENCE);
      case PHONE -> EnumSet.of(IdentifierKind.PHONE);
      case VEHICLE_REGISTRATION -> EnumSet.of(IdentifierKind.VEHICLE_REGISTRATION);
      default -> Set.of();
    };
  }

  private static double boost(double share, boolean headerAgrees) {
    return Math.min(1.0, headerAgrees ? share + 0.2 : share);
  }

  /** Words that end the names of buildings, roads and places named after people. */
  private static final java.util.Set<String> PLACE_WORDS =
      java.util.Set.of("house", "hospital", "school", "ward", "centre", "center", "building", "way",
          "court", "road", "street", "lane", "avenue", "station", "college", "university", "park",
          "hall", "library", "church", "academy", "surgery", "clinic", "practice", "bridge", "square",
          "close", "drive", "gardens", "place", "tower", "estate", "campus", "wing", "suite");

  /** "Nelson Mandela House", "Queen Elizabeth Hospital": a place, not a person. */
  static boolean looksLikePlace(String v) {
    String s = v.strip();
    int space = s.lastIndexOf(' ');
    return space > 0 && PLACE_WORDS.contains(s.substring(space + 1).toLowerCase(java.util.Locale.ROOT));
  }

  static boolean looksLikeAddress(String v) {
    if (v.length() < 8) {
      return false;
    }
    boolean digit = false;
    int letters = 0;
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      digit |= Character.isDigit(c);
      if (Character.isLetter(c)) {
        letters++;
      }
    }
    if (!digit) {
      return false;
    }
    // The shortest postcode (M1 1AE) has a digit and three letters; only such values need the
    // scanner, which is costly to run on every value of a column.
    return letters >= 4
        || (letters == 3
            && Recognizers.find(v).stream().anyMatch(m -> m.kind() == IdentifierKind.POSTCODE));
  }

  static boolean isAlphabetic(String v) {
    int letters = 0;
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (Character.isDigit(c)) {
        return false;
      }
      if (Character.isLetter(c)) {
        letters++;
      }
    }
    return letters > 0;
  }

  /** A code such as a staff number: digits, optionally with a few letters, no spaces inside. */
  static boolean isCode(String v) {
    String s = v.strip();
    if (s.endsWith(".0")) {
      s = s.substring(0, s.length() - 2); // a number stored as a double
    }
    if (s.length() < 3 || s.length() > 16 || s.indexOf(' ') >= 0) {
      return false;
    }
    int digits = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isDigit(c)) {
        digits++;
      } else if (!Character.isLetter(c) && c != '-' && c != '/') {
        return false;
      }
    }
    return digits >= 2;
  }
}
