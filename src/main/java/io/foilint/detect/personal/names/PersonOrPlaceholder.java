package io.foilint.detect.personal.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One judgement, shared by document properties, comment authors and free text: is this value a
 * person, or an application, a default or service account, an organisation, a team or
 * department, or capitalised ordinary words?
 *
 * <p>A value is judged not a person only on positive evidence (a legal form or public body at the
 * end, a team or department word, an account or placeholder word, a known application); anything
 * else — a login such as {@code jzhu}, an unknown single word, an employee number — stays a
 * person, because missing a name costs more than a second look at a placeholder. A known first
 * name followed by a known surname ("Margaret Court", "Jack Press") is a person even when its last
 * word is also an organisation or team word; only a legal form ("Robert Bosch GmbH") or a team
 * head ("Grace Hopper Team") overrules it.
 *
 * <p>A value with several parts ({@code Smith, John (IT)}, {@code User: Unprivileged user
 * [nobody]}) is a person when any part is; a part that is only a legal form ({@code GKN
 * Automotive, Inc.}) belongs to the part before it.
 */
public final class PersonOrPlaceholder {

  /** What a value is. */
  public enum Judgement {
    PERSON("a person"),
    APPLICATION_OR_ACCOUNT("an application, default account or placeholder"),
    ORGANISATION("an organisation"),
    TEAM("a team or department"),
    ORDINARY_WORDS("ordinary words"),
    EMPTY("no name");

    private final String phrase;

    Judgement(String phrase) {
      this.phrase = phrase;
    }

    /** How a report names it: "an organisation". */
    public String phrase() {
      return phrase;
    }

    public boolean isPerson() {
      return this == PERSON;
    }
  }

  private static final String SEPARATORS = ",;/|()[]{}:\u2013\u2014";

  private PersonOrPlaceholder() {}

  /** Whether {@code value} may name a person (see the class comment for what does not). */
  public static boolean isPerson(String value) {
    return judge(value).isPerson();
  }

  /** What {@code value} is. */
  public static Judgement judge(String value) {
    if (value == null || value.codePoints().noneMatch(Character::isLetterOrDigit)) {
      return Judgement.EMPTY;
    }
    Judgement overall = null;
    for (String segment : segments(value)) {
      Judgement j = judgeSegment(segment);
      if (j == Judgement.PERSON) {
        return j;
      }
      if (j != Judgement.EMPTY && overall == null) {
        overall = j;
      }
    }
    return overall == null ? Judgement.EMPTY : overall;
  }

  /** Parts between separators; a part that is only a legal form joins the part before it. */
  static List<String> segments(String value) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    String v = value.replace(" - ", " \u2013 ");
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (SEPARATORS.indexOf(c) >= 0) {
        add(out, current.toString());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    add(out, current.toString());
    return out;
  }

  private static void add(List<String> out, String segment) {
    String s = segment.strip();
    if (s.isEmpty()) {
      return;
    }
    List<String> parts = parts(s, false);
    if (!out.isEmpty() && !parts.isEmpty()
        && parts.stream().allMatch(NotPersonWords.LEGAL_FORMS::contains)) {
      out.set(out.size() - 1, out.get(out.size() - 1) + " " + s);
    } else {
      out.add(s);
    }
  }

  private static Judgement judgeSegment(String segment) {
    List<String> parts = parts(segment, false);
    if (parts.isEmpty()) {
      return segment.codePoints().anyMatch(Character::isDigit) ? Judgement.PERSON : Judgement.EMPTY;
    }
    List<String> words = withoutVersion(parts);
    if (words.isEmpty()) {
      return Judgement.PERSON; // only numbers: an employee or account number
    }
    if (NotPersonWords.APPLICATIONS.contains(String.join(" ", words))
        || NotPersonWords.APPLICATIONS.contains(String.join("", words))) {
      return Judgement.APPLICATION_OR_ACCOUNT;
    }
    String last = words.get(words.size() - 1);
    if (NotPersonWords.LEGAL_FORMS.contains(last) && words.size() > 1) {
      return Judgement.ORGANISATION;
    }
    boolean teamHead = NotPersonWords.TEAM_HEADS.contains(last) && words.size() > 1;
    if (knownFirstAndSurname(segment) && !teamHead) {
      return Judgement.PERSON;
    }
    if (NotPersonWords.BODIES.contains(last) && words.size() > 1) {
      return Judgement.ORGANISATION;
    }
    int head = words.get(0).equals("the") ? 1 : 0;
    if (words.size() > head + 2 && NotPersonWords.BODIES.contains(words.get(head))
        && (words.get(head + 1).equals("of") || words.get(head + 1).equals("for"))) {
      return Judgement.ORGANISATION; // The Bank of England, Department of Justice
    }
    if (isCapitalsWithShortWordAtEdge(segment, words)) {
      return Judgement.ORDINARY_WORDS;
    }
    if (NotPersonWords.TEAM_HEADS.contains(last)
        || words.stream().allMatch(NotPersonWords.FUNCTIONS::contains)) {
      return Judgement.TEAM;
    }
    if (NotPersonWords.FUNCTIONS.contains(last) && words.size() > 1
        && !NameDictionary.bundled().isFirstName(words.get(0))) {
      return Judgement.TEAM; // Corporate Communications, Records Management
    }
    for (String w : parts(segment, true)) {
      if (NotPersonWords.ACCOUNTS.contains(w)) {
        return Judgement.APPLICATION_OR_ACCOUNT;
      }
    }
    for (String infix : NotPersonWords.ACCOUNT_INFIXES) {
      if (segment.contains(infix)) {
        return Judgement.APPLICATION_OR_ACCOUNT;
      }
    }
    return Judgement.PERSON;
  }

