package io.foilint.detect.structure;

import io.foilint.detect.Detector;
import io.foilint.detect.Rule;
import io.foilint.detect.Severity;
import io.foilint.model.Fact;
import io.foilint.model.FactAttr;
import io.foilint.model.FactKind;
import io.foilint.model.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Defined names that a reader does not see or that point where a reader does not look: hidden
 * names, names referring to hidden sheets, names referring to other files. Each group gives one
 * REVIEW finding; Excel's own hidden names (such as {@code _xlnm._FilterDatabase}) one INFO
 * finding. Ordinary visible names give none.
 */
@Rule(
    id = "defined-names",
    severity = Severity.REVIEW,
    summary = "Defined names are hidden, point at hidden sheets or point into other files",
    fix = "Formulas > Name Manager: check each name listed and delete those that are not needed"
        + " (hidden names need a macro or Inspect Document > Hidden Names to remove); or copy the"
        + " values meant for release into a new workbook or CSV",
    odsFix = "Sheet > Named Ranges and Expressions > Manage: check each name listed and "
        + "delete those that are not needed; or copy the values meant for release into a "
        + "new spreadsheet or CSV")
public final class DefinedNamesDetector extends Detector {

  private static final int MAX_LISTED = 5;

  /** Names that share one reason for being reported. */
  private static final class Group {
    final List<String> shown = new ArrayList<>();
    long count;
    Location location;

    void add(Fact fact) {
      count++;
      if (location == null) {
        location = new Location(fact.location().container(), fact.location().place(), "");
      }
      if (shown.size() < MAX_LISTED) {
        String target = References.show(fact.value());
        shown.add(fact.name() + (target.isEmpty() ? "" : " → " + target));
      }
    }
  }

  private final Group hidden = new Group();
  private final Group onHiddenSheets = new Group();
  private final Group external = new Group();
  private final Group builtinHidden = new Group();

  @Override
  public void fact(Fact fact) {
    if (fact.kind() != FactKind.DEFINED_NAME) {
      return;
    }
    boolean builtin = fact.get(FactAttr.BUILTIN) || isExcelOwnName(fact.name());
    if (fact.get(FactAttr.EXTERNAL)) {
      external.add(fact);
    } else if (builtin) {
      if (fact.get(FactAttr.HIDDEN) || fact.get(FactAttr.REFERS_TO_HIDDEN_SHEET)) {
        builtinHidden.add(fact);
      }
    } else if (fact.get(FactAttr.HIDDEN)) {
      hidden.add(fact);
    } else if (fact.get(FactAttr.REFERS_TO_HIDDEN_SHEET)) {
      onHiddenSheets.add(fact);
    }
  }

  /** Names Excel makes for itself: filters, print areas, future-function markers. */
  static boolean isExcelOwnName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.startsWith("_xlnm.") || lower.startsWith("_xlfn.") || lower.startsWith("_xleta.")
        || lower.equals("print_area") || lower.equals("print_titles");
  }

  @Override
  public void finish() {
    reportGroup(hidden, Severity.REVIEW, "hidden defined name", "hidden defined names",
        "hidden names do not show in the Name Manager but can point at data or hold values");
    reportGroup(onHiddenSheets, Severity.REVIEW, "defined name that points at a hidden sheet",
        "defined names that point at hidden sheets",
        "they show where hidden data sits");
    reportGroup(external, Severity.REVIEW, "defined name that points into another file",
        "defined names that point into other files",
        "the path can reveal folders and user names, and values may be cached");
    reportGroup(builtinHidden, Severity.INFO, "hidden name Excel made for itself",
        "hidden names Excel made for itself",
        "such as filter ranges; listed for completeness");
  }

  private void reportGroup(
      Group g, Severity severity, String singular, String plural, String why) {
    if (g.count == 0) {
      return;
    }
    report(
        severity,
        g.location,
        "The file has " + Words.count(g.count, singular, plural) + " ("
            + Words.listWithMore(g.shown, g.count) + ") — " + why,
        String.join("; ", g.shown));
  }
}
