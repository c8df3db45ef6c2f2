package io.foilint.detect.structure;

import io.foilint.detect.Rule;
import io.foilint.detect.Severity;
import io.foilint.model.Visibility;

/** Values kept in cells that a merged range covers: the merge shows only its first cell. */
@Rule(
    id = "merged-cell-content",
    severity = Severity.BLOCK,
    summary = "Cells covered by a merged range still hold values that are not shown",
    fix = "Unmerge the cells (Merge & Center > Unmerge Cells), check what appears in the covered"
        + " cells, delete what must not be released, then merge again if needed",
    odsFix = "Unmerge the cells (Format > Merge and Unmerge Cells > Split Cells), check what "
        + "appears in the covered cells, delete what must not be released, then merge "
        + "again if needed")
public final class MergedCellContentDetector extends HiddenCellsRule {

  public MergedCellContentDetector() {
    super(Visibility.COVERED_BY_MERGE);
  }

  @Override
  String cellsWords(long n) {
    return n == 1 ? "cell hidden under a merged range" : "cells hidden under merged ranges";
  }

  @Override
  String consequence(long n) {
    return n == 1
        ? "its value stays in the file and reappears when the cells are unmerged"
        : "their values stay in the file and reappear when the cells are unmerged";
  }
}
