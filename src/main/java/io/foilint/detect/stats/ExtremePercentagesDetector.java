package io.foilint.detect.stats;

import io.foilint.detect.Detector;
import io.foilint.detect.Rule;
import io.foilint.detect.Severity;
import io.foilint.model.Cell;
import io.foilint.model.Row;
import io.foilint.model.TableStart;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * 0% or 100% of a small group says something about every member of it: "100% of the 3 officers
 * at Northmere were disciplined" discloses each of them. Flagged where a row's count is small.
 */
@Rule(
    id = "extreme-percentages",
    severity = Severity.REVIEW,
    summary = "A percentage of 0% or 100% on a small base says something about everyone in the group",
    fix = "Suppress or band the percentage where its base is small, or merge the group with"
        + " others so that 0% and 100% no longer describe every member of a handful of people")
public final class ExtremePercentagesDetector extends Detector {

  /** Bases up to this are small: the ONS under-10 rule (NHS Scotland also flags 0%/100% on 1–9). */
  static final int SMALL_BASE = 9;
  private static final int LISTED = 10;
  private static final Pattern PERCENT_HEADER = Pattern.compile("(?i)(%|\\bper\\s*cent|\\bpercentage|\\bproportion|\\brate\\b)");

  private CountTable table;
  private final List<String> refs = new ArrayList<>();
  private long found;

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
    long base = -1;
    for (Cell c : row.cells()) {
      if (table.isCountColumn(c.column())) {
        base = Math.max(base, CountTable.count(c.value()));
      }
    }
    if (base < 1 || base > SMALL_BASE) {
      return;
    }
    for (Cell c : row.cells()) {
      if (PERCENT_HEADER.matcher(table.header(c.column())).find() && isExtreme(c.value(), table.header(c.column()))) {
        found++;
        if (refs.size() < LISTED) {
          refs.add(c.ref());
        }
      }
    }
  }

  /** "0%", "100%", "0", "100", "100.0"; a proportion column's "0" and "1". */
  static boolean isExtreme(String value, String header) {
    String v = value.strip().replace("%", "").strip();
    double d;
    try {
      d = Double.parseDouble(v);
    } catch (NumberFormatException e) {
      return false;
    }
    boolean fraction = header.toLowerCase(Locale.ROOT).contains("proportion")
        || (!value.contains("%") && d <= 1.0 && d >= 0.0 && v.contains("."));
    return d == 0.0 || (fraction ? d == 1.0 : d == 100.0);
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
    if (table != null && found > 0) {
      TableStart t = table.table();
      report(
          Severity.REVIEW,
          t.location().withRef(refs.get(0)),
          String.format(Locale.ROOT,
              "%s '%s' has %d percentage%s of 0%% or 100%% where the group counted is %d or fewer (%s%s)"
                  + " — it says something about every member of a small group",
              Character.toUpperCase(t.origin().phrase().charAt(0)) + t.origin().phrase().substring(1),
              t.name(), found, found == 1 ? "" : "s", SMALL_BASE, String.join(", ", refs),
              found > refs.size() ? ", …" : ""),
          "");
    }
    table = null;
    refs.clear();
    found = 0;
  }
}
