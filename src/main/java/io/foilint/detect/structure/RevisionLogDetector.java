package io.foilint.detect.structure;

import io.foilint.detect.Detector;
import io.foilint.detect.Evidence;
import io.foilint.detect.Rule;
import io.foilint.detect.Severity;
import io.foilint.model.Fact;
import io.foilint.model.FactAttr;
import io.foilint.model.FactKind;
import io.foilint.model.Location;
import io.foilint.model.Row;
import io.foilint.model.TableOrigin;
import io.foilint.model.TableStart;
import java.util.LinkedHashMap;
import java.util.Map;

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
        + " meant for release into a new workbook or CSV",
    odsFix = "Edit > Track Changes > Manage: accept or reject every change, then untick Edit "
        + "> Track Changes > Record, which discards the history; better, copy the values "
        + "meant for release into a new spreadsheet or CSV")
public final class RevisionLogDetector extends Detector {

  /** The revision log of one file (an embedded file has its own). */
  private static final class Log {
    Location location;
    long changesAttr;
    String users = "";
    long valueRows;
    final MaskedSamples samples = new MaskedSamples(3);
  }

  private final Map<String, Log> logs = new LinkedHashMap<>();
  private Log open;

  private Log log(Location location) {
    return logs.computeIfAbsent(location.container(), k -> {
      Log l = new Log();
      l.location = location;
      return l;
    });
  }

  @Override
  public void fact(Fact fact) {
    if (fact.kind() == FactKind.REVISION_LOG) {
      Log l = log(fact.location());
      l.changesAttr += fact.get(FactAttr.CHANGES);
      if (l.users.isEmpty()) {
        l.users = fact.get(FactAttr.USERS);
      }
    }
  }

  @Override
  public void startTable(TableStart table) {
    open = table.origin() == TableOrigin.REVISION_LOG ? log(table.location()) : null;
  }

  /**
   * Counts the earlier values the log keeps: rows after the column names (row 0) with an old
   * value ({@link TableOrigin#REVISION_LOG} layout), not the labels nor changes that only
   * added a value.
   */
  @Override
  public void row(Row row) {
    if (open != null && row.index() > 0
        && row.cells().stream().anyMatch(c -> c.column() == OLD_VALUE_COLUMN && !c.value().isBlank())) {
      open.valueRows++;
      open.samples.offerRow(row.cells().stream().map(c -> c.value()).toList());
    }
  }

  private static final int OLD_VALUE_COLUMN = 2;

  @Override
  public void endTable() {
    open = null;
  }

  @Override
  public void finish() {
    for (Log l : logs.values()) {
      judge(l);
    }
  }

  private void judge(Log l) {
    String who = l.users.isBlank() ? "" : " (users: " + Evidence.mask(l.users) + ")";
    String changes = l.changesAttr > 0 ? " of " + Words.count(l.changesAttr, "change") : "";
    if (l.valueRows > 0) {
      report(
          Severity.BLOCK,
          l.location,
          "The file keeps a revision log" + changes + who + " holding "
              + Words.count(l.valueRows, "earlier cell value") + " — values deleted or changed"
              + " before release are still in the file",
          l.samples.isEmpty() ? "" : "e.g. " + l.samples);
    } else {
      report(
          Severity.REVIEW,
          l.location,
          "The file keeps a revision log" + changes + who + " — it records who changed what"
              + " and when",
          "");
    }
  }
}
