package io.foilint.detect.personal.columns;

import io.foilint.detect.personal.names.NameMention;
import io.foilint.detect.personal.names.NameShapes;
import io.foilint.detect.personal.recognize.DatesOfBirth;
import io.foilint.detect.personal.recognize.DatesOfBirthInText;
import io.foilint.detect.personal.recognize.IdentifierKind;
import io.foilint.detect.personal.recognize.Match;
import io.foilint.detect.personal.recognize.Recognizers;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Judges one record on its own, however few rows its table has: a row with its column headers, a
 * form of "label: value" lines, one cell, or a block of free text (a letter paragraph, a comment, a
 * PDF page). The same reading serves every format, so a name with a date of birth is the same
 * finding in a CSV row, a spreadsheet comment and a PDF page.
 *
 * <p>Identifiers must be validated (NI numbers by their prefix rules and suffix, NHS numbers by
 * their check digit and written grouped or under their header) or named by their header (staff
 * numbers, dates of birth, addresses); a date or a figure alone is never an identifier, so counts
 * and codes in statistics tables are not. A name is looked for only beside an identifier: a word
 * value under a name header, or a value the name shapes score as a name (0.6: a known first name
 * with a known surname, or a title, rank or initials with a known name); in free text, a mention
 * scored 0.8, as personal-data-in-text reports names.
 */
public final class RecordReader {

  /** One value of a record with what its label says it is ({@code null} when it has none). */
  public record Field(Category header, double headerConfidence, String value, boolean hidden) {}

  /** A value the name shapes must score this high to be a name without a header saying so. */
  private static final double NAME_WITHOUT_HEADER = ColumnClassifier.ESTABLISHED;
  /** A mention in prose must score this high, as personal-data-in-text requires for names. */
  private static final double NAME_IN_TEXT = 0.8;
  private static final int LONGEST_VALUE = 256;

  private static final Set<Category> NAME_HEADERS =
      EnumSet.of(Category.PERSON_NAME, Category.SURNAME, Category.FORENAME);

  private final NameShapes names;
  private final LocalDate reference;

  public RecordReader(NameShapes names, LocalDate reference) {
    this.names = names;
    this.reference = reference;
  }

  /** With the bundled name dictionaries, dates of birth judged against today. */
  public static RecordReader bundled() {
    return new RecordReader(NameShapes.bundled(), LocalDate.now(ZoneOffset.UTC));
  }

  /**
   * Cheap test before {@link #read}: only a record with a field under an identifier header or a
   * value with six or more digits can hold an identifier, so most rows of figures and labels cost
   * one pass over their characters.
   */
  public static boolean mayHoldIdentifier(List<Field> fields) {
    for (Field f : fields) {
      if (f.header() != null && identifierHeader(f.header())) {
        return true;
      }
      if (digits(f.value()) >= 6) {
        return true;
      }
    }
    return false;
  }

  /** The record one row (or form) makes. */
  public PersonRecord read(List<Field> fields) {
    Set<Category> ids = EnumSet.noneOf(Category.class);
    boolean hidden = false;
    String name = "";
    for (Field f : fields) {
      String v = f.value() == null ? "" : f.value().strip();
      if (v.isEmpty() || v.length() > LONGEST_VALUE) {
        continue;
      }
      Category id = identifier(f.header(), v);
      if (id != null) {
        ids.add(id);
        hidden |= f.hidden();
      }
    }
    if (ids.isEmpty()) {
      // a whole record written in one cell: "Q. Hartwell, DOB 01/02/1980, NI AB 12 34 56 C"
      for (Field f : fields) {
        String v = f.value() == null ? "" : f.value().strip();
        if (v.length() >= 15 && v.length() <= LONGEST_VALUE && v.indexOf(' ') > 0) {
          PersonRecord inCell = readText(v, f.hidden());
          if (inCell.blocks()) {
            return inCell;
          }
        }
      }
      return PersonRecord.NONE;
    }
    for (Field f : fields) {
      String v = f.value() == null ? "" : f.value().strip();
      if (!v.isEmpty() && v.length() <= 60 && isName(f.header(), f.headerConfidence(), v)) {
        name = v;
        hidden |= f.hidden();
        break;
      }
    }
    return new PersonRecord(!name.isEmpty(), ids, hidden, name);
  }

