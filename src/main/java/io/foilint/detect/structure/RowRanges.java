package io.foilint.detect.structure;

import java.util.ArrayList;
import java.util.List;

/**
 * Row numbers folded into ranges as they stream past ({@code rows 5-9, 12}). Only the first few
 * ranges are kept; the rest are counted, so a million hidden rows cost nothing.
 */
final class RowRanges {

  private static final int MAX_RANGES = 10;

  private final List<int[]> ranges = new ArrayList<>();
  private long moreRanges;
  private long rows;
  private int lastNumber = Integer.MIN_VALUE;

  /** Adds a 1-based row number; rows arrive in ascending order. */
  void add(int rowNumber) {
    if (rowNumber == lastNumber) {
      return;
    }
    rows++;
    boolean extendsLast = rowNumber == lastNumber + 1;
    lastNumber = rowNumber;
    if (extendsLast) {
      if (moreRanges == 0 && !ranges.isEmpty()) {
        ranges.get(ranges.size() - 1)[1] = rowNumber;
      }
      return;
    }
    if (ranges.size() < MAX_RANGES && moreRanges == 0) {
      ranges.add(new int[] {rowNumber, rowNumber});
    } else {
      moreRanges++;
    }
  }

  long rowCount() {
    return rows;
  }

  /** {@code rows 5-9, 12}, {@code row 5}, or with {@code and 40 more ranges} when long. */
  @Override
  public String toString() {
    if (ranges.isEmpty()) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    for (int[] r : ranges) {
      parts.add(r[0] == r[1] ? Integer.toString(r[0]) : r[0] + "-" + r[1]);
    }
    String list = String.join(", ", parts);
    String head = rows == 1 ? "row " : "rows ";
    return moreRanges > 0
        ? head + list + " and " + Words.count(moreRanges, "more range") : head + list;
  }
}
