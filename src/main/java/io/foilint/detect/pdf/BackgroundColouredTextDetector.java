package io.foilint.detect.pdf;

import io.foilint.detect.Detector;
import io.foilint.detect.Rule;
import io.foilint.detect.Severity;
import io.foilint.model.TextBlock;
import io.foilint.model.TextKind;
import io.foilint.model.Visibility;
import java.util.Map;
import java.util.Set;

/**
 * Page text painted in the colour of what is under it (white on white, or fully transparent),
 * confirmed by a render that shows one colour where the words are. Spreadsheet cells coloured like
 * their background are the {@code invisible-text} rule's (they arrive as cells, not text blocks),
 * so the two never report the same thing.
 *
 * <p>A file whose hidden text is only a few characters forming no word (a page number or a
 * figure label painted white) is INFO: nothing a reader could learn from it is worth stopping a
 * release for, but it is listed.
 */
@Rule(
    id = "background-coloured-text",
    severity = Severity.BLOCK,
    summary = "A page holds text coloured like its background (white on white), so it cannot be"
        + " seen but can be selected, copied and searched",
    fix = "Select all text on the page (Ctrl+A) to reveal it, delete the hidden text in the source"
        + " document (or redact it with a tool that removes text), export the PDF again and check"
        + " the new copy")
public final class BackgroundColouredTextDetector extends Detector {

  /** The fix for a Word document, whose places are paragraphs and tables. */
  static final String WORD_FIX =
      "Word: select all (Ctrl+A) and set the font colour to Automatic (Home > Font Color >"
          + " Automatic) to reveal the text, then delete what must not be released; LibreOffice"
          + " Writer: select all, Format > Character > Font Effects > Font color: Automatic;"
          + " save and scan again";

  private final HiddenPageText hidden = new HiddenPageText(Set.of(Visibility.INVISIBLE_TEXT));

  @Override
  public void text(TextBlock text) {
    if (text.kind() == TextKind.BODY) {
      hidden.offer(text);
    }
  }

  @Override
  public void finish() {
    for (Map.Entry<String, HiddenPageText.Tally> e : hidden.byFile().entrySet()) {
      HiddenPageText.Tally t = e.getValue();
      if (t.formsNoWord()) {
        report(Severity.INFO, t.first,
            InvisiblePdfTextDetector.capitalised(t.pagesPhrase())
                + (t.pages.size() == 1 ? " holds " : " hold ")
                + HiddenPageText.count(t.characters, "character", "characters")
                + " of text coloured like the background (first at "
                + HiddenPageText.firstSpot(t) + "), too few to form a word — a stray page number"
                + " or label, not hidden wording",
            t.evidence());
        continue;
      }
      report(Severity.BLOCK, t.first,
          InvisiblePdfTextDetector.capitalised(t.pagesPhrase())
              + (t.pages.size() == 1 ? " holds " : " hold ")
              + HiddenPageText.count(t.characters, "character", "characters")
              + " of text coloured like the background (first at " + HiddenPageText.firstSpot(t)
              + ") — the page looks blank there, but the words can be selected, copied and"
              + " searched",
          t.evidence(),
          t.onPages() ? info().fix() : WORD_FIX);
    }
  }
}
