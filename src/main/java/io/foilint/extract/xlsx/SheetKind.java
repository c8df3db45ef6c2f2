package io.foilint.extract.xlsx;

/** What sort of sheet a workbook entry is, from its relationship type. */
enum SheetKind {
  WORKSHEET,
  CHARTSHEET,
  /** An Excel 4 (XLM) macro sheet: a grid of cells that can hold macro code and data. */
  MACROSHEET,
  DIALOGSHEET,
  UNKNOWN;

  /** Classifies a relationship type URI (transitional or Strict); only its last segment matters. */
  static SheetKind ofRelationshipType(String type) {
    String last = type == null ? "" : type.substring(type.lastIndexOf('/') + 1);
    return switch (last) {
      case "worksheet" -> WORKSHEET;
      case "chartsheet" -> CHARTSHEET;
      case "xlMacrosheet", "xlIntlMacrosheet", "macrosheet" -> MACROSHEET;
      case "dialogsheet" -> DIALOGSHEET;
      default -> UNKNOWN;
    };
  }
}
