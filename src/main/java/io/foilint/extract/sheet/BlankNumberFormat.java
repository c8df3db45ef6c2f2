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
 * <p>Numbers count as hidden only when every section a number can land in displays nothing. A
 * format that blanks some numbers only is a display convention, not a hiding place: "hide zeros"
 * ({@code 0;-0;;@}), or a blank negative section over the {@code -1} a statistics sheet uses for
 * "no data" (corpus: {@code poi__at.gv...bp10.xls}); conditional sections ({@code [<0]"";0%})
 * choose by value, not by sign. A colour in the code ({@code [White]0}) is not judged here; cell
 * colours are {@link TextContrast}'s.
 */
public final class BlankNumberFormat {

  /** A format that shows every value (General, or no format at all). */
  public static final BlankNumberFormat SHOWS_ALL = new BlankNumberFormat(false, false);

  private final boolean hidesNumbers;
  private final boolean hidesText;

  private BlankNumberFormat(boolean hidesNumbers, boolean hidesText) {
    this.hidesNumbers = hidesNumbers;
    this.hidesText = hidesText;
  }

  /** Parses a format code; null or empty (a missing format) is General. */
  public static BlankNumberFormat of(String code) {
    if (code == null || code.isEmpty()) {
      return SHOWS_ALL;
    }
    List<String> sections = sections(code);
    List<Boolean> blank = new ArrayList<>();
    for (int i = 0; i < Math.min(sections.size(), 3); i++) {
      blank.add(isBlank(sections.get(i)));
    }
    boolean numbers = hidesNumbers(blank);
    boolean text = sections.size() >= 4 && isBlank(sections.get(3));
    return numbers || text ? new BlankNumberFormat(numbers, text) : SHOWS_ALL;
  }

  /** True when every number section is blank, so no number in this format shows. */
  public boolean hidesNumbers() {
    return hidesNumbers;
  }

  /** True when text displays nothing: a fourth section that is blank. */
  public boolean hidesText() {
    return hidesText;
  }

  /**
   * True when a value of this kind displays nothing: text by the text section; numbers, booleans
   * and errors when every number section is blank.
   */
  public boolean hides(boolean text) {
    return text ? hidesText : hidesNumbers;
  }

  /** True when some kind of value in this format displays nothing (worth keeping per style). */
  public boolean hidesSomething() {
    return hidesNumbers || hidesText;
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
