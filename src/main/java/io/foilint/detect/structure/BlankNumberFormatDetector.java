package io.foilint.detect.structure;

import io.foilint.detect.Rule;
import io.foilint.detect.Severity;
import io.foilint.model.Visibility;

/** Cells behind a number format that displays nothing (such as {@code ;;;}). */
@Rule(
    id = "blank-number-format",
    severity = Severity.BLOCK,
    summary = "Cells hold values behind a number format that displays nothing",
    fix = "Select the cells, set the number format to General (Home > Number Format), check what"
        + " appears, and delete what must not be released",
    odsFix = "Select the cells, set the number format to General (Format > Cells > Numbers), "
        + "check what appears, and delete what must not be released")
public final class BlankNumberFormatDetector extends HiddenCellsRule {

  public BlankNumberFormatDetector() {
    super(Visibility.BLANK_NUMBER_FORMAT);
  }

  @Override
  String cellsWords(long n) {
    return n == 1 ? "cell whose number format displays nothing"
        : "cells whose number format displays nothing";
  }

  @Override
  String consequence(long n) {
    return n == 1
        ? "it looks empty but the formula bar and any export show the value"
        : "they look empty but the formula bar and any export show the values";
  }
}
