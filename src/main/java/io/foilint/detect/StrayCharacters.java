package io.foilint.detect;

import java.util.regex.Pattern;

/**
 * One judgement of "a few characters that form no word": at most {@link #MAX} letters or digits
 * in all, never two letters in a row — a stray page number, a figure label, a deleted "s.". Text
 * out of sight that is no more than that hides no message, so the rules that BLOCK hidden text
 * (white text on a PDF page, deleted text kept by tracked changes) lower it for such text.
 */
public final class StrayCharacters {

  /**
   * At most this many letters or digits (the same bound as a white shape over a figure detail,
   * {@code CoveredTextFinder.FIGURE_DETAIL_GLYPHS}).
   */
  public static final int MAX = 3;

  private static final Pattern TWO_LETTERS = Pattern.compile("\\p{L}{2}");

  private StrayCharacters() {}

  /** Whether {@code text} has two letters in a row anywhere (the start of a word). */
  public static boolean twoLettersInARow(String text) {
    return TWO_LETTERS.matcher(text).find();
  }

  /** Whether hidden text of this many letters and digits, with or without a pair, forms no word. */
  public static boolean formNoWord(long lettersAndDigits, boolean twoLettersInARow) {
    return lettersAndDigits <= MAX && !twoLettersInARow;
  }
}
