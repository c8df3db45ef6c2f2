package io.foilint.detect.pdf;

import io.foilint.detect.Detector;
import io.foilint.detect.Evidence;
import io.foilint.detect.Rule;
import io.foilint.detect.Severity;
import io.foilint.model.Fact;
import io.foilint.model.FactAttr;
import io.foilint.model.FactKind;
import java.util.List;

/**
 * A dark highlight or filled square added as a comment over text: it blacks the text out on
 * screen, but the text is still on the page, and deleting the comment or copying shows it.
 */
@Rule(
    id = "dark-annotation",
    severity = Severity.BLOCK,
    summary = "A dark highlight or box added as a comment covers text that is still on the page",
    fix = "Delete the comment and redact the text properly (Acrobat: Redact > Mark for Redaction,"
        + " then Apply), save, and scan the saved copy; the text must no longer be selectable")
public final class DarkAnnotationDetector extends Detector {

  @Override
  public void fact(Fact fact) {
    if (fact.kind() != FactKind.DARK_MARKUP || fact.value().isBlank()) {
      return;
    }
    String what = "Highlight".equals(fact.name()) ? "A dark highlight" : "A dark filled box";
    String by = fact.get(FactAttr.AUTHOR).isBlank() ? "" : " (added by " + Evidence.mask(fact.get(FactAttr.AUTHOR)) + ")";
    report(
        Severity.BLOCK,
        fact.location(),
        what + " comment" + by + " covers text that is still on the page — copying the text or"
            + " deleting the comment shows it",
        "covers " + Evidence.samples(List.of(fact.value()), 1));
  }
}
