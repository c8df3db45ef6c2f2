package io.foilint.detect.pdf;

import io.foilint.detect.Detector;
import io.foilint.detect.Evidence;
import io.foilint.detect.Rule;
import io.foilint.detect.Severity;
import io.foilint.model.Location;
import io.foilint.model.TextBlock;
import io.foilint.model.Visibility;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Boxes drawn over text that is still in the PDF: the "redaction" made by drawing a black (or
 * white) rectangle, which hides the words on screen and on paper but leaves them in the file for
 * select-all, copy-paste, search or any text extractor. One finding per page, naming its boxes.
 */
@Rule(
    id = "text-under-box",
    severity = Severity.BLOCK,
    summary = "Boxes are drawn over text that is still in the PDF: copying the page reveals it",
    fix = "Redact properly: remove the text itself (e.g. Acrobat: Redact > Mark for redaction >"
        + " Apply, or delete the words in the source document and make the PDF again), then scan"
        + " the new file; as a last resort print the pages to images (flatten), which also"
        + " removes the searchable text")
public final class TextUnderBoxDetector extends Detector {

  private static final int BOXES_NAMED = 3;
  private static final int SAMPLES = 3;

  /** The covered boxes of one page. */
  private static final class Page {
    final List<String> boxes = new ArrayList<>();
    final List<String> samples = new ArrayList<>();
    Location first;
  }

  /** Pages in document order (embedded documents apart). */
  private final Map<Location, Page> pages = new LinkedHashMap<>();

  @Override
  public void text(TextBlock text) {
    if (text.visibility() != Visibility.UNDER_BOX || text.text().isBlank()) {
      return;
    }
    Location where = text.location();
    Page page =
        pages.computeIfAbsent(
            new Location(where.container(), where.place(), ""), k -> new Page());
    if (page.first == null) {
      page.first = where;
    }
    page.boxes.add(where.ref());
    if (page.samples.size() < SAMPLES) {
      page.samples.add(Evidence.mask(text.text()));
    }
  }

  @Override
  public void finish() {
    for (Map.Entry<Location, Page> e : pages.entrySet()) {
      Page page = e.getValue();
      int n = page.boxes.size();
      String place = e.getKey().place();
      String named = String.join("; ", page.boxes.subList(0, Math.min(n, BOXES_NAMED)));
      if (n > BOXES_NAMED) {
        named += " and " + (n - BOXES_NAMED) + " more";
      }
      report(
          Severity.BLOCK,
          page.first,
          capitalised(place.isEmpty() ? "the document" : place) + " has "
              + (n == 1 ? "a box" : n + " boxes")
              + " drawn over text that is still in the file (" + named
              + "): select-all or copy reveals it",
          "e.g. " + String.join("; ", page.samples));
    }
  }

  private static String capitalised(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
