package io.foilint.detect.personal.names;

import java.text.Normalizer;

/**
 * The canonical form in which names are stored in the bundled dictionaries and looked up: lower
 * case, accents removed ({@code Ó} → {@code o}), apostrophes removed ({@code O'Brien} and {@code
 * O’Brien} → {@code obrien}); only letters {@code a}–{@code z}. Must stay in step with {@code
 * normalise()} in {@code src/tools/names/regenerate_name_lists.py}, which wrote the dictionaries.
 */
public final class NameKey {

  private NameKey() {}

  /**
   * The key of one name word (no spaces, no hyphens), or {@code null} when the word, once
   * normalised, is not two or more letters a–z (digits, other scripts, punctuation).
   */
  public static String of(CharSequence word) {
    int n = word.length();
    if (n < 2 || n > 64) {
      return null;
    }
    // Fast path: plain ASCII letters and apostrophes need no Unicode normalisation, and nearly
    // every cell is like that.
    char[] out = new char[n];
    int len = 0;
    for (int i = 0; i < n; i++) {
      char c = word.charAt(i);
      if (c >= 'a' && c <= 'z') {
        out[len++] = c;
      } else if (c >= 'A' && c <= 'Z') {
        out[len++] = (char) (c + ('a' - 'A'));
      } else if (isApostrophe(c)) {
        // dropped
      } else if (c < 0x80) {
        return null;
      } else {
        return slowPath(word);
      }
    }
    return len >= 2 ? new String(out, 0, len) : null;
  }

  /** Whether {@code c} is one of the apostrophe characters a name may be written with. */
  static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u2018' || c == '`' || c == '\u00b4' || c == '\u02bc';
  }

  private static String slowPath(CharSequence word) {
    String decomposed = Normalizer.normalize(word, Normalizer.Form.NFD);
    StringBuilder sb = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = Character.toLowerCase(decomposed.charAt(i));
      if (c >= 'a' && c <= 'z') {
        sb.append(c);
      } else if (isApostrophe(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
        // dropped: apostrophes and the accents NFD split off
      } else {
        String mapped = undecomposable(c);
        if (mapped == null) {
          return null;
        }
        sb.append(mapped);
      }
    }
    return sb.length() >= 2 ? sb.toString() : null;
  }

  /** Letters that carry no separable accent under NFD. */
  private static String undecomposable(char c) {
    switch (c) {
      case 'ø':
        return "o";
      case 'æ':
        return "ae";
      case 'œ':
        return "oe";
      case 'ß':
        return "ss";
      case 'ł':
        return "l";
      case 'đ':
      case 'ð':
        return "d";
      case 'þ':
        return "th";
      case 'ı':
        return "i";
      default:
        return null;
    }
  }
}
