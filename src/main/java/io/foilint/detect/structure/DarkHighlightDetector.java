package io.foilint.detect.structure;

import io.foilint.detect.Detector;
import io.foilint.detect.Rule;
import io.foilint.detect.Severity;
import io.foilint.model.TextBlock;
import io.foilint.model.Visibility;

/**
 * Text under black (or other dark) highlighting or shading in a Word document: the "redaction"
 * made by highlighting words in black. It hides them on screen and paper, but the words stay in
 * the file, and select-all, copy, search, a screen reader or a PDF's text layer gives them back.
 */
@Rule(
    id = "dark-highlight",
    severity = Severity.BLOCK,
    summary = "Words are blacked out with highlighting or shading but are still in the file",
    fix = "Delete the words themselves (or replace them with [redacted]) instead of colouring"
        + " them; Word (Microsoft 365): Review > Redact marks and removes them; LibreOffice Writer:"
        + " Tools > Redact makes a redacted copy that keeps no text under the boxes; check with"
        + " Ctrl+A and copy that nothing remains, then scan the new file")
public final class DarkHighlightDetector extends Detector {

  private final HiddenWordText covered = new HiddenWordText(Visibility.DARK_HIGHLIGHT);

  @Override
  public void text(TextBlock text) {
    covered.offer(text);
  }

  @Override
  public void finish() {
    for (HiddenWordText.Tally t : covered.byFile().values()) {
      report(
          Severity.BLOCK,
          t.first,
          "The document has " + Words.count(t.blocks, "passage") + " under black highlighting or"
              + " shading (" + Words.count(t.letters, "letter or digit", "letters and digits")
              + (t.places.isEmpty() ? "" : "; " + t.placesPhrase()) + ") — the words are"
              + " blacked out on screen but still in the file: select-all, copy or the PDF's"
              + " text gives them back",
          t.samples.isEmpty() ? "" : "e.g. " + t.samples);
    }
  }
}
