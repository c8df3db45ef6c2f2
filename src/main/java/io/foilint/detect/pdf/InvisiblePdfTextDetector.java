package io.foilint.detect.pdf;

import io.foilint.detect.Detector;
import io.foilint.detect.Rule;
import io.foilint.detect.Severity;
import io.foilint.model.TextBlock;
import io.foilint.model.Visibility;
import java.util.Map;
import java.util.Set;

/**
 * Invisible PDF text (render mode 3) that a scanner's OCR layer does not explain. An OCR layer over
 * a scanned page is normal and the extractor reads it as visible; this rule sees the rest:
 *
 * <ul>
 *   <li>invisible words under a blacked-out area of the scan — the black box hides them on the
 *       image but the text layer still holds them (BLOCK);
 *   <li>hidden words where the page shows different ones — copying or searching gives words the
 *       reader never saw (BLOCK);
 *   <li>invisible text with no scan or text under it (REVIEW: often a harmless search layer,
 *       sometimes text hidden on purpose).
 * </ul>
 */
@Rule(
    id = "invisible-pdf-text",
    severity = Severity.BLOCK,
    summary = "A PDF holds invisible text: under blacked-out parts of a scan, behind different"
        + " words, or with nothing on the page to show it",
    fix = "Select all text on the page (Ctrl+A) or search for the hidden words to see what is"
        + " there; redact with a tool that removes the text layer too (Acrobat: Redact, then"
        + " Remove Hidden Information), or re-scan without OCR, and check the saved copy again")
public final class InvisiblePdfTextDetector extends Detector {

  private final HiddenPageText underDarkArea = new HiddenPageText(Set.of(Visibility.UNDER_DARK_IMAGE_AREA));
  private final HiddenPageText differentWordsShown = new HiddenPageText(Set.of(Visibility.DIFFERENT_TEXT_SHOWN));
  private final HiddenPageText invisible = new HiddenPageText(Set.of(Visibility.INVISIBLE_RENDER_MODE));

  @Override
  public void text(TextBlock text) {
    if (!underDarkArea.offer(text) && !differentWordsShown.offer(text)) {
      invisible.offer(text);
    }
  }

  @Override
  public void finish() {
    for (Map.Entry<String, HiddenPageText.Tally> e : underDarkArea.byFile().entrySet()) {
      HiddenPageText.Tally t = e.getValue();
      report(Severity.BLOCK, t.first,
          capitalised(t.pagesPhrase()) + " of the scan " + (t.pages.size() == 1 ? "has " : "have ")
              + HiddenPageText.count(t.blocks, "place", "places")
              + " where invisible OCR text lies under a blacked-out area (first at "
              + HiddenPageText.firstSpot(t) + ") — the black box hides the words on the image,"
              + " but the text layer still holds them and anyone can select, copy or search them",
          t.evidence());
    }
    for (Map.Entry<String, HiddenPageText.Tally> e : differentWordsShown.byFile().entrySet()) {
      HiddenPageText.Tally t = e.getValue();
      report(Severity.BLOCK, t.first,
          capitalised(t.pagesPhrase()) + (t.pages.size() == 1 ? " holds " : " hold ")
              + "hidden text where the page shows different words ("
              + HiddenPageText.count(t.blocks, "place", "places") + ", first at "
              + HiddenPageText.firstSpot(t) + ") — copying or searching the page gives the hidden"
              + " words, not the ones a reader sees",
          t.evidence());
    }
    for (Map.Entry<String, HiddenPageText.Tally> e : invisible.byFile().entrySet()) {
      HiddenPageText.Tally t = e.getValue();
      report(Severity.REVIEW, t.first,
          capitalised(t.pagesPhrase()) + (t.pages.size() == 1 ? " holds " : " hold ")
              + "invisible text (" + HiddenPageText.count(t.characters, "character", "characters")
              + ", first at " + HiddenPageText.firstSpot(t) + ") with no scanned image or"
              + " printed text under it — it never shows on screen or paper but can be selected,"
              + " copied and searched; check what it says",
          t.evidence());
    }
  }

  static String capitalised(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
