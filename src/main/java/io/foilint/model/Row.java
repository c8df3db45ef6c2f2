package io.foilint.model;

import java.util.List;

/**
 * One row of a table. Only non-empty cells are listed.
 *
 * @param index zero-based row index (spreadsheet row 1 is index 0)
 * @param visibility the row's own visibility, combined with its table's
 * @param cells the non-empty cells in column order
 */
public record Row(int index, Visibility visibility, List<Cell> cells) {

  public Row {
    cells = List.copyOf(cells);
  }

  /** 1-based row number as a spreadsheet shows it. */
  public int number() {
    return index + 1;
  }
}
