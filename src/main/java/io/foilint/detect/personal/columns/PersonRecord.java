package io.foilint.detect.personal.columns;

import java.util.EnumSet;
import java.util.Set;

/**
 * What one record — a table row, a form of "label: value" lines, one cell or one block of text —
 * says about one person: whether it names someone and which of their identifiers sit beside the
 * name. A name with a validated NI or NHS number, a staff, payroll or warrant number under its
 * header, a date of birth or a home address is that person's record whatever else the table
 * holds; a name with a phone number is one where nobody was meant to see it.
 *
 * @param named a person's name is in the record
 * @param identifiers identifiers found beside it ({@link #DIRECT} and {@link Category#PHONE})
 * @param hidden the name or an identifier sits where a reader does not see it
 * @param name the name as written (raw: mask before showing), or "" when none
 */
public record PersonRecord(boolean named, Set<Category> identifiers, boolean hidden, String name) {

  /** Identifiers that, beside a name, make a record of that person anywhere. */
  public static final Set<Category> DIRECT =
      EnumSet.of(Category.NI_NUMBER, Category.NHS_NUMBER, Category.STAFF_NUMBER,
          Category.DATE_OF_BIRTH, Category.ADDRESS);

  public static final PersonRecord NONE = new PersonRecord(false, Set.of(), false, "");

  public PersonRecord {
    identifiers = identifiers.isEmpty() ? Set.of() : EnumSet.copyOf(identifiers);
  }

  /** A name with an NI or NHS number, staff number, date of birth or home address. */
  public boolean identifiesPerson() {
    return named && identifiers.stream().anyMatch(DIRECT::contains);
  }

  /** A name with a phone number, in a cell a reader does not see. */
  public boolean hiddenNameAndPhone() {
    return named && hidden && identifiers.contains(Category.PHONE);
  }

  /** Either of the above: the record must not go out as it is. */
  public boolean blocks() {
    return identifiesPerson() || hiddenNameAndPhone();
  }

  /** "date of birth, National Insurance number" — the identifiers beside the name. */
  public String identifierPhrase() {
    return String.join(", ", identifiers.stream()
        .filter(c -> identifiesPerson() ? DIRECT.contains(c) : c == Category.PHONE)
        .map(Category::phrase).toList());
  }
}
