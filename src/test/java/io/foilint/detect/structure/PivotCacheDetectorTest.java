package io.foilint.detect.structure;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.detect.Finding;
import io.foilint.detect.Severity;
import io.foilint.model.FactKind;
import io.foilint.model.TableOrigin;
import io.foilint.model.Visibility;
import io.foilint.testing.Events;
import io.foilint.testing.Findings;
import java.util.List;
import org.junit.jupiter.api.Test;

class PivotCacheDetectorTest {

  private static final String DEF = "xl/pivotCache/pivotCacheDefinition1.xml";
  private static final String RECORDS = "xl/pivotCache/pivotCacheRecords1.xml";

  @Test
  void cacheWithRecordsBlocksAndJoinsItsRecordsTable() {
    Events e =
        Events.events()
            .fact(FactKind.PIVOT_CACHE, DEF, "", "", "source", "Residents!$A$1:$D$2376",
                "refreshedBy", "Gareth Pugh", "records", "0", "sharedItems", "12")
            .table(TableOrigin.PIVOT_CACHE, "Pivot cache 1", RECORDS, Visibility.PIVOT_CACHE)
            .row("Name", "Address", "Ward");
    for (int i = 0; i < 2375; i++) {
      e.row("Abernethy" + i, "12 Upper Street", "Highbury");
    }
    Finding f = Findings.only(e.feed(new PivotCacheDetector()));

    assertThat(f.rule()).isEqualTo("pivot-cache");
    assertThat(f.severity()).isEqualTo(Severity.BLOCK);
    assertThat(f.location().place()).isEqualTo(DEF);
    assertThat(f.message())
        .contains("Residents!$A$1:$D$2376", "G***** P***", "2,375 source records",
            "Name, Address, Ward");
    Findings.assertNoneContain(List.of(f), "Gareth", "Pugh", "Abernethy", "Upper", "Highbury");
  }

  @Test
  void recordsAttributeAloneBlocks() {
    Finding f =
        Findings.only(
            Events.events().fact(FactKind.PIVOT_CACHE, DEF, "", "", "records", "40")
                .feed(new PivotCacheDetector()));

    assertThat(f.severity()).isEqualTo(Severity.BLOCK);
    assertThat(f.message()).contains("40 source records");
  }

  @Test
  void definitionWithSharedItemsOnlyIsReview() {
    Finding f =
        Findings.only(
            Events.events()
                .fact(FactKind.PIVOT_CACHE, DEF, "", "", "source", "Data!A1:C99", "sharedItems", "97",
                    "records", "0", "saveData", "0")
                .feed(new PivotCacheDetector()));

    assertThat(f.severity()).isEqualTo(Severity.REVIEW);
    assertThat(f.message()).contains("97 distinct field values");
  }

  @Test
  void emptyCacheIsInfoAndSlicerIsReview() {
    List<Finding> findings =
        Events.events()
            .fact(FactKind.PIVOT_CACHE, DEF, "", "")
            .fact(FactKind.SLICER_CACHE, "xl/slicerCaches/slicerCache1.xml", "Slicer_Ward", "")
            .feed(new PivotCacheDetector());

    assertThat(Findings.severities(findings)).containsExactly(Severity.INFO, Severity.REVIEW);
  }

  @Test
  void recordsTableWithOnlyFieldNamesIsNotABlock() {
    List<Finding> findings =
        Events.events()
            .table(TableOrigin.PIVOT_CACHE, "c", RECORDS, Visibility.PIVOT_CACHE)
            .row("Name", "Ward")
            .feed(new PivotCacheDetector());

    assertThat(Findings.severities(findings)).containsExactly(Severity.INFO);
  }

  @Test
  void noPivotNoFinding() {
    assertThat(Events.sheet("S").row("a", "b").feed(new PivotCacheDetector())).isEmpty();
  }

  @Test
  void cacheWhoseValuesAreAllOnAVisibleSheetIsReviewAndSaysWhere() {
    Finding f =
        Findings.only(
            Events.sheet("Data")
                .row("District", "Quarter", "Incidents")
                .row("Northmere", "2024-01-01", "104")
                .row("Southvale", "2024-04-01", "97.0")
                .fact(FactKind.PIVOT_CACHE, DEF, "", "", "source", "Data!A1:C3", "records", "2")
                .table(TableOrigin.PIVOT_CACHE, "Pivot cache 1", RECORDS, Visibility.PIVOT_CACHE)
                .row("District", "Quarter", "Incidents")
                // a pivot cache writes numbers as 97.0 and dates as ISO date-times
                .row("Northmere", "2024-01-01T00:00:00", "104.0")
                .row("Southvale", "2024-04-01T00:00:00", "97")
                .feed(new PivotCacheDetector()));

    assertThat(f.severity()).isEqualTo(Severity.REVIEW);
    assertThat(f.message()).contains("2 source records", "its values are all shown on Data!A2:C3");
  }

  @Test
  void cacheHoldingValuesOnlyAHiddenSheetHasIsBlockAndCountsThem() {
    Finding f =
        Findings.only(
            Events.sheet("Summary")
                .row("Rank", "Headcount")
                .row("Constable", "2")
                .table(TableOrigin.SHEET, "Data", Visibility.HIDDEN_SHEET)
                .row("Name", "Rank")
                .row("Gareth Pugh", "Constable")
                .row("Niamh Quinn", "Constable")
                .fact(FactKind.PIVOT_CACHE, DEF, "", "", "source", "Data!A1:B3", "records", "2")
                .table(TableOrigin.PIVOT_CACHE, "Pivot cache 1", RECORDS, Visibility.PIVOT_CACHE)
                .row("Name", "Rank")
                .row("Gareth Pugh", "Constable")
                .row("Niamh Quinn", "Constable")
                .feed(new PivotCacheDetector()));

    assertThat(f.severity()).isEqualTo(Severity.BLOCK);
    assertThat(f.message()).contains("2 of its 3 distinct values are shown on no visible sheet");
    assertThat(f.evidence()).contains("not shown", "G***** P***");
    Findings.assertNoneContain(List.of(f), "Gareth", "Niamh");
  }

  @Test
  void definitionOnlyCacheWithAValueNoSheetShowsIsBlock() {
    Finding f =
        Findings.only(
            Events.sheet("Pivot")
                .row("Rank", "Count")
                .row("Constable", "3")
                .fact(FactKind.PIVOT_CACHE, DEF, "", "", "sharedItems", "2", "records", "0")
                .table(TableOrigin.PIVOT_CACHE, "Pivot cache 1: field values", DEF, Visibility.PIVOT_CACHE)
                .row("Surname", "Rank")
                .row("Abernethy", "Constable")
                .feed(new PivotCacheDetector()));

    assertThat(f.severity()).isEqualTo(Severity.BLOCK);
    assertThat(f.message()).contains("2 distinct field values", "1 of its 2 distinct values is shown");
  }
}
