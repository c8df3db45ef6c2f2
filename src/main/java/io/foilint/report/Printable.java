package io.foilint.report;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;

/**
 * Shows the characters that can forge or hide report text as visible escapes. A file, zip entry,
 * sheet, layer, attachment or form field may be named with ANSI escape sequences ({@code ESC [2K}
 * erases the terminal line), carriage returns and newlines (start a fake {@code PASS} line),
 * backspace, BEL, NUL, C1 controls (U+0080–U+009F, where U+009B is a one-character {@code CSI}),
 * Unicode bidi overrides and isolates (U+202A–U+202E, U+2066–U+2069: text shown in another order
 * than it is stored), zero-width and other invisible format characters, and line or paragraph
 * separators (U+2028, U+2029). Written raw, they make a report say something it does not.
 *
 * <p>Every reporter uses this one definition: the text report and the CSV show each such
 * character as {@code \r}, {@code \n}, {@code \t}, {@code \xHH} (C0, DEL and C1 controls),
 * {@code \}{@code uHHHH} or {@code \U00HHHHHH}; the HTML report does the same before escaping for HTML;
 * the JSON and SARIF reports keep the exact (masked) text but write each such character as a JSON
 * {@code \}{@code uHHHH} escape ({@link #JSON}), so the document is byte-for-byte plain ASCII where
 * it matters and a JSON reader still gets the name as it is in the file.
 *
 * <p>A backslash is not escaped: Windows paths stay readable. A name holding the four characters
 * {@code \x1b} therefore looks like one holding ESC; that can mislead about a name, never forge a
 * line.
 */
public final class Printable {

  private Printable() {}

  /** Whether {@code cp} is shown escaped: controls, format characters, separators, lone surrogates. */
  public static boolean isHazard(int cp) {
    if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) {
      return true;
    }
    if (cp < 0xA0) {
      return false;
    }
    return switch (Character.getType(cp)) {
      case Character.FORMAT, // soft hyphen, zero-width, bidi marks, overrides and isolates, BOM, tags
          Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR,
          Character.SURROGATE, // a lone half of a pair: no character at all
          Character.CONTROL -> true;
      default -> false;
    };
  }

  /** {@code s} with every {@linkplain #isHazard hazardous} character shown as an escape. */
  public static String escape(String s) {
    if (s == null) {
      return "";
    }
    int i = 0;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      if (isHazard(cp)) {
        break;
      }
      i += Character.charCount(cp);
    }
    if (i == s.length()) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length() + 16).append(s, 0, i);
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      if (isHazard(cp)) {
        appendEscape(out, cp);
      } else {
        out.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
    }
    return out.toString();
  }

  private static void appendEscape(StringBuilder out, int cp) {
    switch (cp) {
      case '\r' -> out.append("\\r");
      case '\n' -> out.append("\\n");
      case '\t' -> out.append("\\t");
      default -> {
        if (cp <= 0xFF) {
          out.append("\\x").append(hex(cp, 2));
        } else if (cp <= 0xFFFF) {
          out.append("\\u").append(hex(cp, 4));
        } else {
          out.append("\\U").append(hex(cp, 8));
        }
      }
    }
  }

  private static String hex(int value, int digits) {
    String h = Integer.toHexString(value);
    return "0".repeat(Math.max(0, digits - h.length())) + h;
  }

  /**
   * Jackson escapes for the JSON and SARIF reports: on top of JSON's own (quote, backslash, C0
   * controls), DEL, C1 controls, format characters, line and paragraph separators and every
   * surrogate are written as {@code \}{@code uHHHH}. Surrogates are escaped whole because Jackson
   * looks at one UTF-16 unit at a time and cannot tell an emoji from an invisible tag character;
   * the escaped pair still reads back as the same character.
   */
  static final CharacterEscapes JSON = new JsonEscapes();

  private static final class JsonEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;

    private final int[] ascii;

    JsonEscapes() {
      ascii = CharacterEscapes.standardAsciiEscapesForJSON();
      ascii[0x7F] = CharacterEscapes.ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      // returning null with the code ESCAPE_STANDARD is not possible for non-ASCII, so spell it out
      if (ch >= 0x80 && (isHazard(ch) || Character.isSurrogate((char) ch))) {
        return new com.fasterxml.jackson.core.io.SerializedString(
            "\\u" + hex(ch, 4).toUpperCase(java.util.Locale.ROOT)); // as Jackson writes its own
      }
      return null;
    }
  }
}
