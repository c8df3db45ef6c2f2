package io.foilint.detect.structure;

import io.foilint.detect.Detector;
import io.foilint.detect.Rule;
import io.foilint.detect.Severity;
import io.foilint.model.TextBlock;
import io.foilint.model.Visibility;

/**
 * Word text formatted as hidden ({@code w:vanish}, {@code w:specVanish}): not shown on screen
 * or printed unless a reader turns hidden text on, yet kept in the file for anyone who does, for
 * select-all, search and every converter. REVIEW; hidden text that names people is BLOCK under
 * {@code personal-data-in-text}.
 */
@Rule(
    id = "hidden-text",
    severity = Severity.REVIEW,
    summary = "Word text is formatted as hidden: invisible on screen and paper, but in the file",
    fix = "Word: File > Info > Check for Issues > Inspect Document > Hidden Text > Remove All (or"
        + " show it with Home > Show/Hide ¶, select it and delete it); LibreOffice Writer: View >"
        + " Formatting Marks and Tools > Options > LibreOffice Writer > Formatting Aids > Hidden"
        + " characters to show it, then delete it; save and scan again")
public final class WordHiddenTextDetector extends Detector {

  private final HiddenWordText hidden = new HiddenWordText(Visibility.WORD_HIDDEN_TEXT);

  @Override
  public void text(TextBlock text) {
    hidden.offer(text);
  }

  @Override
  public void finish() {
    for (HiddenWordText.Tally t : hidden.byFile().values()) {
      report(
          Severity.REVIEW,
          t.first,
          "The document has " + Words.count(t.blocks, "passage") + " of text formatted as hidden ("
              + Words.count(t.letters, "letter or digit", "letters and digits")
              + (t.places.isEmpty() ? "" : "; " + t.placesPhrase()) + ") — Word does not show or"
              + " print it unless hidden text is turned on, but it is in the file for anyone who"
              + " does, and for copy, search and converters",
          t.samples.isEmpty() ? "" : "e.g. " + t.samples);
    }
  }
}
