package io.foilint.detect.structure;

import static io.foilint.model.Visibility.HIDDEN_SHEET;
import static io.foilint.model.Visibility.VERY_HIDDEN_SHEET;
import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.detect.Finding;
import io.foilint.detect.Severity;
import io.foilint.model.TableOrigin;
import io.foilint.model.Visibility;
import io.foilint.testing.Events;
import io.foilint.testing.Findings;
import java.util.List;
import org.junit.jupiter.api.Test;

class HiddenSheetDetectorTest {

  @Test
  void hiddenSheetWithATableOfStaffBlocks() {
    Events e = Events.sheet("Report").row("Rank", "Headcount").row("Constable", "7000");
    e.table(TableOrigin.SHEET, "Staff", HIDDEN_SHEET).row("Surname", "Initial", "Rank", "Station");
    for (int i = 0; i < 9483; i++) {
      e.row("Smith" + i, "J", "Constable", "Lisburn");
    }
    Finding f = Findings.only(e.feed(new HiddenSheetDetector()));

    assertThat(f.rule()).isEqualTo("hidden-sheet");
    assertThat(f.severity()).isEqualTo(Severity.BLOCK);
    assertThat(f.location().place()).isEqualTo("Staff");
    assertThat(f.location().ref()).isEqualTo("A1:D9484");
    assertThat(f.message())
        .contains("Sheet 'Staff' is hidden", "9,483 rows of data", "Surname, Initial, Rank, Station");
    assertThat(f.evidence()).contains("Sm***0 | J | C******** | L******");
    Findings.assertNoneContain(List.of(f), "Smith", "Lisburn", "Constable");
  }

  @Test
  void singleColumnListIsReviewedAsALookup() {
    Finding f =
        Findings.only(
            Events.sheet("Lists", HIDDEN_SHEET).row("Yes").row("No").row("Maybe")
                .feed(new HiddenSheetDetector()));

    assertThat(f.severity()).isEqualTo(Severity.REVIEW);
    assertThat(f.message()).contains("lookup/drop-down list", "3 values");
    Findings.assertNoneContain(List.of(f), "Maybe");
  }

  @Test
  void fewRecordsAreReviewNotBlock() {
    Finding f =
        Findings.only(
            Events.sheet("Notes", HIDDEN_SHEET).row("Surname", "Rank").row("Jones", "Sergeant")
                .feed(new HiddenSheetDetector()));

    assertThat(f.severity()).isEqualTo(Severity.REVIEW);
    Findings.assertNoneContain(List.of(f), "Jones", "Sergeant");
  }

  @Test
  void emptyHiddenSheetIsInfo() {
    Finding f = Findings.only(Events.sheet("Spare", HIDDEN_SHEET).feed(new HiddenSheetDetector()));

    assertThat(f.severity()).isEqualTo(Severity.INFO);
    assertThat(f.message()).contains("hidden and empty");
  }

  @Test
  void visibleAndVeryHiddenSheetsAreNotThisRule() {
    List<Finding> findings =
        Events.sheet("Data").rows(20, Visibility.VISIBLE, "v", 3)
            .table(TableOrigin.SHEET, "Secret", VERY_HIDDEN_SHEET).rows(20, Visibility.VISIBLE, "v", 3)
            .feed(new HiddenSheetDetector());

    assertThat(findings).isEmpty();
  }

  @Test
  void embeddedWorkbookKeepsItsInnerPath() {
    Finding f =
        Findings.only(
            Events.events().inside("annex.xlsx")
                .table(TableOrigin.SHEET, "Staff", HIDDEN_SHEET).rows(6, Visibility.VISIBLE, "p", 2)
                .feed(new HiddenSheetDetector()));

    assertThat(f.location().container()).isEqualTo("annex.xlsx");
    assertThat(f.severity()).isEqualTo(Severity.BLOCK);
  }
}
