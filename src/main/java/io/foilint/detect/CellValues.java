package io.foilint.detect;

/** Small readings of cell values shared by detectors. */
public final class CellValues {

  private CellValues() {}

  /** Whether the value is a number as a spreadsheet writes one ("1,234", "3.0", "-2"). */
  public static boolean isNumber(String value) {
    String v = value.strip().replace(",", "");
    if (v.isEmpty()) {
      return false;
    }
    try {
      Double.parseDouble(v);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
