package io.foilint.model;

/**
 * One non-empty cell.
 *
 * @param ref A1-style reference ({@code C7}) or, for tables without a grid, a record/field name
 * @param column zero-based column index
 * @param value the value as text (formatted numbers are not required; raw is fine)
 * @param visibility the cell's effective visibility, already combined with its row, column and
 *     table (outermost reason first)
 * @param formula true when the value is a formula's cached result
 */
public record Cell(String ref, int column, String value, Visibility visibility, boolean formula) {

  public Cell(String ref, int column, String value, Visibility visibility) {
    this(ref, column, value, visibility, false);
  }
}
