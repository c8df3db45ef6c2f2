package io.foilint.detect.structure;

import io.foilint.detect.Rule;
import io.foilint.detect.Severity;
import io.foilint.model.Visibility;

/**
 * A hidden worksheet (Format > Hide): the PSNI 2023 leak. BLOCK when it holds a table of data
 * (five or more rows with two or more values), REVIEW for less, INFO when empty.
 */
@Rule(
    id = "hidden-sheet",
    severity = Severity.BLOCK,
    summary = "A hidden worksheet holds data that anyone can unhide",
    fix = "Delete the hidden sheet (right-click the sheet tab > Unhide, check it, then Delete);"
        + " hiding is not removing. Safer still: copy only the values meant for release into a"
        + " new workbook or export them to CSV",
    odsFix = "Delete the hidden sheet (Sheet > Show Sheet, check it, then Sheet > Delete "
        + "Sheet); hiding is not removing. Safer still: copy only the values meant for "
        + "release into a new spreadsheet or export them to CSV")
public final class HiddenSheetDetector extends HiddenSheetRule {

  public HiddenSheetDetector() {
    super(Visibility.HIDDEN_SHEET);
  }

  @Override
  String stateWords() {
    return "is hidden";
  }

  @Override
  String consequence() {
    return "anyone who opens the file can unhide it";
  }

  @Override
  Severity emptySeverity() {
    return Severity.INFO;
  }

  @Override
  String emptyMessage(String sheet) {
    return sheet + " is hidden and empty";
  }
}
