package io.foilint.gate;

import io.foilint.detect.Finding;
import io.foilint.detect.Severity;
import java.util.Set;

/**
 * Which findings should hold a file that WhatDoTheyKnow (Alaveteli) screens: every BLOCK finding,
 * and the REVIEW findings whose subject is itself personal data. The other REVIEW findings (hidden
 * content in which no personal data was found, statistical disclosure, active content, parts that
 * could not be interpreted) are judgements about the file that the public body makes, not
 * potential leaks of someone's data; an officer still sees them in {@code foilint scan}.
 *
 * <p>Why a fixed list of rule ids and not a guess from words: rule ids are stable (they never
 * change once released), so the mapping is reviewable in one place and tested rule by rule.
 */
public final class PersonalDataRules {

  /**
   * REVIEW rules whose findings are about people. Hidden content with personal data in it is
   * already BLOCK (personal-data-in-text, personal-data-table), so what is left at REVIEW under
   * these ids is personal data that is visible to anyone who looks in the right place.
   */
  static final Set<String> PERSONAL_AT_REVIEW =
      Set.of(
          "comments", // comment text shown only on hover, and the names of comment authors
          "document-properties", // author, last-modified-by, manager, people in custom properties, saved-from paths
          "header-footer", // REVIEW only for names or folder paths printed in headers/footers
          "email-recipients", // members of the public named in e-mail headers
          "reidentification-risk", // row-level records unique on rank, location, unit: single people out
          "image-location", // GPS position where a picture was taken (often someone's home)
          "form-fields"); // values people typed into a PDF form

  private PersonalDataRules() {}

  /** Whether the finding should hold the file. */
  public static boolean holds(Finding f) {
    return f.severity() == Severity.BLOCK
        || (f.severity() == Severity.REVIEW && PERSONAL_AT_REVIEW.contains(f.rule()));
  }
}
