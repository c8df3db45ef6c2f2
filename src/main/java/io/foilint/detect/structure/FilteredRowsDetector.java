package io.foilint.detect.structure;

import io.foilint.detect.Rule;
import io.foilint.detect.Severity;
import io.foilint.model.Visibility;
import java.util.Set;

/**
 * Rows hidden by an AutoFilter: filtering changes what is shown, not what the file holds.
 * Same thresholds as hidden-rows.
 */
@Rule(
    id = "filtered-rows",
    severity = Severity.BLOCK,
    summary = "Rows hidden by a filter still hold data that clearing the filter shows",
    fix = "Clear the filter (Data > Clear), check the rows that reappear, and delete those that"
        + " must not be released; or filter, copy only the visible values into a new workbook"
        + " (Home > Find & Select > Go To Special > Visible cells only) and release that",
    odsFix = "Clear the filter (Data > More Filters > Reset Filter), check the rows that "
        + "reappear, and delete those that must not be released; or filter, copy the "
        + "visible rows (Calc copies only those) into a new spreadsheet and release that")
public final class FilteredRowsDetector extends HiddenRowsRule {

  public FilteredRowsDetector() {
    super(Set.of(Visibility.FILTERED_OUT));
  }

  @Override
  String rowsWords(long n) {
    return n == 1 ? "row hidden by a filter" : "rows hidden by a filter";
  }

  @Override
  String consequence() {
    return "a filter hides rows but does not remove them; clearing it shows them";
  }
}
