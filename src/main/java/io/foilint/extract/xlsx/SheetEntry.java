package io.foilint.extract.xlsx;

import io.foilint.model.Visibility;

/**
 * One {@code <sheet>} of workbook.xml.
 *
 * @param name the tab name
 * @param index zero-based position in the workbook (what {@code localSheetId} refers to)
 * @param relationshipId the {@code r:id} leading to the sheet part
 * @param state VISIBLE, HIDDEN_SHEET or VERY_HIDDEN_SHEET
 * @param stateName the raw {@code state} attribute ("visible" when absent)
 */
record SheetEntry(String name, int index, String relationshipId, Visibility state, String stateName) {

  static SheetEntry of(String name, int index, String relationshipId, String stateAttr) {
    String stateName = stateAttr == null || stateAttr.isBlank() ? "visible" : stateAttr.trim();
    Visibility state =
        switch (stateName) {
          case "hidden" -> Visibility.HIDDEN_SHEET;
          case "veryHidden" -> Visibility.VERY_HIDDEN_SHEET;
          default -> Visibility.VISIBLE;
        };
    return new SheetEntry(name, index, relationshipId, state, stateName);
  }
}