  /** The record a block of free text makes: a name and an identifier in the same block. */
  public PersonRecord readText(String text, boolean hidden) {
    if (text == null || text.length() < 10) {
      return PersonRecord.NONE;
    }
    Set<Category> ids = EnumSet.noneOf(Category.class);
    for (Match m : Recognizers.find(text)) {
      if (m.kind() == IdentifierKind.NI_NUMBER && m.confidence() >= Match.RULES) {
        ids.add(Category.NI_NUMBER);
      } else if (m.kind() == IdentifierKind.NHS_NUMBER && m.confidence() >= Match.CHECKSUM
          && saysNhsBefore(text, m.start())) {
        ids.add(Category.NHS_NUMBER);
      } else if (m.kind() == IdentifierKind.PHONE && m.confidence() >= Match.RULES) {
        ids.add(Category.PHONE);
      }
    }
    if (DatesOfBirthInText.contains(text, reference)) {
      ids.add(Category.DATE_OF_BIRTH);
    }
    if (ids.isEmpty()) {
      return PersonRecord.NONE; // names are looked for only beside an identifier: they cost more
    }
    for (NameMention m : names.find(text)) {
      if (m.confidence() >= NAME_IN_TEXT) {
        return new PersonRecord(true, ids, hidden, m.text());
      }
    }
    return PersonRecord.NONE;
  }

  /**
   * Whether "NHS" (or "CHI") is written within a few words before a number: in prose one
   * grouped ten-digit number in eleven passes mod-11, and US phone numbers (1-800-555-4477) are
   * grouped the same way.
   */
  private static boolean saysNhsBefore(String text, int start) {
    String before = text.substring(Math.max(0, start - 40), start).toLowerCase(java.util.Locale.ROOT);
    return before.contains("nhs") || before.contains("chi no") || before.contains("chi number");
  }

  private boolean isName(Category header, double headerConfidence, String v) {
    if (header != null && NAME_HEADERS.contains(header)) {
      // the identifier beside it already says the row is a person: words under a name header
      // are their name, dictionary or not ("Name | Date of birth", invented or rare names)
      return ColumnClassifier.isAlphabetic(v) && !ColumnClassifier.looksLikePlace(v)
          && !SmallNameColumn.isLabel(v);
    }
    if (header != null || digits(v) > 0 || v.indexOf(' ') < 0 || ColumnClassifier.looksLikePlace(v)) {
      return false; // a labelled field of another kind, or one word: not a name without a header
    }
    return names.match(v).confidence() >= NAME_WITHOUT_HEADER;
  }

  /** The identifier a value is, given its header, or null. */
  private Category identifier(Category header, String v) {
    if (header == Category.STAFF_NUMBER) {
      return ColumnClassifier.isCode(v) ? Category.STAFF_NUMBER : null;
    }
    if (header == Category.DATE_OF_BIRTH) {
      return DatesOfBirth.isPlausibleDateOfBirth(v, reference) ? Category.DATE_OF_BIRTH : null;
    }
    if (header == Category.ADDRESS) {
      return ColumnClassifier.looksLikeAddress(v) ? Category.ADDRESS : null;
    }
    if (digits(v) < 6) {
      return null;
    }
    Set<IdentifierKind> supported =
        header == Category.PHONE ? EnumSet.of(IdentifierKind.PHONE) : Set.of();
    Match m = Recognizers.recognize(v, supported).orElse(null);
    if (m == null) {
      return null;
    }
    return switch (m.kind()) {
      case NI_NUMBER -> m.confidence() >= Match.RULES
          || (header == Category.NI_NUMBER && m.confidence() >= Match.SHAPE) ? Category.NI_NUMBER : null;
      // one random ten-digit figure in eleven passes mod-11: grouped as NHS numbers are, or labelled
      case NHS_NUMBER -> m.confidence() >= Match.CHECKSUM
          && (header == Category.NHS_NUMBER || v.indexOf(' ') > 0 || v.indexOf('-') > 0)
          ? Category.NHS_NUMBER : null;
      case PHONE -> m.confidence() >= Match.RULES
          || (header == Category.PHONE && m.confidence() >= Match.SHAPE) ? Category.PHONE : null;
      default -> null;
    };
  }

  private static boolean identifierHeader(Category c) {
    return c == Category.STAFF_NUMBER || c == Category.DATE_OF_BIRTH || c == Category.ADDRESS;
  }

  private static int digits(String v) {
    if (v == null) {
      return 0;
    }
    int n = 0;
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c >= '0' && c <= '9') {
        n++;
      }
    }
    return n;
  }
}
