package io.foilint.detect.pdf;

import io.foilint.detect.Detector;
import io.foilint.detect.Rule;
import io.foilint.detect.Severity;
import io.foilint.model.TextBlock;
import io.foilint.model.Visibility;
import java.util.Map;
import java.util.Set;

/**
 * Page text too small to read: under 1 pt high, or squeezed to under 1 pt wide by horizontal
 * scaling. It shows as a speck or a hairline, yet copies and searches like any text. REVIEW:
 * sometimes deliberate hiding, sometimes layout debris.
 */
@Rule(
    id = "tiny-text",
    severity = Severity.REVIEW,
    summary = "A page holds text too small to read (under 1 pt), which can still be copied and"
        + " searched",
    fix = "Zoom in on the spot or select all text on the page (Ctrl+A) to see it; delete the tiny"
        + " text in the source document, export the PDF again and check the new copy")
public final class TinyTextDetector extends Detector {

  /** The fix for a Word document, whose places are paragraphs and tables. */
  static final String WORD_FIX =
      "Word: select all (Ctrl+A) and look for specks, or use Find > Advanced Find > Format >"
          + " Font to find 1 pt text, then delete it; LibreOffice Writer: Edit > Find & Replace >"
          + " Attributes/Format > Font size; save and scan again";

  private final HiddenPageText tiny = new HiddenPageText(Set.of(Visibility.TINY_TEXT));

  @Override
  public void text(TextBlock text) {
    tiny.offer(text);
  }

  @Override
  public void finish() {
    for (Map.Entry<String, HiddenPageText.Tally> e : tiny.byFile().entrySet()) {
      HiddenPageText.Tally t = e.getValue();
      report(Severity.REVIEW, t.first,
          InvisiblePdfTextDetector.capitalised(t.pagesPhrase())
              + (t.pages.size() == 1 ? " holds " : " hold ")
              + HiddenPageText.count(t.characters, "character", "characters")
              + " of text too small to read (first at " + HiddenPageText.firstSpot(t)
              + ") — it shows as a speck or a line at most, but copies and searches like any text",
          t.evidence(),
          t.onPages() ? info().fix() : WORD_FIX);
    }
  }
}
