package io.foilint.detect.structure;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.detect.Finding;
import io.foilint.detect.Severity;
import io.foilint.model.FactKind;
import io.foilint.testing.Events;
import io.foilint.testing.Findings;
import java.util.List;
import org.junit.jupiter.api.Test;

class DefinedNamesDetectorTest {

  private static final String WB = "xl/workbook.xml";

  @Test
  void hiddenHiddenSheetAndExternalNamesAreReviewBuiltinsInfo() {
    List<Finding> findings =
        Events.events()
            .fact(FactKind.DEFINED_NAME, WB, "StaffList", "Staff!$A$1:$H$9484", "hidden", "true")
            .fact(FactKind.DEFINED_NAME, WB, "Lookup", "'HR data'!$B:$B", "refersToHiddenSheet", "true")
            .fact(FactKind.DEFINED_NAME, WB, "Remote",
                "'C:\\Users\\dmcbride\\[pay.xlsx]Sheet1'!$A$1", "external", "true")
            .fact(FactKind.DEFINED_NAME, WB, "_xlnm._FilterDatabase", "Data!$A$1:$C$40",
                "hidden", "true", "builtin", "true")
            .fact(FactKind.DEFINED_NAME, WB, "Secret", "=\"Hamid Karzai\"", "hidden", "true")
            .fact(FactKind.DEFINED_NAME, WB, "Totals", "Summary!$B$2:$B$9")
            .feed(new DefinedNamesDetector());

    assertThat(Findings.severities(findings))
        .containsExactly(Severity.REVIEW, Severity.REVIEW, Severity.REVIEW, Severity.INFO);
    assertThat(findings.get(0).message())
        .contains("2 hidden defined names", "StaffList → Staff!$A$1:$H$9484", "Secret → ");
    assertThat(findings.get(1).message()).contains("points at a hidden sheet", "Lookup");
    assertThat(findings.get(2).message()).contains("Remote");
    assertThat(findings.get(3).message()).contains("_xlnm._FilterDatabase");
    assertThat(findings).noneMatch(f -> f.message().contains("Totals"));
    Findings.assertNoneContain(findings, "Hamid", "Karzai", "dmcbride");
  }

  @Test
  void ordinaryNamesNoFinding() {
    assertThat(
            Events.events().fact(FactKind.DEFINED_NAME, WB, "Totals", "Summary!$B$2:$B$9")
                .feed(new DefinedNamesDetector()))
        .isEmpty();
  }
}
