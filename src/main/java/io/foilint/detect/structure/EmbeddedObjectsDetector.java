package io.foilint.detect.structure;

import io.foilint.detect.Detector;
import io.foilint.detect.Evidence;
import io.foilint.detect.Rule;
import io.foilint.detect.Severity;
import io.foilint.model.Fact;
import io.foilint.model.FactAttr;
import io.foilint.model.FactKind;

/**
 * Embedded files (OLE objects, packages, embedded workbooks) travel with the file and often
 * show only as an icon. When foilint looked inside, the embedded file's own findings are listed
 * with its inner path; otherwise its content is unchecked.
 */
@Rule(
    id = "embedded-objects",
    severity = Severity.REVIEW,
    summary = "Another file is embedded in this one and travels with it",
    fix = "Open the embedded object (double-click it), check it, and delete it if it is not meant"
        + " for release; File > Info > Inspect Document > Embedded Documents lists them",
    pdfFix = "Open the attachments pane (Acrobat: View > Show/Hide > Side Panels > Attachments),"
        + " check each attached file, and delete those not meant for release; Redact > Remove"
        + " Hidden Information removes attachments too",
    odsFix = "Open the embedded object (double-click it), check it, and delete it if it is "
        + "not meant for release; the Navigator (View > Navigator) lists every OLE object")
public final class EmbeddedObjectsDetector extends Detector {

  @Override
  public void fact(Fact fact) {
    if (fact.kind() != FactKind.EMBEDDED_OBJECT) {
      return;
    }
    Details details =
        new Details().add(fact.value()).add(Words.bytes(fact.get(FactAttr.BYTES)))
            .add(fact.get(FactAttr.STORAGE).isEmpty() ? "" : "storage " + fact.get(FactAttr.STORAGE));
    // an attachment or object may be named after the person it is about
    String shownName = Evidence.maskName(fact.name());
    String name = shownName.isEmpty() ? "" : " " + shownName;
    String tail =
        fact.get(FactAttr.SCANNED)
            ? "its own findings are listed with its inner path"
            : "foilint could not look inside it, so open it and check it by hand";
    if (fact.get(FactAttr.UNREFERENCED)) {
      // Left behind by a deleted attachment: no reader lists it, so no one checking the file sees it.
      report(
          Severity.REVIEW,
          fact.location(),
          "A file is embedded that nothing in the document refers to" + " (" + shownName
              + Words.bytes(fact.get(FactAttr.BYTES)).transform(b -> b.isEmpty() ? "" : ", " + b) + ")"
              + " — no reader lists it, but PDF tools extract it; " + tail,
          "",
          "Produce the PDF again from its source (Save as PDF / Print to PDF), or use Acrobat's"
              + " Redact > Remove Hidden Information / Sanitize Document, which drops unused objects;"
              + " then scan the new copy");
      return;
    }
    report(
        Severity.REVIEW,
        fact.location(),
        "An embedded file" + name + details + " travels with this one; " + tail,
        "");
  }
}
