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
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Links to other workbooks. Excel keeps a cached copy of every linked cell, so data from a file
 * that was never released travels in this one; the link path itself reveals server, folder and
 * user names. BLOCK when the cached values form five or more records, REVIEW otherwise.
 */
@Rule(
    id = "external-link",
    severity = Severity.BLOCK,
    summary = "A link to another workbook keeps cached copies of that workbook's cells",
    fix = "Break the links (Data > Edit Links > Break Link) so formulas become plain values, check"
        + " the result, and save; or copy only the values meant for release into a new workbook"
        + " or CSV")
public final class ExternalLinkDetector extends Detector {

  static final int BLOCK_RECORDS = 5;

  /** One external link, joined from its fact and its cache tables. */
  private static final class Link {
    Location location;
    String target = "";
    long cachedCellsAttr;
    long cells;
    long records;
    final MaskedSamples samples = new MaskedSamples(3);
  }

  private final Map<String, Link> links = new LinkedHashMap<>();
  private Link open;

  @Override
  public void fact(Fact fact) {
    if (fact.kind() == FactKind.EXTERNAL_LINK) {
      Link l = link(fact.location());
      l.location = fact.location();
      l.target = fact.value();
      l.cachedCellsAttr = Math.max(l.cachedCellsAttr, fact.intAttr("cachedCells"));
    }
  }

  private Link link(Location location) {
    return links.computeIfAbsent(PartKey.of(location), k -> {
      Link l = new Link();
      l.location = location;
      return l;
    });
  }

  @Override
  public void startTable(TableStart table) {
    open = table.origin() == TableOrigin.EXTERNAL_LINK_CACHE ? link(table.location()) : null;
  }

  @Override
  public void row(Row row) {
    if (open == null || row.cells().isEmpty()) {
      return;
    }
    open.cells += row.cells().size();
    if (row.cells().size() >= 2) {
      open.records++;
    }
    open.samples.offerRow(row.cells().stream().map(c -> c.value()).toList());
  }

  @Override
  public void endTable() {
    open = null;
  }

  @Override
  public void finish() {
    for (Link l : links.values()) {
      long cells = Math.max(l.cells, l.cachedCellsAttr);
      String what =
          l.target.isEmpty()
              ? "A link to another workbook"
              : "A link to another workbook (" + Evidence.mask(l.target) + ")";
      String evidence = l.samples.isEmpty() ? "" : "e.g. " + l.samples;
      if (l.records >= BLOCK_RECORDS) {
        report(
            Severity.BLOCK,
            l.location,
            what + " keeps cached copies of " + Words.count(cells, "cell") + " from it, forming "
                + Words.count(l.records, "row") + " of data — the cached values travel with this"
                + " file even though the other workbook does not",
            evidence);
      } else if (cells > 0) {
        report(
            Severity.REVIEW,
            l.location,
            what + " keeps cached copies of " + Words.count(cells, "cell") + " from it; the"
                + " link path also shows where that workbook is kept (server, folder, user names)",
            evidence);
      } else {
        report(
            Severity.REVIEW,
            l.location,
            what + " shows where that workbook is kept (server, folder and user names)",
            "");
      }
    }
  }
}
