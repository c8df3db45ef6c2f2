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
import java.util.Locale;
import java.util.Map;

/**
 * Pivot caches (Islington 2012): a pivot table keeps its own copy of the source rows, and even
 * without them its definition lists every distinct value of every field. The cache's values are
 * compared with what the visible sheets show ({@link VisibleValues}): BLOCK when it holds records
 * or field values no visible cell shows (or too many to compare), REVIEW when every value is shown
 * on a visible sheet (the cache then repeats what the reader sees) and for slicer or timeline
 * caches, INFO when it is empty.
 */
@Rule(
    id = "pivot-cache",
    severity = Severity.BLOCK,
    summary = "A pivot table's cache keeps a copy of its source data inside the file",
    fix = "Remove pivot tables from files for release: copy the pivot and Paste Special > Values"
        + " into a new workbook, or export to CSV. If the pivot must stay, PivotTable Options >"
        + " Data > untick \"Save source data with file\", set \"Number of items to retain per"
        + " field\" to None, refresh, and delete the source sheet",
    odsFix = "Remove pivot tables from files for release: copy the pivot table and Edit > "
        + "Paste Special > Paste Only Values into a new spreadsheet, or export to CSV, "
        + "then delete the source sheet")
public final class PivotCacheDetector extends Detector {

  /** One pivot cache, joined from its definition fact and its cache tables. */
  private static final class Cache {
    Location location;
    String source = "";
    String refreshedBy = "";
    boolean factSeen;
    long recordsAttr;
    long sharedItemsAttr;
    long recordRows;
    long definitionValues;
    final HeaderRow fields = new HeaderRow();
    final MaskedSamples samples = new MaskedSamples(3);
    final CachedValues values = new CachedValues();
  }

  private final VisibleValues visible = new VisibleValues();

  private final Map<String, Cache> caches = new LinkedHashMap<>();
  private final Map<String, Location> slicers = new LinkedHashMap<>();
  private Cache open;
  private boolean openIsRecords;

  @Override
  public void fact(Fact fact) {
    if (fact.kind() == FactKind.PIVOT_CACHE) {
      Cache c = cache(fact.location());
      c.location = fact.location();
      c.factSeen = true;
      c.source = fact.get(FactAttr.SOURCE);
      c.refreshedBy = fact.get(FactAttr.REFRESHED_BY);
      c.recordsAttr = Math.max(c.recordsAttr, fact.get(FactAttr.RECORDS));
      c.sharedItemsAttr = Math.max(c.sharedItemsAttr, fact.get(FactAttr.SHARED_ITEMS));
    } else if (fact.kind() == FactKind.SLICER_CACHE) {
      slicers.putIfAbsent(PartKey.of(fact.location()) + fact.name(), fact.location());
    }
  }

  private Cache cache(Location location) {
    return caches.computeIfAbsent(PartKey.of(location), k -> {
      Cache c = new Cache();
      c.location = location;
      return c;
    });
  }

  @Override
  public void startTable(TableStart table) {
    visible.startTable(table);
    open = null;
    if (table.origin() == TableOrigin.PIVOT_CACHE) {
      open = cache(table.location());
      String where = (table.location().place() + " " + table.name()).toLowerCase(Locale.ROOT);
      openIsRecords = where.contains("records");
    }
  }

  @Override
  public void row(Row row) {
    visible.row(row);
    if (open == null || row.cells().isEmpty()) {
      return;
    }
    if (openIsRecords) {
      if (row.index() == 0) {
        open.fields.offer(row);
      } else {
        open.recordRows++;
        open.samples.offerRow(row.cells().stream().map(c -> c.value()).toList());
        row.cells().forEach(c -> open.values.offer(c.value()));
      }
    } else if (row.index() == 0) {
      // the field-values table starts with the field names, as the records table does
      open.fields.offer(row);
    } else {
      open.definitionValues += row.cells().size();
      row.cells().forEach(c -> open.samples.offer(c.value()));
      row.cells().forEach(c -> open.values.offer(c.value()));
    }
  }

  @Override
  public void endTable() {
    visible.endTable();
    open = null;
  }

  @Override
  public void finish() {
    for (Cache c : caches.values()) {
      judge(c);
    }
    for (Location l : slicers.values()) {
      report(
          Severity.REVIEW,
          l,
          "A slicer or timeline cache filters a pivot table or table; for a pivot it keeps the"
              + " field's distinct values in the file — check what the field holds",
          "");
    }
  }

  private void judge(Cache c) {
    long records = Math.max(c.recordsAttr, c.recordRows);
    long distinct = Math.max(c.sharedItemsAttr, c.definitionValues);
    String what = describe(c);
    String evidence = c.samples.isEmpty() ? "" : "e.g. " + c.samples;
    if (records <= 0 && distinct <= 0) {
      report(Severity.INFO, c.location, what + " holds no records and no field values", "");
      return;
    }
    String held =
        records > 0
            ? " keeps a copy of " + Words.count(records, "source record")
                + (c.fields.found() ? " (fields: " + c.fields.allLabels(8) + ")" : "")
            : " keeps no source records but still lists " + Words.count(distinct,
                "distinct field value") + " (shared items)";
    CachedValues.Comparison shown = c.values.compareWith(visible);
    switch (shown.outcome()) {
      case ALL_SHOWN -> report(
          Severity.REVIEW,
          c.location,
          what + held + "; " + shown.sentence() + ", so it repeats what a reader sees — check"
              + " that the pivot shows only what is meant for release",
          evidence);
      case NOT_ALL_SHOWN -> report(
          Severity.BLOCK,
          c.location,
          what + held + "; " + shown.sentence() + " — they travel with the file even if the"
              + " source sheet is deleted, and double-clicking a pivot total shows them",
          shown.notShownSamples().isEmpty() ? evidence : "not shown e.g. " + shown.notShownSamples());
      case NOT_COMPARED -> {
        String compared = c.values.isEmpty() ? "" : "; " + shown.sentence();
        if (records > 0) {
          report(
              Severity.BLOCK,
              c.location,
              what + held + compared + " — they travel with the file even if the source sheet is"
                  + " deleted, and double-clicking a pivot total shows them",
              evidence);
        } else {
          report(
              Severity.REVIEW,
              c.location,
              what + held + compared + " — every distinct name or code in the source is in the"
                  + " file",
              evidence);
        }
      }
    }
  }

  private static String describe(Cache c) {
    StringBuilder sb = new StringBuilder("A pivot cache");
    String source = References.show(c.source);
    String by = Evidence.mask(c.refreshedBy);
    if (!source.isEmpty() || !by.isEmpty()) {
      sb.append(" (");
      if (!source.isEmpty()) {
        sb.append("source: ").append(source);
      }
      if (!by.isEmpty()) {
        sb.append(source.isEmpty() ? "" : "; ").append("last refreshed by ").append(by);
      }
      sb.append(')');
    }
    return sb.toString();
  }
}
