package io.foilint.detect.personal.columns;

import io.foilint.detect.personal.names.NameShapes;

/**
 * A column its header names as people's names ("Name", "Surname", "Last name", "Family name",
 * "Full name") holding two to nine different names: too few for {@link ColumnClassifier}, which
 * needs five or more varied names before it calls a column names, yet a table of four named
 * pupils is a table of people. A "Name" header (which also heads lists of buildings and teams)
 * needs values the name shapes score as names; a header that says surname or full name outright
 * needs only words that are not places.
 */
public final class SmallNameColumn {

  public static final int MIN_NAMES = 2;
  public static final int MAX_NAMES = 9;

  private SmallNameColumn() {}

  /**
   * Whether the profiled column is a short list of people's names under a name header. {@code
   * aboutPeople}: other columns of the table give personal attributes (gender, age, ethnicity),
   * so its rows are people: then any words under the header are names, dictionary or not, and
   * the column may be longer than {@link #MAX_NAMES}.
   */
  public static boolean holdsFewNames(ColumnProfile p, NameShapes names, boolean aboutPeople) {
    var header = p.headerMatch().orElse(null);
    if (header == null || (header.category() != Category.PERSON_NAME && header.category() != Category.SURNAME)) {
      return false;
    }
    if (p.distinct() < MIN_NAMES || (p.distinct() > MAX_NAMES && !aboutPeople) || p.distinctness() < 0.8) {
      // one row per person: names hardly repeat; a few values repeated down the column (towns,
      // teams) are a category, not people
      return false;
    }
    int wordy = 0;
    int named = 0;
    for (String v : p.sample()) {
      if (v.length() <= 60 && ColumnClassifier.isAlphabetic(v) && !ColumnClassifier.looksLikePlace(v)
          && !isLabel(v)) {
        wordy++;
        if (header.confidence() < 0.9 && names.match(v).confidence() >= 0.5) {
          named++;
        }
      }
    }
    double n = p.sample().size();
    return wordy / n >= 0.8 && (header.confidence() >= 0.9 || aboutPeople || named / n >= 0.5);
  }

  /** "First name:", "Date of birth": the labels of a blank form, not the names it asks for. */
  static boolean isLabel(String v) {
    return v.endsWith(":") || HeaderVocabulary.match(v).isPresent();
  }
}
