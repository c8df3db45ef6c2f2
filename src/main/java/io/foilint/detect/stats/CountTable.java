package io.foilint.detect.stats;

import io.foilint.detect.HeaderRowRecognizer;
import io.foilint.detect.personal.columns.Category;
import io.foilint.detect.personal.columns.HeaderVocabulary;
import io.foilint.model.Cell;
import io.foilint.model.Row;
import io.foilint.model.TableOrigin;
import io.foilint.model.TableStart;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Recognises a statistical table as rows stream past: an optional title row, a header row (as
 * {@link HeaderRowRecognizer} decides for every rule), then rows whose cells under "count" columns are counts of people
 * or events. A column is a count column when its header says so ("Victims", "Number of
 * offences", "Total") or when the title does ("Hate crimes ... by ward") and the header is not
 * something that merely looks like a count (rank, points, year, age).
 *
 * <p>Holds the header labels of one table, nothing per row.
 */
final class CountTable {

  static final Pattern COUNT_WORDS =
      Pattern.compile(
          "(?i)\\b(victims?|offen[cs]es?|offenders?|crimes?|incidents?|cases?|counts?|numbers?\\s+of|no\\.?\\s+of"
              + "|people|persons?|individuals|patients|staff|officers|employees|arrests|complaints"
              + "|referrals|deaths|admissions|children|pupils|applicants|claimants|suspects"
              + "|witnesses|stop(?:s| and search)|total|headcount|occurrences|reports|hires|leavers|starters"
              + "|recruits|enrollees|members|residents|households|deaths|injuries|casualties)\\b");

  /** Headers of numbers that are not counts of people or events. */
  static final Pattern NOT_COUNTS =
      Pattern.compile(
          "(?i)\\b(rank|position|pos|played|points|pts|won|drawn|lost|goals?|gd|score|year|month|day"
              + "|week|quarter|age|rate|percent(age)?|%|ratio|average|mean|median|amount|cost|£|price"
              + "|code|id|ref(erence)?|order|seq(uence)?|version|height|weight|length|record|quantity|qty"
              + "|square|stock|items?|units?|page)\\b");

  private static final Pattern TOTAL_LABEL = Pattern.compile("(?i)^\\s*(grand\\s+)?(total|all)\\b.*");

  private final TableStart table;
  private final boolean eligible;
  private boolean titleSaysCounts;
  private int headerRow = -1;
  private final Map<Integer, String> headers = new HashMap<>();
  private final Map<Integer, Boolean> countColumn = new HashMap<>();

  CountTable(TableStart table) {
    this.table = table;
    this.eligible = table.origin() == TableOrigin.SHEET || table.origin() == TableOrigin.CSV
        || table.origin() == TableOrigin.PDF_PAGE || table.origin() == TableOrigin.WORD_TABLE
        || table.origin() == TableOrigin.SLIDE_TABLE;
  }

  TableStart table() {
    return table;
  }

  /**
   * Feeds a row; returns true when it is a data row (after the header) of an eligible table, so
   * callers look at its count cells.
   */
  boolean accept(Row row) {
    if (!eligible || row.cells().isEmpty()) {
      return false;
    }
    if (headerRow >= 0) {
      return hasCounts();
    }
    if (HeaderRowRecognizer.isTitle(row)) {
      titleSaysCounts |= COUNT_WORDS.matcher(row.cells().get(0).value()).find();
      return false;
    }
    if (HeaderRowRecognizer.isHeader(row)) {
      headerRow = row.index();
      for (Cell c : row.cells()) {
        headers.put(c.column(), c.value().strip());
      }
      return false;
    }
    return false;
  }

  /** Whether a cell of a data row sits in a count column. */
  boolean isCountColumn(int column) {
    return countColumn.computeIfAbsent(column, this::decide);
  }

  private boolean decide(int column) {
    String header = headers.get(column);
    if (header == null || NOT_COUNTS.matcher(header).find() || namesAPersonalField(header)) {
      return false;
    }
    return COUNT_WORDS.matcher(header).find() || titleSaysCounts;
  }

  /**
   * "Staff number", "Station", "Rank", "Age": fields of a table of people, not counts, even when
   * a count word appears in them. Role words ("Victims") stay counts: count tables use them.
   */
  private static boolean namesAPersonalField(String header) {
    return HeaderVocabulary.match(header)
        .map(m -> PERSONAL_FIELDS.contains(m.category()))
        .orElse(false);
  }

  private static final java.util.Set<Category> PERSONAL_FIELDS =
      java.util.EnumSet.complementOf(
          java.util.EnumSet.of(Category.ROLE_IN_INCIDENT, Category.GENDER, Category.ETHNICITY,
              Category.SENSITIVE_ATTRIBUTE, Category.FREE_TEXT));

  /** The column whose header is "Total"/"All", or -1 (looked up once, after the header). */
  int totalColumn() {
    if (totalColumn == null) {
      totalColumn = -1;
      for (Map.Entry<Integer, String> e : headers.entrySet()) {
        if (TOTAL_LABEL.matcher(e.getValue()).matches()) {
          totalColumn = e.getKey();
          break;
        }
      }
    }
    return totalColumn;
  }

  private Integer totalColumn;

  String header(int column) {
    return headers.getOrDefault(column, "");
  }

  static boolean isTotalLabel(String s) {
    // runs on every row: look at the first letter before the pattern
    String t = s.stripLeading();
    if (t.isEmpty()) {
      return false;
    }
    char c = Character.toLowerCase(t.charAt(0));
    return (c == 't' || c == 'a' || c == 'g') && TOTAL_LABEL.matcher(s).matches();
  }

  /** The value as a whole count ("3", "3.0"), or -1 when it is not one. */
  static long count(String value) {
    String v = value.strip();
    if (v.isEmpty() || v.length() > 12) {
      return -1;
    }
    if (v.endsWith(".0")) {
      v = v.substring(0, v.length() - 2);
    }
    for (int i = 0; i < v.length(); i++) {
      if (!Character.isDigit(v.charAt(i))) {
        return -1;
      }
    }
    return Long.parseLong(v);
  }


  private static final Pattern LESS_THAN = Pattern.compile("<\\s*\\d{1,2}");
  private static final Pattern OR_FEWER = Pattern.compile("\\d{1,2}\\s*or\\s*(fewer|less)");

  /** Markers statisticians use for suppressed cells: *, &lt;5, c, [c], x, [x], "suppressed". */
  static boolean isSuppressionMarker(String value) {
    if (value.length() > 16) {
      return false; // runs on every cell: reject the common case before any allocation
    }
    String v = value.strip().toLowerCase(java.util.Locale.ROOT);
    if (v.isEmpty()) {
      return false;
    }
    char first = v.charAt(0);
    if (Character.isDigit(first)) {
      return v.contains("or") && OR_FEWER.matcher(v).matches();
    }
    if (first != '*' && first != '<' && first != 'c' && first != 'x' && first != '[' && first != 's') {
      return false;
    }
    return v.equals("*") || v.equals("**") || v.equals("c") || v.equals("[c]") || v.equals("x")
        || v.equals("[x]") || v.equals("[low]") || v.startsWith("suppressed")
        || LESS_THAN.matcher(v).matches() || OR_FEWER.matcher(v).matches();
  }

  /**
   * Whether the table has anything to check once its header is known: a count column or a total
   * column. Tables of people or products have neither and cost nothing per row.
   */
  boolean hasCounts() {
    if (hasCounts == null) {
      boolean any = totalColumn() >= 0;
      for (Integer column : headers.keySet()) {
        any |= isCountColumn(column);
      }
      hasCounts = any;
    }
    return hasCounts;
  }

  private Boolean hasCounts;
}
