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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links to other workbooks. Excel keeps a cached copy of every linked cell, so data from a file
 * that was never released travels in this one; the link path itself reveals server, folder and
 * user names. One finding per linked workbook, however many of its sheets are cached. BLOCK when
 * the cached values form five or more records and hold values no visible cell shows (or too many
 * to compare); REVIEW otherwise — in particular when every cached value is shown on a visible
 * sheet, as when the formulas that use the link show the values they fetched.
 */
@Rule(
    id = "external-link",
    severity = Severity.BLOCK,
    summary = "A link to another workbook keeps cached copies of that workbook's cells",
    fix = "Break the links (Data > Edit Links > Break Link) so formulas become plain values, check"
        + " the result, and save; or copy only the values meant for release into a new workbook"
        + " or CSV",
    odsFix = "Break the links (Edit > Links to External Files > Break Link) so formulas "
        + "become plain values, check the result, and save; or copy only the values meant "
        + "for release into a new spreadsheet or CSV")
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
    final CachedValues values = new CachedValues();

    /** Adds what another part of the same link holds (xls and ODS cache each sheet apart). */
    void merge(Link other) {
      if (target.isEmpty()) {
        target = other.target;
      }
      cachedCellsAttr += other.cachedCellsAttr;
      cells += other.cells;
      records += other.records;
      values.addAll(other.values);
      samples.addAll(other.samples);
    }
  }

  private final Map<String, Link> links = new LinkedHashMap<>();
  private final VisibleValues visible = new VisibleValues();
  private Link open;

  @Override
  public void fact(Fact fact) {
    if (fact.kind() == FactKind.EXTERNAL_LINK) {
      Link l = link(fact.location());
      l.location = fact.location();
      l.target = fact.value();
      l.cachedCellsAttr = Math.max(l.cachedCellsAttr, fact.get(FactAttr.CACHED_CELLS));
    }
  }

  private Link link(Location location) {
    return links.computeIfAbsent(PartKey.of(linkPart(location)), k -> {
      Link l = new Link();
      l.location = location;
      return l;
    });
  }

  @Override
  public void startTable(TableStart table) {
    visible.startTable(table);
    open = table.origin() == TableOrigin.EXTERNAL_LINK_CACHE ? link(table.location()) : null;
  }

  @Override
  public void row(Row row) {
    visible.row(row);
    if (open == null || row.cells().isEmpty()) {
      return;
    }
    open.cells += row.cells().size();
    if (row.cells().size() >= 2) {
      open.records++;
    }
    open.samples.offerRow(row.cells().stream().map(c -> c.value()).toList());
    row.cells().forEach(c -> open.values.offer(c.value()));
  }

  @Override
  public void endTable() {
    visible.endTable();
    open = null;
  }

  /** xls's link places: "linked workbook n (file.xls)", a cached sheet followed by " [Sheet]". */
  private static final Pattern XLS_LINK = Pattern.compile("^linked workbook \\d+");

  /**
   * The part a link's cache table belongs to: xls names each cached sheet of link n
   * {@code linked workbook n (file.xls) [Sheet]}, and its fact {@code linked workbook n
   * (file.xls)}; both are keyed by {@code linked workbook n} (a file or sheet name may hold
   * brackets).
   */
  private static Location linkPart(Location location) {
    Matcher xls = XLS_LINK.matcher(location.place());
    return xls.find() ? new Location(location.container(), xls.group(), "") : location.withRef("");
  }

  /** One entry per linked workbook: parts naming the same target (ODS linked sheets) are one. */
  private Map<String, Link> byWorkbook() {
    Map<String, Link> merged = new LinkedHashMap<>();
    links.forEach((part, l) -> {
      String key = l.target.isEmpty() ? part : l.location.container() + "\u0000" + l.target;
      Link first = merged.putIfAbsent(key, l);
      if (first != null) {
        first.merge(l);
      }
    });
    return merged;
  }

  @Override
  public void finish() {
    for (Link l : byWorkbook().values()) {
      long cells = Math.max(l.cells, l.cachedCellsAttr);
      String what =
          l.target.isEmpty()
              ? "A link to another workbook"
              : "A link to another workbook (" + Evidence.mask(l.target) + ")";
      String evidence = l.samples.isEmpty() ? "" : "e.g. " + l.samples;
      CachedValues.Comparison shown = l.values.compareWith(visible);
      if (cells > 0 && shown.outcome() == CachedValues.Outcome.ALL_SHOWN) {
        report(
            Severity.REVIEW,
            l.location,
            what + " keeps cached copies of " + Words.count(cells, "cell") + " from it; "
                + shown.sentence() + ", so they add nothing a reader cannot see — the link path"
                + " still shows where that workbook is kept (server, folder, user names)",
            evidence);
      } else if (l.records >= BLOCK_RECORDS) {
        String compared = l.values.isEmpty() ? "" : "; " + shown.sentence();
        report(
            Severity.BLOCK,
            l.location,
            what + " keeps cached copies of " + Words.count(cells, "cell") + " from it, forming "
                + Words.count(l.records, "row") + " of data" + compared + " — the cached values"
                + " travel with this file even though the other workbook does not",
            shown.notShownSamples().isEmpty() ? evidence : "not shown e.g. " + shown.notShownSamples());
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
