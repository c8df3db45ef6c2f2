package io.foilint.detect.pdf;

import io.foilint.detect.Detector;
import io.foilint.detect.Evidence;
import io.foilint.detect.Rule;
import io.foilint.detect.Severity;
import io.foilint.model.Fact;
import io.foilint.model.FactAttr;
import io.foilint.model.FactKind;
import io.foilint.model.Location;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Form fields that hold values. A filled-in form published as it is carries every value, and a
 * field can be hidden from view or sit off the page while its value stays readable in the
 * form data. REVIEW, naming the fields (names are labels, shown in clear; values are masked).
 */
@Rule(
    id = "form-fields",
    severity = Severity.REVIEW,
    summary = "PDF form fields hold values that travel with the file",
    fix = "Flatten the form (Print to PDF, or Acrobat: Print Production > Flatten Form Fields) so"
        + " only what is shown on the page remains, or clear the fields that must not be released;"
        + " then scan the new copy")
public final class FormFieldsDetector extends Detector {

  private static final class Form {
    Location first;
    long filled;
    long hidden;
    final List<String> names = new ArrayList<>();
    final List<String> hiddenNames = new ArrayList<>();
    final PdfWords.Samples samples = new PdfWords.Samples(3);
  }

  private final Map<String, Form> forms = new LinkedHashMap<>();

  @Override
  public void fact(Fact fact) {
    if (fact.kind() != FactKind.FORM_FIELD || fact.value().isBlank()) {
      return;
    }
    Form f = forms.computeIfAbsent(fact.location().container(), k -> new Form());
    if (f.first == null) {
      f.first = new Location(fact.location().container(), fact.location().place(), "");
    }
    f.filled++;
    String name = "'" + Evidence.maskName(fact.name()) + "'" + (fact.get(FactAttr.PAGE).isEmpty() ? "" : " (page " + fact.get(FactAttr.PAGE) + ")");
    PdfWords.addUpTo(f.names, name, 6);
    if (fact.get(FactAttr.HIDDEN)) {
      f.hidden++;
      PdfWords.addUpTo(f.hiddenNames, name, 6);
    }
    f.samples.offer(fact.value());
  }

  @Override
  public void finish() {
    for (Form f : forms.values()) {
      String hidden = f.hidden == 0 ? ""
          : "; " + PdfWords.count(f.hidden, "of them is", "of them are") + " hidden from view ("
              + PdfWords.listWithMore(f.hiddenNames, f.hidden) + ")";
      report(Severity.REVIEW, f.first,
          "The PDF's form has " + PdfWords.count(f.filled, "filled field") + ": "
              + PdfWords.listWithMore(f.names, f.filled) + hidden
              + " — the values stay in the file and anyone can read or copy them",
          f.samples.isEmpty() ? "" : "e.g. " + f.samples);
    }
  }
}
