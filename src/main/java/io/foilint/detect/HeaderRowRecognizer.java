package io.foilint.detect;

import io.foilint.model.Cell;
import io.foilint.model.Row;

/**
 * The one place that decides whether a table row is a row of column labels. Detectors that read
 * tables (personal-data-table, reidentification-risk, small-counts, the hiding-place rules' column
 * labels) all ask here, so a table has the same header for every rule.
 *
 * <p>A header row has two or more cells and none of them is a number ("Surname | Rank | 2023" is
 * data, not labels). A row of one text cell above the header is a title ("Hate crimes by ward,
 * 2023"). The first row of a table that is neither starts the data: the table has no header.
 */
public final class HeaderRowRecognizer {

  private HeaderRowRecognizer() {}

  /** Two or more cells, none of them a number: a row of labels. */
  public static boolean isHeader(Row row) {
    return row.cells().size() >= 2 && noNumbers(row);
  }

  /** One text cell on its own: a title line above the header, not data. */
  public static boolean isTitle(Row row) {
    return row.cells().size() == 1 && !isNumberLike(row.cells().get(0).value());
  }

  /** No cell of the row is a number; for one-column tables, whose single label is a header too. */
  public static boolean noNumbers(Row row) {
    if (row.cells().isEmpty()) {
      return false;
    }
    for (Cell c : row.cells()) {
      if (isNumberLike(c.value())) {
        return false;
      }
    }
    return true;
  }

  /** A number as a spreadsheet writes one ("1,234", "3.0", "-2", "1E+05") or a percentage ("12%"). */
  public static boolean isNumberLike(String value) {
    if (value == null) {
      return false;
    }
    String v = value.strip();
    if (v.endsWith("%")) {
      v = v.substring(0, v.length() - 1);
    }
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (!(c >= '0' && c <= '9') && ".,+-eE".indexOf(c) < 0) {
        return false; // Java reads "NaN", "Infinity" and "2d" as numbers; a sheet does not
      }
    }
    return CellValues.isNumber(v);
  }
}
