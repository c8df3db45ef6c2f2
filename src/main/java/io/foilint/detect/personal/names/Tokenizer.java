package io.foilint.detect.personal.names;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into {@link Token}s in one left-to-right pass (no regular expressions, so no
 * backtracking on hostile cells).
 */
final class Tokenizer {

  private Tokenizer() {}

  /** Longest word kept as a word; longer runs of letters are never names. */
  private static final int MAX_WORD = 40;

  static List<Token> tokenize(CharSequence text) {
    List<Token> tokens = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == ',') {
        tokens.add(new Token(Token.Type.COMMA, ",", i, i + 1, false, false));
        i++;
      } else if (Character.isLetter(c)) {
        i = word(text, i, tokens);
      } else {
        i = other(text, i, tokens);
      }
    }
    return tokens;
  }

  private static int word(CharSequence text, int start, List<Token> tokens) {
    int n = text.length();
    int j = start + 1;
    while (j < n) {
      char c = text.charAt(j);
      if (Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
        j++;
      } else if ((NameKey.isApostrophe(c) || c == '-' || (c == '/' && j - start <= 2))
          && j + 1 < n
          && Character.isLetter(text.charAt(j + 1))) {
        j++;
      } else {
        break;
      }
    }
    if (j < n && Character.isDigit(text.charAt(j))) {
      return other(text, start, tokens);
    }
    int wordEnd = j;
    // Possessive: PC Smith's car -> Smith
    if (wordEnd - start > 3
        && (text.charAt(wordEnd - 1) == 's' || text.charAt(wordEnd - 1) == 'S')
        && NameKey.isApostrophe(text.charAt(wordEnd - 2))) {
      wordEnd -= 2;
    }
    StringBuilder letters = new StringBuilder().append(text, start, wordEnd);
    int end = j;
    boolean dotted = false;
    boolean initialsRun = false;
    if (j < n && text.charAt(j) == '.' && wordEnd - start <= 5 && wordEnd == j) {
      dotted = true;
      end = j + 1;
      if (j - start == 1) {
        // J.A.M. -> one initials token "JAM"
        initialsRun = true;
        while (end + 1 < n
            && Character.isUpperCase(text.charAt(end))
            && text.charAt(end + 1) == '.') {
          letters.append(text.charAt(end));
          end += 2;
        }
      }
    }
    if (letters.length() > MAX_WORD) {
      tokens.add(new Token(Token.Type.OTHER, "", start, end, false, false));
    } else {
      tokens.add(new Token(Token.Type.WORD, letters.toString(), start, end, dotted, initialsRun));
    }
    return end;
  }

  private static int other(CharSequence text, int start, List<Token> tokens) {
    int n = text.length();
    int j = start + 1;
    while (j < n) {
      char c = text.charAt(j);
      if (Character.isWhitespace(c) || c == ',') {
        break;
      }
      // Stop at a letter only after sentence punctuation ("end.Next"), not inside "12AB".
      if (Character.isLetter(c) && !Character.isLetterOrDigit(text.charAt(j - 1))) {
        break;
      }
      j++;
    }
    tokens.add(new Token(Token.Type.OTHER, "", start, j, false, false));
    return j;
  }
}
