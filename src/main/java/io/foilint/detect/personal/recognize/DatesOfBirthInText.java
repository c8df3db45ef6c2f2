package io.foilint.detect.personal.recognize;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date of birth written in running text: a date that follows "DOB", "D.O.B.", "date of birth"
 * or "born (on)" within a few characters. A date alone is not one — letters, minutes and
 * statistics are full of dates — so the keyword is required.
 */
public final class DatesOfBirthInText {

  private static final Pattern KEYWORD_THEN_DATE =
      Pattern.compile(
          "(?i)(?<![a-z])(?:d\\.?\\s?o\\.?\\s?b\\.?|date\\s+of\\s+birth|birth\\s*date|born(?:\\s+on)?)"
              + "[\\s:;,.()\\-]{0,6}"
              + "(\\d{1,4}(?:[\\s./-]+(?:\\d{1,2}|[a-z]{3,9})[\\s./-]+\\d{2,4}|\\s+[a-z]{3,9}\\s+\\d{4}))");

  private DatesOfBirthInText() {}

  /** Whether the text gives a plausible date of birth after a birth keyword. */
  public static boolean contains(String text, LocalDate reference) {
    if (text == null || text.length() < 10) {
      return false;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    if (!lower.contains("dob") && !lower.contains("d.o.b") && !lower.contains("birth")
        && !lower.contains("born") && !lower.contains("d o b")) {
      return false; // runs on every text block: no keyword, no regex
    }
    Matcher m = KEYWORD_THEN_DATE.matcher(text);
    while (m.find()) {
      if (DatesOfBirth.isPlausibleDateOfBirth(m.group(1), reference)) {
        return true;
      }
    }
    return false;
  }
}
