package io.foilint.extract.ods;

/** A1-style references from zero-based column and row numbers. */
final class CellRefs {

  private CellRefs() {}

  static String ref(long column, long row) {
    return columnLetters(column) + (row + 1);
  }

  static String columnLetters(long column) {
    StringBuilder sb = new StringBuilder();
    long n = column + 1;
    while (n > 0) {
      long rem = (n - 1) % 26;
      sb.append((char) ('A' + rem));
      n = (n - 1) / 26;
    }
    return sb.reverse().toString();
  }
}
