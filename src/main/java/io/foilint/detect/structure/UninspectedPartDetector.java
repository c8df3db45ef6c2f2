package io.foilint.detect.structure;

import io.foilint.detect.About;
import io.foilint.detect.Detector;
import io.foilint.detect.Rule;
import io.foilint.detect.Severity;
import io.foilint.model.Fact;
import io.foilint.model.FactAttr;
import io.foilint.model.FactKind;

/**
 * Parts of the file that an extractor found but could not interpret. Surfacing everything means
 * saying so: whatever they hold was not checked (REVIEW). A part that is itself a document (a
 * workbook, zip, OLE2 storage, PDF or delimited text; it is also scanned as an embedded document)
 * or that is named as a picture but is none is BLOCK (facts flagged {@code block}). A package's
 * pictures come as one fact flagged {@code pictures}. Archiver clutter (a macOS {@code .DS_Store}
 * zipped in by hand) is only noted. Facts flagged {@code sentence} carry their whole message.
 */
@Rule(
    id = "uninspected-part",
    about = About.INSPECTION,
    severity = Severity.REVIEW,
    summary = "Parts of the file could not be interpreted, so their content was not checked",
    fix = "Open the file in the application that made it and check the named part by hand, or copy"
        + " only the values meant for release into a new workbook or CSV",
    pdfFix = "Produce the PDF again from its source document (Save as PDF / Print to PDF) rather"
        + " than repairing this copy, check it, and scan the new copy")
public final class UninspectedPartDetector extends Detector {

  @Override
  public void fact(Fact fact) {
    if (fact.kind() != FactKind.UNINSPECTED_PART) {
      return;
    }
    if (fact.get(FactAttr.SENTENCE)) {
      // The extractor has said it all, e.g. a damaged PDF read after rebuilding its structure.
      report(Severity.REVIEW, fact.location(), fact.value(), "");
      return;
    }
    if (fact.get(FactAttr.PICTURES)) {
      // one finding for all the pictures of a package: their bytes were checked to be pictures
      report(Severity.REVIEW, fact.location(), fact.value(), "");
      return;
    }
    if (fact.get(FactAttr.BLOCK)) {
      // a document or disguised part inside the package: block until someone has looked
      report(Severity.BLOCK, fact.location(), "Part " + fact.name() + ": " + fact.value(), "");
      return;
    }
    boolean clutter = fact.value().startsWith("archiver clutter");
    String what = fact.name().isEmpty() ? "A part of the file" : "Part " + fact.name();
    report(
        clutter ? Severity.INFO : Severity.REVIEW,
        fact.location(),
        what + " was not interpreted (" + (fact.value().isEmpty() ? "unknown kind" : fact.value())
            + ")" + (clutter ? "" : " — whatever it holds was not checked"),
        "");
  }
}
