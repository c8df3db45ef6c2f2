package io.foilint.extract.pdf.tables;

import java.util.ArrayList;
import java.util.List;

/** Small operations on a table held as rows of cell texts. */
final class Grids {

  private Grids() {}

  /** Removes rows and columns that are blank throughout (double borders, spacer rows). */
  static List<List<String>> dropEmpty(List<List<String>> rows) {
    if (rows.isEmpty()) {
      return rows;
    }
    int cols = rows.get(0).size();
    boolean[] used = new boolean[cols];
    for (List<String> row : rows) {
      for (int c = 0; c < cols; c++) {
        used[c] |= !row.get(c).isEmpty();
      }
    }
    List<List<String>> out = new ArrayList<>();
    for (List<String> row : rows) {
      if (row.stream().allMatch(String::isEmpty)) {
        continue;
      }
      List<String> kept = new ArrayList<>();
      for (int c = 0; c < cols; c++) {
        if (used[c]) {
          kept.add(row.get(c));
        }
      }
      out.add(kept);
    }
    return out;
  }

  /** How many rows have at least {@code min} non-blank cells. */
  static int rowsWithCells(List<List<String>> rows, int min) {
    int n = 0;
    for (List<String> row : rows) {
      if (row.stream().filter(s -> !s.isEmpty()).count() >= min) {
        n++;
      }
    }
    return n;
  }
}
