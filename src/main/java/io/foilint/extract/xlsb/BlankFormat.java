package io.foilint.extract.xlsb;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether a number format code displays nothing. A code has up to four sections
 * (positive;negative;zero;text); {@code ;;;} leaves all of them empty, so Excel shows a blank cell
 * while the value is still in the file.
 */
record BlankFormat(boolean hidesNumbers, boolean hidesText) {

  static BlankFormat of(String code) {
    List<String> sections = sections(code);
    if (sections.size() < 2) {
      return new BlankFormat(false, false);
    }
    boolean numbers = true;
    for (int i = 0; i < Math.min(3, sections.size()); i++) {
      numbers &= sections.get(i).isEmpty();
    }
    boolean text = sections.size() >= 4 && sections.get(3).isEmpty();
    return new BlankFormat(numbers, text);
  }

  /** Splits on ';' outside quotes and escapes; drops [colour]/[condition] prefixes and spaces. */
  private static List<String> sections(String code) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    boolean bracket = false;
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (quoted) {
        current.append(c);
        quoted = c != '"';
      } else if (bracket) {
        bracket = c != ']';
      } else if (c == '"') {
        quoted = true;
        current.append(c);
      } else if (c == '[') {
        bracket = true;
      } else if (c == '\\' && i + 1 < code.length()) {
        current.append(c).append(code.charAt(++i));
      } else if (c == ';') {
        out.add(current.toString().trim());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    out.add(current.toString().trim());
    return out;
  }
}
