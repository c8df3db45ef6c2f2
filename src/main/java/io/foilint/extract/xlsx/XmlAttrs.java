package io.foilint.extract.xlsx;

/** Small helpers for OOXML attribute values. */
final class XmlAttrs {

  private XmlAttrs() {}

  /** xsd:boolean: "1" or "true" (OOXML writers use both). */
  static boolean isTrue(String v) {
    return v != null && (v.equals("1") || v.equalsIgnoreCase("true"));
  }

  static int intOr(String v, int fallback) {
    if (v == null || v.isEmpty()) {
      return fallback;
    }
    try {
      return Integer.parseInt(v.trim());
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  static double doubleOr(String v, double fallback) {
    if (v == null || v.isEmpty()) {
      return fallback;
    }
    try {
      return Double.parseDouble(v.trim());
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}
