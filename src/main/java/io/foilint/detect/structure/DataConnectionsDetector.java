package io.foilint.detect.structure;

import io.foilint.detect.Detector;
import io.foilint.detect.Evidence;
import io.foilint.detect.Rule;
import io.foilint.detect.Severity;
import io.foilint.model.Fact;
import io.foilint.model.FactAttr;
import io.foilint.model.FactKind;

/**
 * Data connections and Power Query queries: their connection strings and commands name servers,
 * databases, file paths and sometimes user names, and a refresh can pull fresh data into the
 * file.
 */
@Rule(
    id = "data-connections",
    severity = Severity.REVIEW,
    summary = "The file holds data connections or queries that name servers, paths or SQL",
    fix = "Data > Queries & Connections: delete the connections and queries (the loaded values"
        + " stay as plain cells), check the result, and save; or copy the values meant for"
        + " release into a new workbook or CSV",
    odsFix = "Edit > Links to External Files and Sheet > Link to External Data: remove the "
        + "links (the loaded values stay as plain cells), check the result, and save; or "
        + "copy the values meant for release into a new spreadsheet or CSV")
public final class DataConnectionsDetector extends Detector {

  @Override
  public void fact(Fact fact) {
    if (fact.kind() == FactKind.DATA_CONNECTION) {
      Details details =
          new Details()
              .add(fact.get(FactAttr.TYPE).isEmpty() ? "" : "type " + fact.get(FactAttr.TYPE))
              .add(fact.get(FactAttr.SERVER).isEmpty() ? "" : "server " + Evidence.mask(fact.get(FactAttr.SERVER)));
      String detail = fact.value().isBlank() ? fact.get(FactAttr.COMMAND) : fact.value();
      report(
          Severity.REVIEW,
          fact.location(),
          "Data connection" + (fact.name().isEmpty() ? "" : " " + Words.quoted(fact.name()))
              + details + " reads from an outside source — its connection string and command"
              + " can name servers, databases, file paths and users, and a refresh pulls data"
              + " into the file",
          Evidence.mask(detail));
    } else if (fact.kind() == FactKind.POWER_QUERY) {
      String size = Words.bytes(fact.get(FactAttr.BYTES));
      report(
          Severity.REVIEW,
          fact.location(),
          "The file holds Power Query code" + (fact.value().isEmpty() ? "" : " in " + fact.value())
              + (size.isEmpty() ? "" : " (" + size + ")") + " — queries can name servers, file"
              + " paths and filters on people, and a refresh pulls data into the file",
          "");
    }
  }
}
