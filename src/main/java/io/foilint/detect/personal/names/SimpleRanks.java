package io.foilint.detect.personal.names;

import java.util.List;
import java.util.Set;

/**
 * A deliberately small police-rank reader, just enough to see "PC Smith", "DS Niamh Quinn",
 * "Insp. Jones", "Det Sgt Brown", "A/Sgt Khan". The full rank recogniser lives elsewhere
 * (io.foilint.detect.personal.recognize); this class is package-private so it can be swapped.
 */
final class SimpleRanks {

  private SimpleRanks() {}

  /** Abbreviations that are only ranks when written in capitals (Di, Ps, Ci are words or names). */
  private static final Set<String> CAPITAL_ABBREVIATIONS =
      Set.of("pc", "wpc", "dc", "wdc", "ps", "ds", "di", "ci", "dci", "acc", "dcc", "pcso", "cc",
          "dsu", "dsupt", "csu");

  /** Ranks that can stand before a name on their own, in any capitalisation. */
  private static final Set<String> HEADS =
      Set.of("sgt", "insp", "supt", "csupt", "cst", "const", "constable", "sergeant",
          "inspector", "superintendent", "detective", "det", "commander", "cmdr");

  /** Words that qualify a following rank: Det Sgt, Ch Insp, Acting Inspector, Det Con. */
  private static final Set<String> QUALIFIERS =
      Set.of("det", "detective", "ch", "chief", "acting", "temporary", "act", "temp", "police",
          "woman", "assistant", "deputy");

  /** Only after a qualifier: "Det Con Smith" but not "Con Smith" (Con is a first name). */
  private static final Set<String> QUALIFIED_HEADS = Set.of("con", "constable");

  /**
   * How many tokens from {@code from} form a rank (0 when none). A prefix {@code A/} or {@code T/}
   * (acting, temporary) is allowed on the first.
   */
  static int consume(List<Token> tokens, int from, int to) {
    int i = from;
    boolean qualified = false;
    int lastHeadEnd = 0;
    while (i < to && i - from < 4) {
      Token t = tokens.get(i);
      if (!t.isWord()) {
        break;
      }
      String w = stripActingPrefix(t.lower());
      if (QUALIFIERS.contains(w)) {
        qualified = true;
        if (w.equals("det") || w.equals("detective")) {
          lastHeadEnd = i + 1 - from;
        }
      } else if (HEADS.contains(w) || (qualified && QUALIFIED_HEADS.contains(w))) {
        lastHeadEnd = i + 1 - from;
      } else if (CAPITAL_ABBREVIATIONS.contains(w) && t.allUpper()) {
        lastHeadEnd = i + 1 - from;
      } else {
        break;
      }
      i++;
    }
    return lastHeadEnd;
  }

  private static String stripActingPrefix(String w) {
    if (w.length() > 2 && w.charAt(1) == '/' && (w.charAt(0) == 'a' || w.charAt(0) == 't')) {
      return w.substring(2);
    }
    return w;
  }
}
