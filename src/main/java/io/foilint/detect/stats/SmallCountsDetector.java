package io.foilint.detect.stats;

import io.foilint.detect.Detector;
import io.foilint.detect.DetectorSettings;
import io.foilint.detect.Evidence;
import io.foilint.detect.Rule;
import io.foilint.detect.Severity;
import io.foilint.model.Cell;
import io.foilint.model.Row;
import io.foilint.model.TableStart;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts from 1 up to a threshold in statistical tables: a "1" in a table of hate crimes by ward
 * can identify the victim to anyone who knows the area (the ICO's motivated intruder).
 */
@Rule(
    id = "small-counts",
    severity = Severity.REVIEW,
    summary = "A statistical table holds small counts (1 to 4 by default) that may identify people",
    fix = "Check whether anyone could be identified from the small numbers; if so, suppress them"
        + " (show '*' or '<5'), band them, or combine rows or columns until every count is above the"
        + " threshold, and make sure a total cannot undo the suppression")
public final class SmallCountsDetector extends Detector implements DetectorSettings.Configurable {

  /** Counts 1..threshold are reported; 4 by default, 7 or 9 with the NHS or ONS preset. */
  private int threshold = DetectorSettings.DEFAULT.smallCountThreshold();

  @Override
  public void configure(DetectorSettings settings) {
    threshold = settings.smallCountThreshold();
  }
  private static final int LISTED_CELLS = 10;

  private CountTable table;
  private final List<String> refs = new ArrayList<>();
  private final java.util.Set<String> columns = new java.util.LinkedHashSet<>();
  private long small;
  private int lowestRow = Integer.MAX_VALUE;
  private int highestRow = -1;

  @Override
  public void startTable(TableStart start) {
    close();
    table = new CountTable(start);
  }

  @Override
  public void row(Row row) {
    if (table == null || !table.accept(row)) {
      return;
    }
    if (!row.cells().isEmpty() && CountTable.isTotalLabel(row.cells().get(0).value())) {
      return; // a small total row is a small table, reported through its cells
    }
    for (Cell c : row.cells()) {
      if (!table.isCountColumn(c.column())) {
        continue;
      }
      long n = CountTable.count(c.value());
      if (n >= 1 && n <= threshold) {
        small++;
        String header = table.header(c.column());
        // a header is shown only when it names what is counted; a column titled by something
        // else ("Smith" in complaints by officer) could itself be personal
        columns.add(CountTable.COUNT_WORDS.matcher(header).find() ? header : Evidence.mask(header));
        lowestRow = Math.min(lowestRow, row.number());
        highestRow = Math.max(highestRow, row.number());
        if (refs.size() < LISTED_CELLS) {
          refs.add(c.ref());
        }
      }
    }
  }

  @Override
  public void endTable() {
    close();
  }

  @Override
  public void finish() {
    close();
  }

  private void close() {
    if (table != null && small > 0) {
      TableStart t = table.table();
      String listed = String.join(", ", refs) + (small > refs.size() ? ", …" : "");
      report(
          Severity.REVIEW,
          t.location().withRef("rows " + lowestRow + "-" + highestRow),
          String.format(
              java.util.Locale.ROOT,
              "%s '%s' has %d count%s between 1 and %d (%s) in %s — small numbers can identify"
                  + " the people counted to anyone who knows the area or the case",
              capitalise(t.origin().phrase()), t.name(), small, small == 1 ? "" : "s", threshold,
              listed, String.join(", ", columns)),
          "");
    }
    table = null;
    refs.clear();
    columns.clear();
    small = 0;
    lowestRow = Integer.MAX_VALUE;
    highestRow = -1;
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
