package io.foilint.detect.structure;

import static io.foilint.model.Visibility.HIDDEN_ROW;
import static io.foilint.model.Visibility.HIDDEN_SHEET;
import static io.foilint.model.Visibility.VISIBLE;
import static io.foilint.model.Visibility.ZERO_HEIGHT_ROW;
import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.detect.Finding;
import io.foilint.detect.Severity;
import io.foilint.model.Cell;
import io.foilint.model.Location;
import io.foilint.model.Row;
import io.foilint.model.TableOrigin;
import io.foilint.model.TableStart;
import io.foilint.model.Visibility;
import io.foilint.testing.Events;
import io.foilint.testing.Findings;
import java.util.List;
import org.junit.jupiter.api.Test;

class HiddenRowsDetectorTest {

  @Test
  void manyHiddenRowsOfRecordsBlockAndListRowRanges() {
    Events e = Events.sheet("Applicants").row("Surname", "Rank", "Notes");
    e.row("Visible", "Row", "x"); // row 2
    e.row("Visible", "Row", "x"); // row 3
    e.row("Visible", "Row", "x"); // row 4
    for (int i = 0; i < 5; i++) {
      e.row(HIDDEN_ROW, "Haidari" + i, "Interpreter"); // rows 5-9
    }
    e.row("Visible", "Row", "x"); // row 10
    e.row("Visible", "Row", "x"); // row 11
    e.row(ZERO_HEIGHT_ROW, "Karimi", "Driver"); // row 12
    Finding f = Findings.only(e.feed(new HiddenRowsDetector()));

    assertThat(f.rule()).isEqualTo("hidden-rows");
    assertThat(f.severity()).isEqualTo(Severity.BLOCK);
    assertThat(f.message()).contains("6 hidden rows", "rows 5-9, 12", "Surname, Rank");
    assertThat(f.location().ref()).isEqualTo("A5:B12");
    Findings.assertNoneContain(List.of(f), "Haidari", "Karimi", "Interpreter");
  }

  @Test
  void fewHiddenRowsAreReview() {
    Finding f =
        Findings.only(
            Events.sheet("S").row("a", "b").row(HIDDEN_ROW, "Patel", "Nurse")
                .feed(new HiddenRowsDetector()));

    assertThat(f.severity()).isEqualTo(Severity.REVIEW);
    assertThat(f.message()).contains("1 hidden row ", "row 2");
  }

  @Test
  void hiddenRowsWithOneValueEachAreReview() {
    assertThat(
            Findings.only(Events.sheet("S").rows(10, HIDDEN_ROW, "n", 1).feed(new HiddenRowsDetector()))
                .severity())
        .isEqualTo(Severity.REVIEW);
  }

  @Test
  void ignoresVisibleRowsHiddenSheetsAndCaches() {
    List<Finding> findings =
        Events.sheet("S").rows(10, VISIBLE, "v", 3)
            .table(TableOrigin.SHEET, "H", HIDDEN_SHEET).rows(10, HIDDEN_ROW, "h", 3)
            .table(TableOrigin.PIVOT_CACHE, "cache", "xl/pivotCache/pivotCacheRecords1.xml",
                Visibility.PIVOT_CACHE).rows(10, HIDDEN_ROW, "c", 3)
            .feed(new HiddenRowsDetector());

    assertThat(findings).isEmpty();
  }

  @Test
  void millionRowsStreamThroughWithBoundedState() {
    HiddenRowsDetector d = new HiddenRowsDetector();
    d.startTable(new TableStart(TableOrigin.SHEET, "Big", Location.of("Big"), VISIBLE));
    for (int i = 0; i < 1_000_000; i++) {
      Visibility v = i % 2 == 0 ? HIDDEN_ROW : VISIBLE;
      d.row(new Row(i, v, List.of(new Cell("A" + (i + 1), 0, "Surname" + i, v),
          new Cell("B" + (i + 1), 1, "x", v))));
    }
    d.endTable();
    d.finish();
    Finding f = Findings.only(d.findings());

    assertThat(f.message()).contains("500,000 hidden rows", "rows 1, 3, 5", "more ranges");
    assertThat(f.message().length()).isLessThan(400);
    assertThat(f.location().ref()).isEqualTo("A1:B999999");
  }

  @Test
  void oneFindingPerTable() {
    List<Finding> findings =
        Events.sheet("A").rows(2, HIDDEN_ROW, "a", 2).table(TableOrigin.SHEET, "B", VISIBLE)
            .rows(2, HIDDEN_ROW, "b", 2).feed(new HiddenRowsDetector());

    assertThat(findings).extracting(f -> f.location().place()).containsExactly("A", "B");
  }
}
