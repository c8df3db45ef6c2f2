package io.foilint.detect.structure;

import io.foilint.detect.Detector;
import io.foilint.detect.Evidence;
import io.foilint.detect.Rule;
import io.foilint.detect.Severity;
import io.foilint.model.Fact;
import io.foilint.model.FactKind;
import io.foilint.model.Location;
import io.foilint.model.Row;
import io.foilint.model.TableOrigin;
import io.foilint.model.TableStart;

/**
 * A shared-workbook revision log keeps earlier values of changed cells, including values that
 * were deleted before release, and the names of the users who changed them. BLOCK when the log
 * holds earlier values, REVIEW when it holds only the change history.
 */
@Rule(
    id = "revision-log",
    severity = Severity.BLOCK,
    summary = "A revision log keeps earlier values of changed cells and who changed them",
    fix = "Turn off change tracking/sharing (Review > Share Workbook (Legacy) > untick, or"
        + " Review > Track Changes off), which discards the history; better, copy the values"
        + " meant for release into a new workbook or CSV")
public final class RevisionLogDetector extends Detector {

  private Location location;
  private long changesAttr;
  private String users = "";
  private long valueRows;
  private boolean seen;
  private boolean inLog;
  private final MaskedSamples samples = new MaskedSamples(3);

  @Override
  public void fact(Fact fact) {
    if (fact.kind() == FactKind.REVISION_LOG) {
      seen = true;
      if (location == null) {
        location = fact.location();
      }
      changesAttr += fact.intAttr("changes");
      if (users.isEmpty()) {
        users = fact.attr("users");
      }
    }
  }

  @Override
  public void startTable(TableStart table) {
    inLog = table.origin() == TableOrigin.REVISION_LOG;
    if (inLog) {
      seen = true;
      if (location == null) {
        location = table.location();
      }
    }
  }

  @Override
  public void row(Row row) {
    if (inLog && row.cells().stream().anyMatch(c -> !c.value().isBlank())) {
      valueRows++;
      samples.offerRow(row.cells().stream().map(c -> c.value()).toList());
    }
  }

  @Override
  public void endTable() {
    inLog = false;
  }

  @Override
  public void finish() {
    if (!seen) {
      return;
    }
    String who = users.isBlank() ? "" : " (users: " + Evidence.mask(users) + ")";
    String changes = changesAttr > 0 ? " of " + Words.count(changesAttr, "change") : "";
    if (valueRows > 0) {
      report(
          Severity.BLOCK,
          location,
          "The file keeps a revision log" + changes + who + " holding "
              + Words.count(valueRows, "earlier cell value") + " — values deleted or changed"
              + " before release are still in the file",
          samples.isEmpty() ? "" : "e.g. " + samples);
    } else {
      report(
          Severity.REVIEW,
          location,
          "The file keeps a revision log" + changes + who + " — it records who changed what"
              + " and when",
          "");
    }
  }
}
