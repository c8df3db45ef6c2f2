package io.foilint.detect.structure;

import io.foilint.detect.Rule;
import io.foilint.detect.Severity;
import io.foilint.model.Visibility;

/**
 * A "very hidden" worksheet: not listed in Excel's Unhide dialog, so only a macro, the VBA
 * editor or a file inspector shows it. Someone set that on purpose, so even an empty one is
 * REVIEW; with a table of data it is BLOCK.
 */
@Rule(
    id = "very-hidden-sheet",
    severity = Severity.BLOCK,
    summary = "A very hidden worksheet (not listed in Excel's Unhide menu) holds data",
    fix = "Make the sheet visible (VBA editor: Alt+F11, select the sheet, set Visible to"
        + " -1 xlSheetVisible), check it, then delete it; or copy only the values meant for"
        + " release into a new workbook or export them to CSV")
public final class VeryHiddenSheetDetector extends HiddenSheetRule {

  public VeryHiddenSheetDetector() {
    super(Visibility.VERY_HIDDEN_SHEET);
  }

  @Override
  String stateWords() {
    return "is very hidden (it does not appear in Excel's Unhide list)";
  }

  @Override
  String consequence() {
    return "it still travels with the file and any file inspector or macro reveals it";
  }

  @Override
  Severity emptySeverity() {
    return Severity.REVIEW;
  }

  @Override
  String emptyMessage(String sheet) {
    return sheet + " is very hidden and appears empty; sheets are made very hidden on purpose,"
        + " so check why it exists (it may hold macros or names)";
  }
}
