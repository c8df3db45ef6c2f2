package io.foilint.detect.personal;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.detect.Finding;
import io.foilint.detect.Severity;
import io.foilint.model.TextKind;
import io.foilint.model.Visibility;
import io.foilint.testing.Events;
import io.foilint.testing.Findings;
import java.util.List;
import org.junit.jupiter.api.Test;

class PersonalDataInTextDetectorTest {

  @Test
  void aCommentNamingAnOfficerIsBlock() {
    Finding f = Findings.only(Events.events()
        .text(TextKind.COMMENT, "Staff", "B2", "PC Hartwell and DS Niamh Quenby attended", "Pellow, Aled", Visibility.COMMENT)
        .feed(new PersonalDataInTextDetector()));
    assertThat(f.rule()).isEqualTo("personal-data-in-text");
    assertThat(f.severity()).isEqualTo(Severity.BLOCK);
    assertThat(f.message()).contains("'Staff'", "comment", "names");
    Findings.assertNoneContain(List.of(f), "Hartwell", "Quenby", "Niamh");
  }

  @Test
  void identifiersInATextBoxAreFound() {
    Finding f = Findings.only(Events.events()
        .text(TextKind.SHAPE_TEXT, "Summary", "shape", "Call 07700 900123 or quote NHS 943 476 5919", "", Visibility.VISIBLE)
        .feed(new PersonalDataInTextDetector()));
    assertThat(f.severity()).isEqualTo(Severity.REVIEW);
    assertThat(f.message()).contains("phone", "nhs number");
    Findings.assertNoneContain(List.of(f), "900123", "5919");
  }

  @Test
  void textWithoutPeopleIsFine() {
    assertThat(Events.events()
            .text(TextKind.COMMENT, "Staff", "B2", "Figures checked against the March return; totals agree", "", Visibility.COMMENT)
            .feed(new PersonalDataInTextDetector()))
        .isEmpty();
  }
}
