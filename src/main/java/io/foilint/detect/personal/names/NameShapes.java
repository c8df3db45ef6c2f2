package io.foilint.detect.personal.names;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Recognises text written the way people's names are written in UK public-sector tables and
 * notes: {@code Smith, J.}, {@code J. Smith}, {@code John Smith}, {@code John M. Smith}, {@code Mr
 * J. Smith}, {@code DS Niamh Quinn}, or a single known surname. See {@link NameShape}.
 *
 * <h2>Confidence scale</h2>
 *
 * A number from 0 to 1 that one cell or phrase is a person's name, meant to be combined over a
 * column (share of matches, distinctness) by the column classifier rather than trusted alone:
 *
 * <ul>
 *   <li><b>0</b>: not name-shaped ({@link NameMatch#NONE}): digits, lower-case words, unknown
 *       single words, two unknown words.
 *   <li><b>below 0.3</b>: weak: one known name on its own ({@link NameShape#SINGLE_NAME}, 0.25
 *       for a surname, 0.2 for a first name, half that for two or three capitals such as {@code
 *       CID}; 0.1 or less for a trap word such as {@code Chester} or {@code March}).
 *   <li><b>0.3 to 0.6</b>: plausible: a strong shape (title, rank, initials) around an unknown
 *       word ({@code J. Xqwerty} 0.45), two capitalised words of which only the surname is known
 *       (0.45), or a known pair made of trap words ({@code Victoria Park}, {@code Grace Hope}
 *       0.44). {@link #find(String)} reports from 0.5.
 *   <li><b>0.6 to 0.95</b>: a name: a strong shape with a known surname or first name ({@code
 *       Smith, J.} 0.85, {@code Mr J. Smith} 0.9), or a known first name with a known surname
 *       ({@code Niamh Quinn} 0.9).
 * </ul>
 *
 * How it is computed: each shape has a base score and a bonus for each word found in the {@link
 * NameDictionary} (first name, surname). Each word on the {@link NameTraps} list then multiplies
 * the score by 0.85 in strong shapes (title, rank, initials: the shape itself says "person"), by
 * 0.7 in two or three capitalised words and by 0.4 for a single word; a month or day multiplies
 * it by a further 0.6. The result is capped at 0.95.
 *
 * <p>Cost: a cell is rejected before any dictionary lookup when it is longer than 80 characters,
 * holds a digit, or does not start with a capital letter; tokenising is a single pass with no
 * regular expressions. Instances are immutable and thread-safe.
 */
public final class NameShapes {

  /** {@link #find(String)} reports mentions at or above this confidence. */
  public static final double FREE_TEXT_THRESHOLD = 0.5;

  private static final int MAX_CELL_LENGTH = 80;
  private static final int MAX_NAME_TOKENS = 7;

  private static final Set<String> TITLES =
      Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord",
          "lady", "rev", "revd", "reverend", "cllr", "councillor");

  /** Lower-case particles allowed inside a name: Ludwig van Beethoven, Ana de Souza. */
  private static final Set<String> PARTICLES =
      Set.of("van", "von", "de", "der", "den", "da", "di", "du", "del", "della", "dos", "das",
          "la", "le", "bin", "binti", "bint", "ibn", "al", "el", "ap", "ni", "nic", "ua");

  /** A name after these is a church, school, hospital or street, not a person. */
  private static final Set<String> SAINTS = Set.of("st", "saint", "ste", "sainte");

  private static final NameShapes BUNDLED = new NameShapes(null);

  private final NameDictionary dictionary;

  /** Shapes scored against {@code dictionary}. */
  public NameShapes(NameDictionary dictionary) {
    this.dictionary = dictionary;
  }

  /** Shapes scored against {@link NameDictionary#bundled()} (loaded on first use). */
  public static NameShapes bundled() {
    return BUNDLED;
  }

  private NameDictionary dictionary() {
    return dictionary != null ? dictionary : NameDictionary.bundled();
  }

  /** Whether the whole of {@code cell} is a person's name, with its shape and confidence. */
  public NameMatch match(String cell) {
    if (cell == null || !worthLooking(cell)) {
      return NameMatch.NONE;
    }
    List<Token> tokens = Tokenizer.tokenize(cell);
    if (tokens.isEmpty() || tokens.size() > MAX_NAME_TOKENS) {
      return NameMatch.NONE;
    }
    NameMatch m = matchSpan(tokens, 0, tokens.size());
    return m == null ? NameMatch.NONE : m;
  }

  /**
   * Names inside free text (comments, document properties, cell notes), in text order. Only
   * mentions with a shape stronger than a single word and a confidence of at least {@link
   * #FREE_TEXT_THRESHOLD} are reported, because a lone capitalised word in prose is usually not a
   * name.
   */
  public List<NameMention> find(String freeText) {
    List<NameMention> found = new ArrayList<>();
    if (freeText == null || freeText.length() < 3) {
      return found;
    }
    List<Token> tokens = Tokenizer.tokenize(freeText);
    List<NameMention> candidates = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (!tokens.get(i).isWord() || !Character.isUpperCase(tokens.get(i).word().charAt(0))) {
        continue;
      }
      NameMention best = null;
      int limit = Math.min(tokens.size(), i + MAX_NAME_TOKENS);
      for (int j = i + 1; j <= limit; j++) {
        if (tokens.get(j - 1).type() == Token.Type.OTHER) {
          break;
        }
        NameMatch m = matchSpan(tokens, i, j);
        if (m == null || m.shape() == NameShape.SINGLE_NAME
            || m.confidence() < FREE_TEXT_THRESHOLD) {
          continue;
        }
        if (best == null || m.confidence() >= best.confidence()) {
          int start = tokens.get(i).start();
          int end = tokens.get(j - 1).start() + tokens.get(j - 1).word().length();
          if (tokens.get(j - 1).isInitials()) {
            end = tokens.get(j - 1).end();
          }
          best = new NameMention(start, end, freeText.substring(start, end), m.shape(),
              m.confidence());
        }
      }
      if (best != null && !isOrganisationOrCapitals(best, freeText)) {
        candidates.add(best);
      }
    }
    // Keep the most confident of overlapping candidates ("Dear John Smith" vs "John Smith"); a
    // title or rank wins over the bare name inside it ("DS Niamh Quinn" over "Niamh Quinn").
    candidates.sort(Comparator.comparingDouble(NameShapes::overlapPriority).reversed()
        .thenComparing(Comparator.comparingInt((NameMention m) -> m.end() - m.start()).reversed()));
    for (NameMention c : candidates) {
      boolean overlaps = false;
      for (NameMention f : found) {
        if (c.start() < f.end() && f.start() < c.end()) {
          overlaps = true;
          break;
        }
      }
      if (!overlaps) {
        found.add(c);
      }
    }
    found.sort(Comparator.comparingInt(NameMention::start));
    return found;
  }

  /**
   * A name-shaped span that {@link PersonOrPlaceholder} says is no person: the start of a company
   * or team name ("Robert Bosch GmbH") or capitalised ordinary words ("LIGHT IN").
   */
  private static boolean isOrganisationOrCapitals(NameMention m, String text) {
    boolean titled = m.shape() == NameShape.TITLE_NAME || m.shape() == NameShape.RANK_NAME;
    return PersonOrPlaceholder.continuesAsOrganisation(text, m.end(), titled)
        || PersonOrPlaceholder.isOrdinaryCapitals(m.text(), text);
  }

  private static double overlapPriority(NameMention m) {
    boolean prefixed = m.shape() == NameShape.TITLE_NAME || m.shape() == NameShape.RANK_NAME;
    return m.confidence() + (prefixed ? 0.1 : 0.0);
  }

  /** Cheap checks before tokenising: short, no digits, starts with a capital letter. */
  private static boolean worthLooking(String cell) {
    int n = cell.length();
    if (n < 2 || n > MAX_CELL_LENGTH) {
      return false;
    }
    int i = 0;
    while (i < n && Character.isWhitespace(cell.charAt(i))) {
      i++;
    }
    if (i == n || !Character.isUpperCase(cell.charAt(i))) {
      return false;
    }
    for (; i < n; i++) {
      char c = cell.charAt(i);
      if (c >= '0' && c <= '9') {
        return false;
      }
    }
    return true;
  }

  /** The name shape of exactly tokens[from, to), or null. */
  private NameMatch matchSpan(List<Token> tokens, int from, int to) {
    Token first = tokens.get(from);
    if (!first.isWord()) {
      return null;
    }
    if (TITLES.contains(first.lower()) && Character.isUpperCase(first.word().charAt(0))) {
      return prefixed(NameShape.TITLE_NAME, tokens, from + 1, to);
    }
    int rank = SimpleRanks.consume(tokens, from, to);
    if (rank > 0) {
      return prefixed(NameShape.RANK_NAME, tokens, from + rank, to);
    }
    return body(tokens, from, to);
  }

  /** A title or rank followed by a name body (no comma form). */
  private NameMatch prefixed(NameShape shape, List<Token> tokens, int from, int to) {
    if (from >= to) {
      return null;
    }
    Body b = plainBody(tokens, from, to);
    if (b == null || b.words.isEmpty() || !tokens.get(to - 1).isNameWord()) {
      return null;
    }
    if (b.words.size() == 1 && b.words.get(0).allUpper() && b.words.get(0).word().length() <= 3
        && !dictionary().isSurname(b.words.get(0).word())) {
      return null; // "PC IT", "Dr NHS": acronyms, not names
    }
    boolean known = false;
    for (Token w : b.words) {
      known |= dictionary().isSurname(w.word()) || dictionary().isFirstName(w.word());
    }
    boolean fullName = b.words.size() >= 2
        && dictionary().isFirstName(b.words.get(0).word())
        && dictionary().isSurname(b.words.get(b.words.size() - 1).word());
    double score =
        (shape == NameShape.TITLE_NAME ? 0.5 : 0.45) + (known ? 0.4 : 0.0) + (fullName ? 0.05 : 0);
    return scored(shape, score, b.words, true);
  }

  private NameMatch body(List<Token> tokens, int from, int to) {
    int comma = -1;
    for (int i = from; i < to; i++) {
      Token t = tokens.get(i);
      if (t.type() == Token.Type.OTHER) {
        return null;
      }
      if (t.type() == Token.Type.COMMA) {
        if (comma >= 0) {
          return null;
        }
        comma = i;
      }
    }
    return comma >= 0 ? commaForm(tokens, from, comma, to) : plain(tokens, from, to);
  }

  /** Smith, J. / SMITH, J A / Smith, John / Van Dyke, Mary. */
  private NameMatch commaForm(List<Token> tokens, int from, int comma, int to) {
    Body left = plainBody(tokens, from, comma);
    if (left == null || left.initials > 0 || left.words.size() != 1 || comma + 1 >= to) {
      return null;
    }
    Token surname = left.words.get(0);
    boolean surnameKnown = dictionary().isSurname(surname.word());
    if (!surnameKnown && surname.allUpper() && surname.word().length() <= 3) {
      return null; // "NHS, A": an acronym
    }
    int rightCount = to - comma - 1;
    if (rightCount <= 3 && allInitials(tokens, comma + 1, to, rightCount == 1)) {
      return scored(NameShape.SURNAME_INITIALS, 0.45 + (surnameKnown ? 0.4 : 0), left.words, true);
    }
    Body right = plainBody(tokens, comma + 1, to);
    if (right == null || right.words.isEmpty() || !tokens.get(comma + 1).isNameWord()) {
      return null;
    }
    boolean firstKnown = dictionary().isFirstName(right.words.get(0).word());
    if (!firstKnown && !surnameKnown) {
      return null;
    }
    List<Token> words = new ArrayList<>(left.words);
    words.addAll(right.words);
    return scored(NameShape.SURNAME_COMMA_FIRST,
        0.3 + (surnameKnown ? 0.3 : 0) + (firstKnown ? 0.3 : 0), words, false);
  }

  /** Names without a comma and without a title or rank. */
  private NameMatch plain(List<Token> tokens, int from, int to) {
    Body b = plainBody(tokens, from, to);
    if (b == null || b.words.isEmpty()) {
      return null;
    }
    Token last = tokens.get(to - 1);
    Token head = tokens.get(from);
    int count = to - from;
    if (count == 1) {
      boolean surname = dictionary().isSurname(head.word());
      boolean firstName = !surname && dictionary().isFirstName(head.word());
      if (!surname && !firstName) {
        return null;
      }
      double score = surname ? 0.25 : 0.2;
      if (head.allUpper() && head.word().length() <= 3) {
        score /= 2; // CID, IT, HR: in a table, short capitals are usually acronyms
      }
      return scored(NameShape.SINGLE_NAME, score, b.words, false);
    }
    if (head.isInitials() && last.isNameWord() && b.words.size() == 1) {
      boolean known = dictionary().isSurname(last.word());
      return scored(NameShape.INITIALS_SURNAME, 0.45 + (known ? 0.4 : 0), b.words, true);
    }
    if (SAINTS.contains(head.lower())) {
      return null; // St Mary's, Saint Patrick: churches, schools, hospitals, streets
    }
    boolean capitalsThenInitials =
        count == 2 && head.allUpper() && head.word().length() > 3 && last.isUndottedInitials();
    if (head.isNameWord()
        && (capitalsThenInitials
            || (b.words.size() == 1 && allInitials(tokens, from + 1, to, count == 2)))) {
      // SMITH J / Smith J.A. (no comma): only with a capitalised-surname look
      boolean known = dictionary().isSurname(head.word());
      if (!known && head.allUpper() && head.word().length() <= 3) {
        return null;
      }
      return scored(NameShape.SURNAME_INITIALS, 0.4 + (known ? 0.4 : 0), b.words, true);
    }
    if (head.isNameWord() && last.isNameWord() && b.words.size() >= 2) {
      boolean firstKnown = dictionary().isFirstName(head.word());
      boolean surnameKnown = dictionary().isSurname(last.word());
      if (!firstKnown && !surnameKnown) {
        return null;
      }
      double score = 0.1 + (firstKnown ? 0.45 : 0) + (surnameKnown ? 0.35 : 0);
      NameShape shape = NameShape.FIRST_SURNAME;
      if (count > 2) {
        shape = NameShape.FIRST_MIDDLE_SURNAME;
        score += 0.05;
      }
      return scored(shape, score, b.words, false);
    }
    return null;
  }

  /** Whether tokens[from, to) are all initials; {@code allowUndotted} admits "JA" too. */
  private static boolean allInitials(List<Token> tokens, int from, int to, boolean allowUndotted) {
    if (from >= to) {
      return false;
    }
    for (int i = from; i < to; i++) {
      Token t = tokens.get(i);
      if (!t.isInitials() && !(allowUndotted && t.isUndottedInitials())) {
        return false;
      }
    }
    return true;
  }

  /** The name words of a comma-free run, or null if anything else is in it. */
  private static Body plainBody(List<Token> tokens, int from, int to) {
    Body b = new Body();
    for (int i = from; i < to; i++) {
      Token t = tokens.get(i);
      if (!t.isWord()) {
        return null;
      }
      if (t.isInitials()) {
        b.initials++;
      } else if (t.isNameWord()) {
        b.words.add(t);
      } else if (PARTICLES.contains(t.lower()) && i > from && i < to - 1) {
        // part of a surname: ignored for scoring
      } else {
        return null;
      }
    }
    return b;
  }

  private static NameMatch scored(NameShape shape, double base, List<Token> words, boolean strong) {
    double score = base;
    for (Token w : words) {
      for (String part : w.word().split("-", -1)) {
        String key = NameKey.of(part);
        if (NameTraps.isTrapKey(key)) {
          score *= strong ? 0.85 : (shape == NameShape.SINGLE_NAME ? 0.4 : 0.7);
          if (NameTraps.isCalendarWord(key)) {
            score *= 0.6;
          }
        }
      }
    }
    return new NameMatch(shape, Math.min(0.95, score));
  }

  private static final class Body {
    final List<Token> words = new ArrayList<>();
    int initials;
  }
}
