package io.foilint.detect.structure;

import io.foilint.detect.personal.names.NameShapes;
import java.util.regex.Pattern;

/**
 * Tells the text labels a chart plots that could name a person from those that cannot: months,
 * days, quarters, years and financial years, axis letters ({@code X}, {@code Y}) and numbers are
 * plain axis labels, and a label is a name only when {@link NameShapes} reads it as one.
 */
final class ChartLabels {

  /** {@link NameShapes} confidence from which a label is read as a person's name ("a name"). */
  static final double NAME_CONFIDENCE = 0.6;

  private static final String MONTH =
      "(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|jun(e)?|jul(y)?|aug(ust)?|sep(t(ember)?)?"
          + "|oct(ober)?|nov(ember)?|dec(ember)?)";
  private static final String DAY =
      "(mon(day)?|tue(s(day)?)?|wed(nesday)?|thu(r(s(day)?)?)?|fri(day)?|sat(urday)?|sun(day)?)";
  private static final Pattern PLAIN =
      Pattern.compile(
          "(?i)("
              + MONTH + "[\\s\\-'./,]*(\\d{1,4}([\\s\\-'./,]*\\d{2,4})?)?" // Jan, January 2024, Jan-24
              + "|\\d{1,2}[\\s\\-./]*" + MONTH + "([\\s\\-'./,]*\\d{2,4})?" // 1 Jan, 01-Jan-24
              + "|" + DAY
              + "|(fy|cy)?\\s*'?\\d{2,4}([\\s/\\-]+\\d{2,4})?" // 2024, FY24, 2023/24, 2023-2024
              + "|q[1-4]([\\s\\-/]*(fy)?\\s*\\d{2,4})?|\\d{4}[\\s\\-/]*q[1-4]" // Q1, Q1 2024, 2024 Q1
              + "|h[12]([\\s\\-/]*\\d{2,4})?" // H1, H2 2024
              + "|(week|wk|month|period|quarter|year|day|p)\\s*\\d{1,4}" // Week 12, P3
              + "|[a-z]{1,2}\\d{0,2}" // axis letters and short codes: X, Y, A1
              + "|[^\\p{L}]*" // numbers, dates, ranges, percentages: no letters at all
              + ")");

  private ChartLabels() {}

  /** True for labels that are plainly not names: months, years, axis letters, numbers. */
  static boolean isPlain(String label) {
    String v = label == null ? "" : label.strip();
    return v.isEmpty() || HeaderRow.looksNumeric(v) || (v.length() <= 40 && PLAIN.matcher(v).matches());
  }

  /** True when the label reads as a person's name. */
  static boolean isName(String label) {
    return !isPlain(label)
        && NameShapes.bundled().match(label.strip()).confidence() >= NAME_CONFIDENCE;
  }
}
