package io.foilint.detect.personal.names;

/**
 * One piece of text seen by the name matcher. {@code word} is the letters of a word token (dots of
 * initials removed: {@code J.A.} → {@code JA}; possessive {@code 's} removed); {@code start} and
 * {@code end} are offsets in the original text, {@code end} covering any trailing dot.
 */
record Token(Type type, String word, int start, int end, boolean dotted, boolean initialsRun) {

  enum Type {
    WORD,
    COMMA,
    /** Digits, symbols, sentence punctuation or a word glued to digits: breaks any name. */
    OTHER
  }

  boolean isWord() {
    return type == Type.WORD;
  }

  /** One capital letter ({@code J}, {@code J.}) or a dotted run of them ({@code J.A.}). */
  boolean isInitials() {
    if (type != Type.WORD) {
      return false;
    }
    if (word.length() == 1) {
      return Character.isUpperCase(word.charAt(0));
    }
    return initialsRun && allUpper();
  }

  /** Two or three capitals with no dots ({@code JA}): initials only right after a surname. */
  boolean isUndottedInitials() {
    return type == Type.WORD && !dotted && word.length() >= 2 && word.length() <= 3 && allUpper();
  }

  /**
   * A capitalised word of at least two letters: {@code Smith}, {@code SMITH}, {@code McDonald},
   * {@code O'Brien}, {@code Smith-Jones}. A lower-case word or a single letter is not.
   */
  boolean isNameWord() {
    if (type != Type.WORD || initialsRun || word.length() < 2) {
      return false;
    }
    return Character.isUpperCase(word.charAt(0));
  }

  /** Every letter is a capital (the {@code /} of {@code A/DS} is ignored); at least one letter. */
  boolean allUpper() {
    boolean anyLetter = false;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        anyLetter = true;
      }
    }
    return anyLetter;
  }

  /** The word lower-cased without dots, for title and rank lookups. */
  String lower() {
    return word.toLowerCase(java.util.Locale.ROOT);
  }
}
