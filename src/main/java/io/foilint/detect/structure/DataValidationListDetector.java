package io.foilint.detect.structure;

import io.foilint.detect.Detector;
import io.foilint.detect.Rule;
import io.foilint.detect.Severity;
import io.foilint.model.Fact;
import io.foilint.model.FactKind;
import io.foilint.model.Location;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Drop-down lists (data validation of type list) are normal, so INFO; they are listed because
 * they explain where a hidden lookup sheet or a hidden range comes from.
 */
@Rule(
    id = "data-validation-list",
    severity = Severity.INFO,
    summary = "Drop-down lists take their choices from a list or range, possibly on a hidden sheet",
    fix = "Nothing to fix in the list itself; if it draws on a hidden sheet, check that sheet and"
        + " consider replacing the formulas and lists with plain values")
public final class DataValidationListDetector extends Detector {

  /** Drop-down lists of one sheet. */
  private static final class SheetLists {
    Location location;
    long count;
    final List<String> shown = new ArrayList<>();
  }

  private final Map<String, SheetLists> sheets = new LinkedHashMap<>();

  @Override
  public void fact(Fact fact) {
    if (fact.kind() != FactKind.DATA_VALIDATION_LIST) {
      return;
    }
    Location l = fact.location();
    SheetLists s = sheets.computeIfAbsent(l.container() + "\u0000" + l.place(), k -> new SheetLists());
    if (s.location == null) {
      s.location = new Location(l.container(), l.place(), "");
    }
    s.count++;
    if (s.shown.size() < 5) {
      String from = References.show(fact.value());
      String range = References.show(fact.name());
      s.shown.add(range + (from.isEmpty() ? "" : " from " + from));
    }
  }

  @Override
  public void finish() {
    for (SheetLists s : sheets.values()) {
      String sheet = s.location.place().isEmpty() ? "The file" : "Sheet "
          + Words.quoted(s.location.place());
      report(
          Severity.INFO,
          s.location,
          sheet + " has " + Words.count(s.count, "drop-down list") + " ("
              + Words.listWithMore(s.shown, s.count) + ") — listed so you know where lookup"
              + " lists come from",
          String.join("; ", s.shown));
    }
  }
}
