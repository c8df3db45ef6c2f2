package io.foilint.extract.xlsx;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides whether a number format code displays nothing, like {@code ;;;} or {@code "";"";""}.
 * A code has up to four sections (positive; negative; zero; text). Numbers use the first one to
 * three; text uses the fourth, and is shown as typed when there is no fourth section.
 */
final class BlankNumberFormat {

  private BlankNumberFormat() {}

  /** True when every section a number can land in displays nothing. */
  static boolean hidesNumbers(String code) {
    if (code == null || code.isEmpty()) {
      return false;
    }
    List<String> sections = sections(code);
    int numberSections = Math.min(sections.size(), 3);
    for (int i = 0; i < numberSections; i++) {
      if (!isBlank(sections.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** True when text cells display nothing: a fourth section that is blank. */
  static boolean hidesText(String code) {
    if (code == null) {
      return false;
    }
    List<String> sections = sections(code);
    return sections.size() >= 4 && isBlank(sections.get(3));
  }

  /** Splits on semicolons outside quotes, brackets and escapes. */
  static List<String> sections(String code) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    boolean bracket = false;
    for (int i = 0; i < code.length(); i++) {
      char ch = code.charAt(i);
      if (!quoted && !bracket && ch == '\\' && i + 1 < code.length()) {
        cur.append(ch).append(code.charAt(++i));
        continue;
      }
      if (ch == '"' && !bracket) {
        quoted = !quoted;
      } else if (!quoted && ch == '[') {
        bracket = true;
      } else if (!quoted && ch == ']') {
        bracket = false;
      } else if (!quoted && !bracket && ch == ';') {
        out.add(cur.toString());
        cur.setLength(0);
        continue;
      }
      cur.append(ch);
    }
    out.add(cur.toString());
    return out;
  }

  /**
   * A section is blank when it prints no visible character: only colour/condition/locale
   * brackets, spaces, {@code _x} padding, {@code * } space fills and quoted whitespace.
   */
  static boolean isBlank(String section) {
    int i = 0;
    while (i < section.length()) {
      char ch = section.charAt(i);
      switch (ch) {
        case '[' -> {
          int close = section.indexOf(']', i);
          if (close < 0) {
            return false;
          }
          i = close + 1;
        }
        case '"' -> {
          int close = section.indexOf('"', i + 1);
          if (close < 0) {
            return false;
          }
          if (!section.substring(i + 1, close).isBlank()) {
            return false;
          }
          i = close + 1;
        }
        case '_' -> i += 2; // pads by the width of the next character, prints nothing
        case '*', '\\' -> {
          if (i + 1 < section.length() && !Character.isWhitespace(section.charAt(i + 1))) {
            return false;
          }
          i += 2;
        }
        default -> {
          if (!Character.isWhitespace(ch)) {
            return false;
          }
          i++;
        }
      }
    }
    return true;
  }
}
