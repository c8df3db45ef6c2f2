package io.foilint.detect.pdf;

import io.foilint.detect.Detector;
import io.foilint.detect.Rule;
import io.foilint.detect.Severity;
import io.foilint.model.Fact;
import io.foilint.model.FactAttr;
import io.foilint.model.FactKind;
import io.foilint.model.Location;
import io.foilint.model.TextBlock;
import io.foilint.model.Visibility;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A PDF saved incrementally keeps each earlier version in the file. Text an earlier version had
 * and the final one lacks (a name replaced, a paragraph deleted) is recoverable by anyone with a
 * free tool: BLOCK. Earlier versions that could not be opened, or that were not all compared,
 * are REVIEW; a file whose earlier versions add nothing is INFO.
 */
@Rule(
    id = "earlier-revision",
    severity = Severity.BLOCK,
    summary = "Earlier versions kept inside the PDF hold text the final version no longer shows",
    fix = "Save As / Print to PDF a fresh copy or use the editor's Remove hidden information /"
        + " Sanitize; re-scan")
public final class EarlierRevisionDetector extends Detector {

  /** What one file (or one embedded file) showed. */
  private static final class File {
    Location first;
    long blocks;
    long lines;
    final List<String> places = new ArrayList<>();
    final PdfWords.Samples samples = new PdfWords.Samples(3);
    Fact revisions;
  }

  private final Map<String, File> files = new LinkedHashMap<>();

  @Override
  public void text(TextBlock text) {
    if (text.visibility() != Visibility.EARLIER_REVISION || text.text().isBlank()) {
      return;
    }
    File f = file(text.location());
    if (f.first == null) {
      f.first = text.location();
    }
    f.blocks++;
    String[] lines = text.text().split("\\R");
    f.lines += lines.length;
    // "revision 1 of 3, page 2"
    String place = text.location().place()
        + (text.location().ref().isEmpty() ? "" : ", " + text.location().ref());
    PdfWords.addUpTo(f.places, place, 4);
    for (String line : lines) {
      f.samples.offer(line);
    }
  }

  @Override
  public void fact(Fact fact) {
    if (fact.kind() == FactKind.PDF_REVISIONS) {
      file(fact.location()).revisions = fact;
    }
  }

  private File file(Location location) {
    return files.computeIfAbsent(location.container(), k -> new File());
  }

  @Override
  public void finish() {
    for (Map.Entry<String, File> e : files.entrySet()) {
      File f = e.getValue();
      Fact r = f.revisions;
      int revisions = r == null ? 0 : parse(r.value());
      if (f.blocks > 0) {
        report(Severity.BLOCK, f.first,
            "An earlier version saved inside this PDF holds "
                + PdfWords.count(f.lines, "line") + " of text the final version no longer shows ("
                + PdfWords.listWithMore(f.places, f.blocks)
                + ") — anyone can cut the file back to that version and read it",
            f.samples.isEmpty() ? "" : "e.g. " + f.samples);
      }
      if (r == null || revisions < 2) {
        continue;
      }
      Location where = new Location(e.getKey(), "revisions", "");
      if (!r.get(FactAttr.UNREADABLE).isEmpty()) {
        report(Severity.REVIEW, where,
            "The PDF holds " + revisions + " saved versions; earlier version(s) "
                + r.get(FactAttr.UNREADABLE) + " could not be opened, so their text was not compared"
                + " with the final version",
            "");
      }
      if (r.get(FactAttr.CAPPED)) {
        report(Severity.REVIEW, where,
            "The PDF holds " + revisions + " saved versions; only the latest "
                + r.get(FactAttr.COMPARED) + " earlier ones were compared with the final version",
            "");
      }
      if (f.blocks == 0 && r.get(FactAttr.UNREADABLE).isEmpty() && !r.get(FactAttr.CAPPED)) {
        report(Severity.INFO, where,
            "The PDF was saved " + revisions + " times and keeps each earlier version; none of"
                + " them holds text the final version lacks",
            "");
      }
    }
  }

  private static int parse(String s) {
    try {
      return Integer.parseInt(s.trim());
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
