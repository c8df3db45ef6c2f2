package io.foilint.detect.pdf;

import io.foilint.detect.Detector;
import io.foilint.detect.Rule;
import io.foilint.detect.Severity;
import io.foilint.model.TextBlock;
import io.foilint.model.Visibility;
import java.util.Map;
import java.util.Set;

/**
 * Page text no viewer shows: placed outside the crop box (cut off at the page edge — printers'
 * slugs, cropped-away margins) or outside the clipping path in force. REVIEW; BLOCK when one page
 * hides a paragraph's worth of text or more, which is no slug or stray label.
 */
@Rule(
    id = "text-outside-page",
    severity = Severity.BLOCK,
    summary = "A page holds text outside its visible area (beyond the crop box or clipped away),"
        + " which can still be copied and searched",
    fix = "Select all text on the page (Ctrl+A) to see what lies beyond the edge; remove it in the"
        + " source document (cropping a PDF hides content but keeps it), or print to a new PDF"
        + " and check the new copy")
public final class TextOutsidePageDetector extends Detector {

  static final String SLIDES_FIX =
      "PowerPoint: on the slide, Home > Arrange > Selection Pane lists every shape, those off the"
          + " slide included (Ctrl+A selects them all); drag them back to read them, then delete"
          + " what must not be released. LibreOffice Impress: Edit > Select All, or Tab from shape"
          + " to shape; save and scan again";

  /** Letters and digits hidden on one page from which the finding is BLOCK. */
  static final int BLOCK_CHARACTERS_ON_A_PAGE = 500;

  private final HiddenPageText outside =
      new HiddenPageText(Set.of(Visibility.OUTSIDE_PAGE, Visibility.CLIPPED_AWAY));

  @Override
  public void text(TextBlock text) {
    outside.offer(text);
  }

  @Override
  public void finish() {
    for (Map.Entry<String, HiddenPageText.Tally> e : outside.byFile().entrySet()) {
      HiddenPageText.Tally t = e.getValue();
      boolean much = t.mostOnOnePage() >= BLOCK_CHARACTERS_ON_A_PAGE;
      // a presentation's shapes dragged off the slide ("slide 3"): PowerPoint advice, not PDF's
      boolean slides = t.pages.stream().allMatch(p -> p.startsWith("slide "));
      report(much ? Severity.BLOCK : Severity.REVIEW, t.first,
          InvisiblePdfTextDetector.capitalised(t.pagesPhrase())
              + (t.pages.size() == 1 ? " holds " : " hold ")
              + HiddenPageText.count(t.characters, "character", "characters")
              + (slides
                  ? " of text in shapes placed wholly off the slide (first at "
                      + HiddenPageText.firstSpot(t) + "); the slideshow and print-outs never show"
                      + " it, but it is in the file"
                  : " of text outside the visible page area — beyond the page edge or clipped"
                      + " away (first at " + HiddenPageText.firstSpot(t) + "); no viewer or"
                      + " printer shows it, but it can be copied and searched")
              + (much ? ", and there is a lot of it" : ""),
          t.evidence(), slides ? SLIDES_FIX : info().fix());
    }
  }
}
