package io.foilint.extract.xls;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides whether a number format displays nothing for a given value, as {@code ;;;} does.
 *
 * <p>A format has up to four sections (positive; negative; zero; text). A section renders nothing
 * when, once colour and condition brackets are removed, only whitespace is left. Text is hidden
 * only by an explicit empty fourth section: with fewer sections Excel shows text as it is.
 */
final class BlankNumberFormat {

  private final List<String> sections;

  private BlankNumberFormat(List<String> sections) {
    this.sections = sections;
  }

  static BlankNumberFormat parse(String format) {
    return new BlankNumberFormat(splitSections(format == null ? "" : format));
  }

  /** True when a number {@code value} formatted this way shows nothing. */
  boolean hidesNumber(double value) {
    int n = sections.size();
    String section;
    if (n == 1) {
      section = sections.get(0);
    } else if (n == 2) {
      section = value < 0 ? sections.get(1) : sections.get(0);
    } else {
      section = value > 0 ? sections.get(0) : value < 0 ? sections.get(1) : sections.get(2);
    }
    return rendersNothing(section, n > 1);
  }

  /** True when text formatted this way shows nothing. */
  boolean hidesText() {
    return sections.size() >= 4 && rendersNothing(sections.get(3), true);
  }

  private static boolean rendersNothing(String section, boolean multiSection) {
    if (!multiSection && section.isEmpty()) {
      // A single empty format string is how a missing format looks: treat it as General.
      return false;
    }
    return stripBrackets(section).isBlank();
  }

  private static String stripBrackets(String section) {
    StringBuilder sb = new StringBuilder();
    int depth = 0;
    for (int i = 0; i < section.length(); i++) {
      char c = section.charAt(i);
      if (c == '[') {
        depth++;
      } else if (c == ']' && depth > 0) {
        depth--;
      } else if (depth == 0) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Splits on top-level semicolons, ignoring those inside quotes, brackets or after a backslash. */
  private static List<String> splitSections(String format) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    int brackets = 0;
    for (int i = 0; i < format.length(); i++) {
      char c = format.charAt(i);
      if (c == '\\' && i + 1 < format.length()) {
        current.append(c).append(format.charAt(++i));
        continue;
      }
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == '[') {
        brackets++;
      } else if (!quoted && c == ']' && brackets > 0) {
        brackets--;
      } else if (!quoted && brackets == 0 && c == ';') {
        out.add(current.toString());
        current.setLength(0);
        continue;
      }
      current.append(c);
    }
    out.add(current.toString());
    return out;
  }
}
