package io.foilint.detect.structure;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.detect.Severity;
import io.foilint.model.FactKind;
import io.foilint.testing.Events;
import io.foilint.testing.Findings;
import org.junit.jupiter.api.Test;

class MacrosDetectorTest {

  @Test
  void vbaAndVisibleMacroSheetAreReviewHiddenMacroSheetBlocks() {
    var findings =
        Events.events()
            .fact(FactKind.VBA_PROJECT, "xl/vbaProject.bin", "", "", "modules", "3")
            .fact(FactKind.XLM_MACRO_SHEET, "xl/macrosheets/sheet1.xml", "Macro1", "", "state", "visible")
            .fact(FactKind.XLM_MACRO_SHEET, "xl/macrosheets/sheet2.xml", "Auto", "", "state", "veryHidden")
            .feed(new MacrosDetector());

    assertThat(Findings.severities(findings))
        .containsExactly(Severity.REVIEW, Severity.REVIEW, Severity.BLOCK);
    assertThat(findings.get(0).message()).contains("VBA", "3 modules");
    assertThat(findings.get(2).message()).contains("very hidden");
  }

  @Test
  void openDocumentMacrosAreLibreOfficeBasicNotVba() {
    var findings =
        Events.events()
            .fact(FactKind.VBA_PROJECT, "Basic/", "Basic/", "LibreOffice Basic", "modules", "2")
            .fact(FactKind.VBA_PROJECT, "x.fods", "office:scripts", "ooo:Basic", "modules", "1")
            .fact(FactKind.VBA_PROJECT, "Scripts/", "Scripts/", "Scripts")
            .feed(new MacrosDetector());

    assertThat(findings).extracting(f -> f.message()).allSatisfy(m -> assertThat(m).doesNotContain("VBA"));
    assertThat(findings.get(0).message()).startsWith("The file contains LibreOffice Basic macros (2 modules)");
    assertThat(findings.get(1).message()).startsWith("The file contains LibreOffice Basic macros (1 module)");
    assertThat(findings.get(2).message()).startsWith("The file contains LibreOffice macro scripts");
  }

  @Test
  void noMacrosNoFinding() {
    assertThat(Events.sheet("S").row("x").feed(new MacrosDetector())).isEmpty();
  }

  @Test
  void theDefaultFoilintRulesShowsIsWhatAVbaProjectGets() {
    var vba =
        Findings.only(
            Events.events().fact(FactKind.VBA_PROJECT, "xl/vbaProject.bin", "", "", "modules", "1")
                .feed(new MacrosDetector()));

    assertThat(new MacrosDetector().info().severity()).isEqualTo(vba.severity()).isEqualTo(Severity.REVIEW);
  }
}
