package io.foilint.extract.sheet;

/**
 * The one workbook {@link SheetParityTest} writes in xlsx, xls, ods and xlsb. Rows and columns
 * are zero-based. Values are invented and hold no personal data, so only the hiding places
 * under test produce findings.
 *
 * <ul>
 *   <li>{@value #SUMMARY} (visible): a header and three visible rows; C2 holds a number in
 *       {@value #BLANK_ALL}, C3 a number in {@value #BLANK_QUOTED}; D2 text coloured white on
 *       white; A2 carries a comment; rows 5-6 are hidden; column E is hidden.
 *   <li>{@value #GROUPED} (visible): rows 2-3 form an outline group, collapsed under the total
 *       in row 4.
 *   <li>{@value #FILTERED} (visible): an AutoFilter over A1:B5 hides rows 3 and 5.
 *   <li>{@value #ARCHIVE}: a hidden sheet.
 * </ul>
 */
public final class ParityWorkbook {

  public static final String SUMMARY = "Summary";
  public static final String GROUPED = "Grouped";
  public static final String FILTERED = "Filtered";
  public static final String ARCHIVE = "Archive";

  public static final String BLANK_ALL = ";;;";
  public static final String BLANK_QUOTED = "\"\";\"\";\"\"";

  public static final String[][] SUMMARY_ROWS = {
    {"District", "Incidents", "Code", "Note", "Extra"},
    {"Northmere", "412", "1234", "withheld", "e2"},
    {"Caldbridge", "287", "5678", null, "e3"},
    {"Easterholm", "198", null, null, "e4"},
    {"Westford", "77"},
    {"Southby", "65"},
  };

  /** Rows of {@value #SUMMARY} hidden without a group or filter. */
  public static final int[] SUMMARY_HIDDEN_ROWS = {4, 5};

  public static final int SUMMARY_HIDDEN_COLUMN = 4;

  public static final String COMMENT_AUTHOR = "Analyst";
  public static final String COMMENT_TEXT = "Checked against the March extract";

  public static final String[][] GROUPED_ROWS = {
    {"Ward", "Cases"}, {"Ward 1", "5"}, {"Ward 2", "7"}, {"Total", "12"},
  };

  /** Rows of {@value #GROUPED} in the collapsed outline group (level 1). */
  public static final int[] GROUPED_HIDDEN_ROWS = {1, 2};

  public static final String[][] FILTERED_ROWS = {
    {"Area", "Count"}, {"North", "3"}, {"South", "4"}, {"North", "5"}, {"East", "6"},
  };

  /** Rows of {@value #FILTERED} the AutoFilter (A1:B5, Area = North) hides. */
  public static final int[] FILTERED_HIDDEN_ROWS = {2, 4};

  public static final String[][] ARCHIVE_ROWS = {{"Ref", "Amount"}, {"A-1", "10"}, {"A-2", "20"}};

  private ParityWorkbook() {}

  /** True when column {@code c} of a row holds a number rather than text. */
  public static boolean isNumber(String value) {
    return value.matches("-?\\d+");
  }

  public static boolean contains(int[] rows, int row) {
    for (int r : rows) {
      if (r == row) {
        return true;
      }
    }
    return false;
  }
}
