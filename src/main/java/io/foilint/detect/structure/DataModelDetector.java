package io.foilint.detect.structure;

import io.foilint.detect.Detector;
import io.foilint.detect.Rule;
import io.foilint.detect.Severity;
import io.foilint.model.Fact;
import io.foilint.model.FactAttr;
import io.foilint.model.FactKind;

/**
 * A Power Pivot data model ({@code xl/model/item.data}) holds compressed copies of whole source
 * tables in a format foilint cannot read. Content that cannot be inspected must not pass, so
 * this is BLOCK (fail closed), not REVIEW.
 */
@Rule(
    id = "data-model",
    severity = Severity.BLOCK,
    summary = "The file holds a Power Pivot data model that foilint cannot inspect",
    fix = "Do not release workbooks with a data model: copy the figures meant for release"
        + " (Paste Special > Values) into a new workbook or export them to CSV. To check what the"
        + " model holds: Data > Manage Data Model (Power Pivot)")
public final class DataModelDetector extends Detector {

  @Override
  public void fact(Fact fact) {
    if (fact.kind() != FactKind.DATA_MODEL) {
      return;
    }
    String size = Words.bytes(fact.get(FactAttr.BYTES));
    report(
        Severity.BLOCK,
        fact.location(),
        "The file holds a Power Pivot data model" + (size.isEmpty() ? "" : " (" + size + ")")
            + " that foilint cannot inspect — such models usually keep a full copy of their source"
            + " tables, and content that cannot be checked cannot be cleared",
        "");
  }
}
