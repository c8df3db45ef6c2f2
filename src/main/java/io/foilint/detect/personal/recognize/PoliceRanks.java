package io.foilint.detect.personal.recognize;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Police ranks (England &amp; Wales, PSNI, Met and City) and police staff grades, as written in
 * personnel tables: full names, abbreviations ("PC", "Sgt", "Ch Insp", "C/Supt"), detective
 * forms ("Det. Supt", "DCI") and acting or temporary prefixes ("T/DI", "A/Sgt", "Acting
 * Inspector"). The canonical rank returned is the substantive rank name without the acting or
 * temporary qualifier (they share one rank structure; a re-identification count that wants the
 * qualifier keeps the original text).
 *
 * <p>Bare codes that mean other things too are reported only with header support: staff grades
 * (AA, AO, SO, DP, EOI, EOII, G6, G7, SO1/SO2, PO1–PO6) and the rank abbreviations AC, CC, CI
 * and SC (air conditioning, carbon copy, confidence interval, and many more).
 */
public final class PoliceRanks {

  private static final Map<String, String> RANKS = new HashMap<>();
  private static final Map<String, String> HEADER_ONLY = new HashMap<>();
  private static final Map<String, String> DETECTIVE_OF = new HashMap<>();
  private static final String[] QUALIFIERS = {"acting ", "temporary ", "temp ", "a/", "t/"};
  private static final String[] DETECTIVE = {"detective ", "det ", "d/"};
  private static final int LONGEST = 48;

  static {
    rank("Police Constable", "pc", "police constable", "constable", "p/c");
    rank("Detective Constable", "dc", "detective constable");
    rank("Trainee Detective Constable", "tdc", "trainee detective constable", "trainee dc");
    rank("Student Officer", "student officer", "student police officer", "student constable");
    rank("Police Sergeant", "ps", "sgt", "sergeant", "police sergeant", "p/s");
    rank("Detective Sergeant", "ds", "detective sergeant");
    rank("Inspector", "insp", "inspector", "police inspector");
    rank("Detective Inspector", "di", "detective inspector");
    rank("Chief Inspector", "ch insp", "chief insp", "chief inspector", "c/insp", "c/i");
    headerOnly("Chief Inspector", "ci");
    rank("Detective Chief Inspector", "dci", "detective chief inspector");
    rank("Superintendent", "supt", "superintendent");
    rank("Detective Superintendent", "detective superintendent", "d/supt", "dsupt");
    rank(
        "Chief Superintendent",
        "ch supt", "c/supt", "chief supt", "chief superintendent", "csupt", "ch/supt");
    rank("Detective Chief Superintendent", "dcs", "detective chief superintendent");
    rank("Assistant Chief Constable", "acc", "assistant chief constable");
    rank("Deputy Chief Constable", "dcc", "deputy chief constable");
    rank("Chief Constable", "chief constable");
    headerOnly("Chief Constable", "cc");
    rank("Commander", "cmdr", "commander", "cdr");
    rank("Deputy Assistant Commissioner", "dac", "deputy assistant commissioner");
    rank("Assistant Commissioner", "assistant commissioner");
    headerOnly("Assistant Commissioner", "ac");
    rank("Deputy Commissioner", "deputy commissioner");
    rank("Commissioner", "commissioner");
    rank("Special Constable", "spc", "special constable", "special sergeant", "special inspector");
    headerOnly("Special Constable", "sc");
    rank("Police Community Support Officer", "pcso", "police community support officer");
    rank("Police Staff", "police staff", "police staff member");

    // Northern Ireland Civil Service grades used for PSNI staff.
    rank("Administrative Assistant", "administrative assistant");
    headerOnly("Administrative Assistant", "aa");
    rank("Administrative Officer", "administrative officer");
    headerOnly("Administrative Officer", "ao");
    rank("Executive Officer II", "executive officer ii", "executive officer 2");
    headerOnly("Executive Officer II", "eoii", "eo ii", "eo2");
    rank("Executive Officer I", "executive officer i", "executive officer 1");
    headerOnly("Executive Officer I", "eoi", "eo i", "eo1");
    rank("Staff Officer", "staff officer");
    headerOnly("Staff Officer", "so");
    rank("Deputy Principal", "deputy principal");
    headerOnly("Deputy Principal", "dp");
    rank("Grade 7", "grade 7");
    headerOnly("Grade 7", "g7");
    rank("Grade 6", "grade 6");
    headerOnly("Grade 6", "g6");
    // England & Wales police staff pay spines.
    for (int i = 1; i <= 6; i++) {
      rank("Scale " + i, "scale " + i);
      rank("Principal Officer " + i, "principal officer " + i);
      headerOnly("Principal Officer " + i, "po" + i, "po " + i);
    }
    for (int i = 1; i <= 2; i++) {
      rank("Senior Officer " + i, "senior officer " + i);
      headerOnly("Senior Officer " + i, "so" + i, "so " + i);
    }

    DETECTIVE_OF.put("Police Constable", "Detective Constable");
    DETECTIVE_OF.put("Police Sergeant", "Detective Sergeant");
    DETECTIVE_OF.put("Inspector", "Detective Inspector");
    DETECTIVE_OF.put("Chief Inspector", "Detective Chief Inspector");
    DETECTIVE_OF.put("Superintendent", "Detective Superintendent");
    DETECTIVE_OF.put("Chief Superintendent", "Detective Chief Superintendent");
    for (String detective : Set.copyOf(DETECTIVE_OF.values())) {
      DETECTIVE_OF.put(detective, detective);
    }
  }

  private PoliceRanks() {}

  private static void rank(String canonical, String... aliases) {
    for (String a : aliases) {
      RANKS.put(a, canonical);
    }
  }

  private static void headerOnly(String canonical, String... aliases) {
    for (String a : aliases) {
      HEADER_ONLY.put(a, canonical);
    }
  }

  /** The canonical rank or grade a cell value names, without header support for bare codes. */
  public static Optional<String> rankOf(String value) {
    return rankOf(value, false);
  }

  /**
   * The canonical rank or grade a cell value names ("T/DI" gives "Detective Inspector", "Sgt"
   * gives "Police Sergeant"). Ambiguous bare codes ("SO", "AO", "CI", "PO3") count only when
   * {@code headerSupportsRank} says the column is headed rank, grade or similar.
   */
  public static Optional<String> rankOf(String value, boolean headerSupportsRank) {
    if (value == null) {
      return Optional.empty();
    }
    int n = value.length();
    if (n < 2 || n > LONGEST) {
      return Optional.empty();
    }
    String key = normalise(value);
    return key == null ? Optional.empty() : Optional.ofNullable(lookup(key, headerSupportsRank));
  }

  /**
   * True when free text opens with a rank followed by a name ("PC Smith", "DS Niamh Quinn",
   * "T/DI Jones", "Det. Supt Brown", "PC 1234 Smith"). The rank must be capitalised as written in
   * prose and the next word must start with a capital, so "pc games" and "PS thanks" stay out;
   * bare codes needing header support never count.
   */
  public static boolean startsWithRank(String text) {
    if (text == null) {
      return false;
    }
    int start = 0;
    while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    if (start >= text.length() || !(text.charAt(start) >= 'A' && text.charAt(start) <= 'Z')) {
      return false;
    }
    int[] wordEnds = new int[5];
    int words = 0;
    int i = start;
    while (words < wordEnds.length && i < text.length()) {
      while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      wordEnds[words++] = i;
      while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
    }
    for (int k = words - 1; k >= 1; k--) {
      String candidate = text.substring(start, wordEnds[k - 1]);
      if (rankOf(candidate, false).isPresent() && nameFollows(text, wordEnds[k - 1])) {
        return true;
      }
    }
    return false;
  }

  /** A capitalised word next, or a collar number and then a capitalised word. */
  private static boolean nameFollows(String text, int from) {
    int i = skipSpaces(text, from);
    if (i >= text.length()) {
      return false;
    }
    char c = text.charAt(i);
    if (Character.isUpperCase(c)) {
      return true;
    }
    if (!Ascii.digit(c)) {
      return false;
    }
    while (i < text.length() && Ascii.digit(text.charAt(i))) {
      i++;
    }
    int next = skipSpaces(text, i);
    return next > i && next < text.length() && Character.isUpperCase(text.charAt(next));
  }

  private static int skipSpaces(String text, int i) {
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static String lookup(String key, boolean headerSupportsRank) {
    String k = key;
    for (String q : QUALIFIERS) {
      if (k.startsWith(q) && k.length() > q.length()) {
        k = k.substring(q.length()).stripLeading();
        break;
      }
    }
    String direct = plain(k, headerSupportsRank);
    if (direct != null) {
      return direct;
    }
    for (String d : DETECTIVE) {
      if (k.startsWith(d) && k.length() > d.length()) {
        String base = plain(k.substring(d.length()).stripLeading(), headerSupportsRank);
        return base == null ? null : DETECTIVE_OF.get(base);
      }
    }
    return null;
  }

  private static String plain(String key, boolean headerSupportsRank) {
    String canonical = RANKS.get(key);
    if (canonical == null && headerSupportsRank) {
      canonical = HEADER_ONLY.get(key);
    }
    return canonical;
  }

  /**
   * ASCII lower case (locale-free), dots, dashes and underscores read as spaces, runs of white space made one space, spaces around a
   * slash dropped. Null when the value holds anything a rank never does.
   */
  static String normalise(String value) {
    StringBuilder out = new StringBuilder(value.length());
    boolean pendingSpace = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == ' ' || c == '.' || c == '-' || c == '_' || c == '\t' || c == '\u00A0') {
        pendingSpace = out.length() > 0;
        continue;
      }
      if (!(Ascii.letter(c) || Ascii.digit(c) || c == '/')) {
        return null;
      }
      if (c != '/' && pendingSpace && out.charAt(out.length() - 1) != '/') {
        out.append(' ');
      }
      pendingSpace = false;
      out.append(Ascii.lower(c));
    }
    return out.length() == 0 ? null : out.toString();
  }
}
