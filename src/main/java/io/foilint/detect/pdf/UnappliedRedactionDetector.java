package io.foilint.detect.pdf;

import io.foilint.detect.Detector;
import io.foilint.detect.Rule;
import io.foilint.detect.Severity;
import io.foilint.model.Fact;
import io.foilint.model.FactKind;
import io.foilint.model.Location;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A redaction marked in a PDF editor but never applied: the box shows where it will go, the text
 * under it is still in the file and can be selected, copied or extracted.
 */
@Rule(
    id = "unapplied-redaction",
    severity = Severity.BLOCK,
    summary = "Redactions are marked but not applied: the text under them is still in the PDF",
    fix = "Apply the redactions in the PDF editor (e.g. Acrobat: Redact > Apply), save, and scan"
        + " the saved copy; then check the text cannot be selected or copied")
public final class UnappliedRedactionDetector extends Detector {

  /** Pages in document order, with how many marked redactions each has. */
  private final Map<Location, Integer> pages = new LinkedHashMap<>();

  @Override
  public void fact(Fact fact) {
    if (fact.kind() == FactKind.UNAPPLIED_REDACTION) {
      Location page = new Location(fact.location().container(), fact.location().place(), "");
      pages.merge(page, 1, Integer::sum);
    }
  }

  @Override
  public void finish() {
    for (Map.Entry<Location, Integer> e : pages.entrySet()) {
      int n = e.getValue();
      report(
          Severity.BLOCK,
          e.getKey(),
          (e.getKey().place().isEmpty() ? "The document" : "'" + e.getKey().place() + "'") + " has "
              + (n == 1 ? "1 redaction" : n + " redactions")
              + " marked but never applied — the text under the mark is still in the file",
          "");
    }
  }
}
