package io.foilint.extract.csv;

/** A1-style references from zero-based column and row numbers. */
final class CellRefs {

  private CellRefs() {}

  static String ref(int column, int row) {
    StringBuilder sb = new StringBuilder();
    long n = column + 1L;
    while (n > 0) {
      sb.append((char) ('A' + (n - 1) % 26));
      n = (n - 1) / 26;
    }
    return sb.reverse().append(row + 1L).toString();
  }
}
