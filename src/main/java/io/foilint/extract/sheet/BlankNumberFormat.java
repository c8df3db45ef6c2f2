package io.foilint.extract.sheet;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether an Excel number format code displays a value, like {@code ;;;} or {@code "";"";""}
 * do not. One rule for xlsx, xlsb and xls; ods states its sections as XML and uses
 * {@link #hidesNumbers(List)}.
 *
 * <p>A code has up to four sections: positive; negative; zero; text (with two sections the first
 * serves positive numbers and zero). Text uses the fourth and is shown as typed when there is no
 * fourth section. A section displays nothing when it prints no visible character: only colour,
 * condition and locale brackets, spaces, {@code _x} padding, {@code * } space fills and quoted
 * empty or whitespace-only literals ({@code ""}, {@code " "}).
 *
 * <p>A number is hidden when the section it lands in displays nothing, so {@code 0;;;} hides
 * negative numbers. A zero is never counted as hidden: "hide zeros" ({@code 0;-0;;@}) is an
 * everyday layout and a blank for zero hides nothing. A colour in the code ({@code [White]0}) is
 * not judged here; cell colours are {@link TextContrast}'s.
 */
public final class BlankNumberFormat {

  /** A format that shows every value (General, or no format at all). */
  public static final BlankNumberFormat SHOWS_ALL = new BlankNumberFormat(new boolean[] {false}, false);

  /** Per number section (1 to 3): whether it displays nothing. */
  private final boolean[] blankSections;
  private final boolean hidesText;

  private BlankNumberFormat(boolean[] blankSections, boolean hidesText) {
    this.blankSections = blankSections;
    this.hidesText = hidesText;
  }

  /** Parses a format code; null or empty (a missing format) is General. */
  public static BlankNumberFormat of(String code) {
    if (code == null || code.isEmpty()) {
      return SHOWS_ALL;
    }
    List<String> sections = sections(code);
    int n = Math.min(sections.size(), 3);
    boolean[] blank = new boolean[n];
    boolean any = false;
    for (int i = 0; i < n; i++) {
      blank[i] = isBlank(sections.get(i));
      any |= blank[i];
    }
    boolean text = sections.size() >= 4 && isBlank(sections.get(3));
    return any || text ? new BlankNumberFormat(blank, text) : SHOWS_ALL;
  }

  /** True when the number {@code value} shown in this format displays nothing. */
  public boolean hidesNumber(double value) {
    if (value == 0.0) {
      return false;
    }
    int section = value < 0 && blankSections.length >= 2 ? 1 : 0;
    return blankSections[section];
  }

  /** True when every number section is blank (for values that are not numbers: booleans, errors). */
  public boolean hidesAnyNumber() {
    for (boolean blank : blankSections) {
      if (!blank) {
        return false;
      }
    }
    return true;
  }

  /** True when text displays nothing: a fourth section that is blank. */
  public boolean hidesText() {
    return hidesText;
  }

  /**
   * True when a cell value as a reader emits it displays nothing: text by the text section,
   * numbers by the section their sign selects, other values (booleans, errors) only when every
   * number section is blank.
   */
  public boolean hidesValue(String value, boolean text) {
    if (this == SHOWS_ALL) {
      return false;
    }
    if (text) {
      return hidesText;
    }
    try {
      return hidesNumber(Double.parseDouble(value));
    } catch (NumberFormatException e) {
      return hidesAnyNumber();
    }
  }

  /** True when some value in this format may display nothing (worth keeping per style). */
  public boolean hidesSomething() {
    return this != SHOWS_ALL;
  }

  /**
   * The judgement on sections already parsed (ods: a number style and its {@code style:map}
   * targets, whose conditions are not evaluated): numbers are hidden when every section is blank.
   */
  public static boolean hidesNumbers(List<Boolean> numberSectionsBlank) {
    if (numberSectionsBlank.isEmpty()) {
      return false;
    }
    for (boolean blank : numberSectionsBlank) {
      if (!blank) {
        return false;
      }
    }
    return true;
  }

  /** Splits on semicolons outside quotes, brackets and backslash escapes. */
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

  /** True when a section prints no visible character (see the class comment). */
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
          if (close < 0 || !section.substring(i + 1, close).isBlank()) {
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
