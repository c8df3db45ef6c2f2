package io.foilint.detect.structure;

import io.foilint.detect.Rule;
import io.foilint.detect.Severity;
import io.foilint.model.Visibility;

/** Text coloured like its background (white on white): on screen the cell looks empty. */
@Rule(
    id = "invisible-text",
    severity = Severity.BLOCK,
    summary = "Cells hold text coloured like the background, so they look empty",
    fix = "Select the cells, set the font colour to Automatic (or select the sheet and clear"
        + " formats), check what appears, and delete what must not be released",
    odsFix = "Select the cells, clear direct formatting (Format > Clear Direct Formatting) "
        + "or set the font colour to Automatic (Format > Cells > Font Effects), check "
        + "what appears, and delete what must not be released")
public final class InvisibleTextDetector extends HiddenCellsRule {

  public InvisibleTextDetector() {
    super(Visibility.INVISIBLE_TEXT);
  }

  @Override
  String cellsWords(long n) {
    return n == 1 ? "cell whose text is coloured like its background"
        : "cells whose text is coloured like their background";
  }

  @Override
  String consequence(long n) {
    return n == 1
        ? "it looks empty on screen but anyone who selects it sees the value"
        : "they look empty on screen but anyone who selects them sees the values";
  }
}
