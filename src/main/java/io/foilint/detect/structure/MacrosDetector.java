package io.foilint.detect.structure;

import io.foilint.detect.Detector;
import io.foilint.detect.Rule;
import io.foilint.detect.Severity;
import io.foilint.model.Fact;
import io.foilint.model.FactAttr;
import io.foilint.model.FactKind;
import java.util.Locale;

/**
 * Macros (VBA projects, Excel 4 macro sheets) can hide, fetch or rebuild data when the file is
 * opened, which cannot be judged without running them: REVIEW. A hidden or very hidden Excel 4
 * macro sheet is a known way to hide code and data: BLOCK.
 */
@Rule(
    id = "macros",
    // what a VBA project or a visible macro sheet gets; only a hidden macro sheet is BLOCK
    severity = Severity.REVIEW,
    summary = "The file contains macros, which can hide or fetch data and cannot be judged unrun",
    fix = "Do not release files with macros: save a copy as .xlsx (macros are dropped) or export"
        + " the data to CSV, then scan the copy",
    odsFix = "Do not release files with macros: delete the LibreOffice Basic modules (Tools "
        + "> Macros > Organize Macros > Basic > Organizer) or export the data to CSV, "
        + "then scan the copy")
public final class MacrosDetector extends Detector {

  @Override
  public void fact(Fact fact) {
    if (fact.kind() == FactKind.VBA_PROJECT) {
      Details details =
          new Details()
              .add(fact.get(FactAttr.MODULES) > 0 ? Words.count(fact.get(FactAttr.MODULES), "module") : "")
              .add(Words.bytes(fact.get(FactAttr.BYTES)));
      report(
          Severity.REVIEW,
          fact.location(),
          "The file contains " + projectKind(fact.value()) + details + " — macros can hide, fetch or"
              + " rebuild data when the file is opened, and cannot be judged without running them",
          "");
    } else if (fact.kind() == FactKind.XLM_MACRO_SHEET) {
      String state = fact.get(FactAttr.STATE).toLowerCase(Locale.ROOT);
      boolean hidden = state.equals("hidden") || state.equals("veryhidden");
      String sheet = fact.name().isEmpty() ? "" : " " + Words.quoted(fact.name());
      if (hidden) {
        report(
            Severity.BLOCK,
            fact.location(),
            "The file contains an Excel 4 macro sheet" + sheet + " that is "
                + (state.equals("veryhidden") ? "very hidden" : "hidden")
                + " — hidden macro sheets are a known way to hide code and data",
            "");
      } else {
        report(
            Severity.REVIEW,
            fact.location(),
            "The file contains an Excel 4 macro sheet" + sheet + " — its macros can hide or"
                + " fetch data and cannot be judged without running them",
            "");
      }
    }
  }

  /**
   * What the macro project is, in the words of the application that runs it: OpenDocument files
   * carry LibreOffice Basic (script language {@code ooo:Basic}, a {@code Basic/} folder) or other
   * scripts, never VBA; Office files a VBA project.
   */
  static String projectKind(String value) {
    String v = value == null ? "" : value.toLowerCase(Locale.ROOT);
    if (v.contains("basic")) {
      return "LibreOffice Basic macros";
    }
    if (v.startsWith("ooo:") || v.equals("scripts") || v.contains("javascript") || v.contains("beanshell")
        || v.contains("python")) {
      return "LibreOffice macro scripts";
    }
    return "a VBA macro project";
  }
}
