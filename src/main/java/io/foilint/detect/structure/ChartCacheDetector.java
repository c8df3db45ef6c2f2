package io.foilint.detect.structure;

import io.foilint.detect.Detector;
import io.foilint.detect.Rule;
import io.foilint.detect.Severity;
import io.foilint.model.Cell;
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
 * Charts keep a cached copy of the numbers and labels they plot, which stays after the source
 * cells are deleted or hidden. The cache is compared with what the visible sheets show
 * ({@link VisibleValues}): BLOCK when it holds labels that read as people's names and no visible
 * cell shows them; REVIEW otherwise, saying where its values are shown when they all are, and
 * counting only the text labels that could be names (months, years, axis letters, numbers and
 * series titles cannot: {@link ChartLabels}). A chart carrying its own embedded workbook is REVIEW
 * too (that workbook is scanned as an embedded file with its own findings); a chart with no cache
 * is INFO.
 */
@Rule(
    id = "chart-cache",
    severity = Severity.REVIEW,
    summary = "A chart keeps a cached copy of the values and labels it plots",
    fix = "Check the chart's data (right-click > Select Data) for labels that name people; to"
        + " release a chart safely, paste it as a picture (Paste Special > Picture) or publish"
        + " it as PDF",
    odsFix = "Check the chart's data (double-click the chart, then Format > Data Ranges or "
        + "View > Data Table) for labels that name people; to release a chart safely, "
        + "export it as a picture (right-click > Export as Image) or publish it as PDF")
public final class ChartCacheDetector extends Detector {

  /** One chart, joined from its fact and its cache tables. */
  private static final class Chart {
    Location location;
    long pointsAttr;
    String externalData = "";
    long values;
    long textLabels;
    final MaskedSamples textSamples = new MaskedSamples(3);
    final CachedValues all = new CachedValues();
    final CachedValues names = new CachedValues();
  }

  private final Map<String, Chart> charts = new LinkedHashMap<>();
  private final VisibleValues visible = new VisibleValues();
  private Chart open;
  /** xlsx series tables start with a row of series titles and column roles, not data. */
  private boolean openHasTitleRow;

  @Override
  public void fact(Fact fact) {
    if (fact.kind() == FactKind.CHART) {
      Chart c = chart(fact.location());
      c.location = fact.location();
      c.pointsAttr = Math.max(c.pointsAttr, fact.get(FactAttr.CACHED_POINTS));
      c.externalData = fact.get(FactAttr.EXTERNAL_DATA);
    }
  }

  private Chart chart(Location location) {
    return charts.computeIfAbsent(PartKey.of(location), k -> {
      Chart c = new Chart();
      c.location = location;
      return c;
    });
  }

  @Override
  public void startTable(TableStart table) {
    visible.startTable(table);
    open = null;
    if (table.origin() == TableOrigin.CHART_CACHE) {
      open = chart(table.location());
      openHasTitleRow = table.name().contains(" series ");
    }
  }

  @Override
  public void row(Row row) {
    visible.row(row);
    if (open == null) {
      return;
    }
    boolean titles = openHasTitleRow && row.index() == 0;
    for (Cell c : row.cells()) {
      if (titles) {
        continue;
      }
      open.values++;
      open.all.offer(c.value());
      if (!ChartLabels.isPlain(c.value())) {
        open.textLabels++;
        open.textSamples.offer(c.value());
        if (ChartLabels.isName(c.value())) {
          open.names.offer(c.value());
        }
      }
    }
  }

  @Override
  public void endTable() {
    visible.endTable();
    open = null;
  }

  @Override
  public void finish() {
    for (Chart c : charts.values()) {
      long values = Math.max(c.values, c.pointsAttr);
      // chart titles may name people, so the chart is located by its part, not named
      String what = "A chart";
      String embedded = embeddedWorkbook(c.externalData);
      String kept = what + " keeps a cached copy of " + Words.count(values, "value");
      String stays = " — the cache stays even when the source cells are deleted or hidden";
      String evidence = c.textSamples.isEmpty() ? "" : "text labels e.g. " + c.textSamples;
      CachedValues.Comparison names = c.names.compareWith(visible);
      CachedValues.Comparison all = c.all.compareWith(visible);
      if (names.outcome() == CachedValues.Outcome.NOT_ALL_SHOWN) {
        report(
            Severity.BLOCK,
            c.location,
            kept + ", with " + Words.count(names.notShown(), "label") + " that read as people's"
                + " names and are shown on no visible sheet" + stays + embedded,
            "not shown e.g. " + names.notShownSamples());
      } else if (values > 0 && all.outcome() == CachedValues.Outcome.ALL_SHOWN) {
        report(Severity.REVIEW, c.location, kept + "; " + all.sentence() + embedded, "");
      } else if (values > 0) {
        String text = c.textLabels > 0 ? ", " + Words.number(c.textLabels) + " of them text"
            + " labels that may be names" : "";
        report(Severity.REVIEW, c.location, kept + text + stays + embedded, evidence);
      } else if (!embedded.isEmpty()) {
        report(Severity.REVIEW, c.location, what + " keeps no cached values" + embedded, "");
      } else {
        report(Severity.INFO, c.location, what + " keeps no cached values", "");
      }
    }
  }

  /** The sentence about an embedded workbook; xlsb says only true or false. */
  private static String embeddedWorkbook(String externalData) {
    String e = externalData == null ? "" : externalData.strip();
    if (e.isEmpty() || e.equalsIgnoreCase("false") || e.equals("0")) {
      return "";
    }
    String which = e.equalsIgnoreCase("true") || e.equals("1") ? "" : " (" + e + ")";
    return "; it also carries its own embedded workbook" + which + ", scanned as an embedded file"
        + " with its own findings";
  }
}
