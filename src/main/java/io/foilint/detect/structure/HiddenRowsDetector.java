package io.foilint.detect.structure;

import io.foilint.detect.Rule;
import io.foilint.detect.Severity;
import io.foilint.model.Visibility;
import java.util.Set;

/**
 * Hidden rows and rows of zero height that hold data (MoD 2022: a sender saw 150 names, the file
 * held some 33,000 records in hidden rows). BLOCK when five or more hidden rows hold two or more
 * values each; REVIEW for fewer.
 */
@Rule(
    id = "hidden-rows",
    severity = Severity.BLOCK,
    summary = "Hidden rows hold data that anyone can unhide",
    fix = "Select the whole sheet, right-click a row number > Unhide, check what appears, then"
        + " delete the rows that must not be released (Delete Row, not just clearing or hiding);"
        + " or copy only the values meant for release into a new workbook or CSV",
    odsFix = "Select the whole sheet, right-click a row header > Show Rows, check what "
        + "appears, then delete the rows that must not be released (Delete Rows, not just "
        + "clearing or hiding); or copy only the values meant for release into a new "
        + "spreadsheet or CSV")
public final class HiddenRowsDetector extends HiddenRowsRule {

  public HiddenRowsDetector() {
    super(Set.of(Visibility.HIDDEN_ROW, Visibility.ZERO_HEIGHT_ROW));
  }

  @Override
  String rowsWords(long n) {
    return n == 1 ? "hidden row" : "hidden rows";
  }

  @Override
  String consequence() {
    return "hidden rows stay in the file and anyone can unhide them";
  }
}
