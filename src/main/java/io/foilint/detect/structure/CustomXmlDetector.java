package io.foilint.detect.structure;

import io.foilint.detect.Detector;
import io.foilint.detect.Rule;
import io.foilint.detect.Severity;
import io.foilint.model.Fact;
import io.foilint.model.FactAttr;
import io.foilint.model.FactKind;

/**
 * Custom XML parts travel inside the package and no Excel screen shows them; they may hold
 * document-management metadata, Power Query code or copies of data.
 */
@Rule(
    id = "custom-xml",
    severity = Severity.REVIEW,
    summary = "The file carries custom XML data that no Excel screen shows",
    fix = "File > Info > Check for Issues > Inspect Document > Custom XML Data > Remove All; or"
        + " copy the values meant for release into a new workbook or CSV")
public final class CustomXmlDetector extends Detector {

  @Override
  public void fact(Fact fact) {
    if (fact.kind() != FactKind.CUSTOM_XML_PART) {
      return;
    }
    Details details =
        new Details()
            .add(fact.get(FactAttr.ROOT_ELEMENT).isEmpty() ? "" : "root element " + fact.get(FactAttr.ROOT_ELEMENT))
            .add(Words.bytes(fact.get(FactAttr.BYTES)));
    report(
        Severity.REVIEW,
        fact.location(),
        "A custom XML part" + (fact.name().isEmpty() ? "" : " " + fact.name()) + details
            + " travels with the file but no Excel screen shows it — it may hold document"
            + " management metadata, queries or copied data",
        "");
  }
}
