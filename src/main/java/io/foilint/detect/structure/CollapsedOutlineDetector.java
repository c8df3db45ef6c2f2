package io.foilint.detect.structure;

import io.foilint.detect.Rule;
import io.foilint.detect.Severity;
import io.foilint.model.Visibility;
import java.util.Set;

/**
 * Rows (or columns) folded away in a collapsed outline group (Data > Group): one click on the
 * "+" in the margin shows them. Same thresholds as hidden-rows.
 */
@Rule(
    id = "collapsed-outline",
    severity = Severity.BLOCK,
    summary = "A collapsed outline group folds away data that one click shows",
    fix = "Expand every group (Data > Show Detail, or click each + in the margin), check what"
        + " appears, then delete what must not be released and remove the grouping (Data >"
        + " Ungroup > Clear Outline); or copy only the values meant for release into a new"
        + " workbook or CSV",
    odsFix = "Expand every group (Data > Group and Outline > Show Details, or click each + "
        + "in the margin), check what appears, then delete what must not be released and "
        + "remove the grouping (Data > Group and Outline > Remove Outline); or copy only "
        + "the values meant for release into a new spreadsheet or CSV")
public final class CollapsedOutlineDetector extends HiddenRowsRule {

  public CollapsedOutlineDetector() {
    super(Set.of(Visibility.COLLAPSED_OUTLINE));
  }

  @Override
  String rowsWords(long n) {
    return n == 1 ? "row folded into a collapsed outline group"
        : "rows folded into collapsed outline groups";
  }

  @Override
  String consequence() {
    return "one click on the + in the margin shows them";
  }
}
