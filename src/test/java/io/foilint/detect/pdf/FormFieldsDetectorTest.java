package io.foilint.detect.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.detect.Finding;
import io.foilint.detect.Severity;
import io.foilint.model.FactKind;
import io.foilint.testing.Events;
import io.foilint.testing.Findings;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormFieldsDetectorTest {

  @Test
  void filledFieldsAreReviewNamingHiddenOnes() {
    Finding f = Findings.only(Events.events()
        .fact(FactKind.FORM_FIELD, "form", "applicant", "Jane Smith", "type", "text", "hidden", "false", "page", "1")
        .fact(FactKind.FORM_FIELD, "form", "caseworker", "Tom Brown", "type", "text", "hidden", "true", "page", "1")
        .fact(FactKind.FORM_FIELD, "form", "notes", "", "type", "text", "hidden", "false")
        .feed(new FormFieldsDetector()));
    assertThat(f.rule()).isEqualTo("form-fields");
    assertThat(f.severity()).isEqualTo(Severity.REVIEW);
    assertThat(f.message()).contains("2 filled fields", "'applicant' (page 1)", "1 of them is hidden", "'caseworker'")
        .doesNotContain("notes");
    Findings.assertNoneContain(List.of(f), "Jane Smith", "Tom Brown");
  }

  @Test
  void fieldNamesThatArePeopleOrIdentifiersAreMasked() {
    Finding f = Findings.only(Events.events()
        .fact(FactKind.FORM_FIELD, "form", "priya_hartwell", "Signed", "type", "text", "hidden", "false", "page", "1")
        .fact(FactKind.FORM_FIELD, "form", "AB123456C", "Yes", "type", "text", "hidden", "true", "page", "2")
        .fact(FactKind.FORM_FIELD, "form", "reference", "FOI-1", "type", "text", "hidden", "false", "page", "2")
        .feed(new FormFieldsDetector()));
    assertThat(f.message()).contains("'p****_h*******' (page 1)", "'AB******C' (page 2)", "'reference' (page 2)");
    Findings.assertNoneContain(List.of(f), "priya", "hartwell", "AB123456C");
  }

  @Test
  void emptyFieldsSayNothing() {
    assertThat(Events.events()
        .fact(FactKind.FORM_FIELD, "form", "notes", "", "type", "text", "hidden", "false")
        .feed(new FormFieldsDetector())).isEmpty();
  }
}
