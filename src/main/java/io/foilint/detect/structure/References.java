package io.foilint.detect.structure;

import io.foilint.detect.Evidence;
import java.util.regex.Pattern;

/**
 * Cell references ({@code Staff!$A$1:$H$9484}) are shown in clear so an officer can find the
 * place; anything else (constants, paths, formulas with text) is masked.
 */
final class References {

  private static final String SHEET = "(?:'(?:[^'\\[\\]]|'')+'|[A-Za-z0-9_.]+)";
  private static final String CELL = "\\$?[A-Za-z]{1,3}\\$?\\d{1,7}";
  private static final String AREA =
      "(?:" + CELL + ")(?::(?:" + CELL + "))?"
          + "|\\$?[A-Za-z]{1,3}:\\$?[A-Za-z]{1,3}"
          + "|\\$?\\d{1,7}:\\$?\\d{1,7}";
  private static final Pattern REFERENCE =
      Pattern.compile("=?(?:" + SHEET + "!)?(?:" + AREA + ")");

  private References() {}

  static boolean isPlainReference(String s) {
    return s != null && REFERENCE.matcher(s.strip()).matches();
  }

  /** The reference in clear, or the value masked. */
  static String show(String s) {
    if (s == null || s.isBlank()) {
      return "";
    }
    return isPlainReference(s) ? s.strip() : Evidence.mask(s);
  }
}
