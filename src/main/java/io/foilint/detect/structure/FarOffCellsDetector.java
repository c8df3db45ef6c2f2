package io.foilint.detect.structure;

import io.foilint.detect.Rule;
import io.foilint.detect.Severity;
import io.foilint.model.Visibility;

/** Cells placed far outside the area in use, where no one scrolls (ICO 2025 checklist). */
@Rule(
    id = "far-off-cells",
    severity = Severity.BLOCK,
    summary = "Cells far outside the area in use hold data no one scrolls to",
    fix = "Press Ctrl+End to jump to the last used cell, check the far-off cells, delete the rows"
        + " and columns that must not be released, and save")
public final class FarOffCellsDetector extends HiddenCellsRule {

  public FarOffCellsDetector() {
    super(Visibility.FAR_OFF_CELL);
  }

  @Override
  String cellsWords(long n) {
    return n == 1 ? "cell far outside the area in use" : "cells far outside the area in use";
  }

  @Override
  String consequence(long n) {
    return n == 1
        ? "no one scrolls there, but the value is in the file"
        : "no one scrolls there, but the values are in the file";
  }
}
