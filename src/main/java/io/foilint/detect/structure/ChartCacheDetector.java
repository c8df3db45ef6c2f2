package io.foilint.detect.structure;

import io.foilint.detect.Detector;
import io.foilint.detect.Rule;
import io.foilint.detect.Severity;
import io.foilint.model.Cell;
import io.foilint.model.Fact;
import io.foilint.model.FactKind;
import io.foilint.model.Location;
import io.foilint.model.Row;
import io.foilint.model.TableOrigin;
import io.foilint.model.TableStart;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Charts keep a cached copy of the numbers and labels they plot, which stays after the source
 * cells are deleted or hidden. The numbers are normally what the chart shows, but text
 * categories may be names, so a cache is REVIEW. A chart carrying its own embedded workbook is
 * REVIEW too (that workbook is scanned as an embedded file with its own findings); a chart
 * with no cache is INFO.
 */
@Rule(
    id = "chart-cache",
    severity = Severity.REVIEW,
    summary = "A chart keeps a cached copy of the values and labels it plots",
    fix = "Check the chart's data (right-click > Select Data) for labels that name people; to"
        + " release a chart safely, paste it as a picture (Paste Special > Picture) or publish"
        + " it as PDF")
public final class ChartCacheDetector extends Detector {

  /** One chart, joined from its fact and its cache tables. */
  private static final class Chart {
    Location location;
    long pointsAttr;
    String externalData = "";
    long values;
    long textValues;
    final MaskedSamples textSamples = new MaskedSamples(3);
  }

  private final Map<String, Chart> charts = new LinkedHashMap<>();
  private Chart open;

  @Override
  public void fact(Fact fact) {
    if (fact.kind() == FactKind.CHART) {
      Chart c = chart(fact.location());
      c.location = fact.location();
      c.pointsAttr = Math.max(c.pointsAttr, fact.intAttr("cachedPoints"));
      c.externalData = fact.attr("externalData");
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
    open = null;
    if (table.origin() == TableOrigin.CHART_CACHE) {
      open = chart(table.location());
    }
  }

  @Override
  public void row(Row row) {
    if (open == null) {
      return;
    }
    for (Cell c : row.cells()) {
      open.values++;
      if (!HeaderRow.looksNumeric(c.value())) {
        open.textValues++;
        open.textSamples.offer(c.value());
      }
    }
  }

  @Override
  public void endTable() {
    open = null;
  }

  @Override
  public void finish() {
    for (Chart c : charts.values()) {
      long values = Math.max(c.values, c.pointsAttr);
      // chart titles may name people, so the chart is located by its part, not named
      String what = "A chart";
      String embedded =
          c.externalData.isEmpty()
              ? ""
              : "; it also carries its own embedded workbook (" + c.externalData
                  + "), scanned as an embedded file with its own findings";
      String evidence = c.textSamples.isEmpty() ? "" : "text labels e.g. " + c.textSamples;
      if (values > 0) {
        String text = c.textValues > 0 ? ", " + Words.number(c.textValues) + " of them text"
            + " labels that may be names" : "";
        report(
            Severity.REVIEW,
            c.location,
            what + " keeps a cached copy of " + Words.count(values, "value") + text
                + " — the cache stays even when the source cells are deleted or hidden" + embedded,
            evidence);
      } else if (!embedded.isEmpty()) {
        report(Severity.REVIEW, c.location, what + " keeps no cached values" + embedded, "");
      } else {
        report(Severity.INFO, c.location, what + " keeps no cached values", "");
      }
    }
  }
}