  /** "LIGHT IN", "A WAY": capitals whose first or last word is a one- or two-letter word. */
  private static boolean isCapitalsWithShortWordAtEdge(String segment, List<String> words) {
    return words.size() >= 2 && allCapitals(segment)
        && (NotPersonWords.SHORT_WORDS.contains(words.get(0))
            || NotPersonWords.SHORT_WORDS.contains(words.get(words.size() - 1)));
  }

  /** Two to four words, the first a known first name and the last a known surname. */
  private static boolean knownFirstAndSurname(String segment) {
    String[] words = segment.strip().split("\\s+");
    if (words.length < 2 || words.length > 4) {
      return false;
    }
    NameDictionary d = NameDictionary.bundled();
    String first = trimPunctuation(words[0]);
    String last = trimPunctuation(words[words.length - 1]);
    return !first.isEmpty() && !last.isEmpty() && d.isFirstName(first) && d.isSurname(last);
  }

  private static String trimPunctuation(String w) {
    int s = 0;
    int e = w.length();
    while (s < e && !Character.isLetterOrDigit(w.charAt(s))) {
      s++;
    }
    while (e > s && !Character.isLetterOrDigit(w.charAt(e - 1))) {
      e--;
    }
    return w.substring(s, e);
  }

  /** Trailing numbers and version marks dropped: "Java Excel API v2.3.10" → java excel api. */
  private static List<String> withoutVersion(List<String> parts) {
    int end = parts.size();
    while (end > 0 && (isDigits(parts.get(end - 1)) || parts.get(end - 1).equals("v")
        || parts.get(end - 1).equals("version"))) {
      end--;
    }
    List<String> out = new ArrayList<>(parts.subList(0, end));
    out.removeIf(PersonOrPlaceholder::isDigits);
    return out;
  }

  private static boolean isDigits(String s) {
    return !s.isEmpty() && s.chars().allMatch(Character::isDigit);
  }

  /**
   * Lower-case parts: runs of letters or digits, split between letters and digits ({@code
   * USER1}) and, with {@code camel}, where case changes inside a word ({@code OfficeUSER},
   * {@code IEUser}); an ampersand is a part of its own.
   */
  static List<String> parts(String s, boolean camel) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    int prev = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int next = i + Character.charCount(cp) < s.length()
          ? s.codePointAt(i + Character.charCount(cp)) : 0;
      if (Character.isLetterOrDigit(cp)) {
        boolean split = cur.length() > 0
            && ((Character.isDigit(cp) != Character.isDigit(prev))
                || (camel && Character.isUpperCase(cp) && Character.isLowerCase(prev))
                || (camel && Character.isUpperCase(cp) && Character.isUpperCase(prev)
                    && Character.isLowerCase(next)));
        if (split) {
          flush(out, cur);
        }
        cur.appendCodePoint(cp);
      } else {
        flush(out, cur);
        if (cp == '&') {
          out.add("&");
        }
      }
      prev = cp;
      i += Character.charCount(cp);
    }
    flush(out, cur);
    return out;
  }

  private static void flush(List<String> out, StringBuilder cur) {
    if (cur.length() > 0) {
      out.add(cur.toString().toLowerCase(Locale.ROOT));
      cur.setLength(0);
    }
  }

  private static boolean allCapitals(String s) {
    boolean letter = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letter |= Character.isUpperCase(c);
    }
    return letter;
  }

  // ---- free text: a name-shaped span that is not a person ----

  /**
   * Whether the name-shaped span ending at {@code end} in {@code text} is the start of an
   * organisation's or team's name: followed by a legal form in any case ("Robert Bosch GmbH",
   * "Smith ltd") or by a capitalised body or team word ("Jane Doe Foundation", "Grace Hopper
   * Team"). After a title or rank ({@code titled}) only a legal form counts.
   */
  static boolean continuesAsOrganisation(String text, int end, boolean titled) {
    int i = end;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '&')) {
      i++;
    }
    int j = i;
    while (j < text.length() && (Character.isLetter(text.charAt(j)) || text.charAt(j) == '.')) {
      j++;
    }
    if (j == i) {
      return false;
    }
    String word = text.substring(i, j);
    String key = word.replace(".", "").toLowerCase(Locale.ROOT);
    if (NotPersonWords.LEGAL_FORMS.contains(key)) {
      return true;
    }
    // "Mr Smith Office" is still Mr Smith: a title or rank says person
    return !titled && Character.isUpperCase(word.charAt(0))
        && (NotPersonWords.BODIES.contains(key) || NotPersonWords.TEAM_HEADS.contains(key));
  }

  /**
   * Whether a name-shaped span is ordinary words written in capitals: the span is in capitals,
   * its first or last word is a short English word read as an initial ("LIGHT IN", "A WAY"), and
   * the text around it is capitals too (three or more other words), as in a note typed in
   * capitals. "JOHN A SMITH" keeps its middle initial.
   */
  static boolean isOrdinaryCapitals(String span, String text) {
    List<String> words = parts(span, false);
    if (!isCapitalsWithShortWordAtEdge(span, words)) {
      return false;
    }
    int capitalWords = 0;
    for (String w : text.split("[^\\p{L}]+")) {
      if (w.length() >= 2 && allCapitals(w)) {
        capitalWords++;
      }
    }
    return capitalWords - words.size() >= 3;
  }
}
