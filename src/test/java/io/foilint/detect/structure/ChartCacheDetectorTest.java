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

class ChartCacheDetectorTest {

  private static final String PART = "xl/charts/chart1.xml";

  @Test
  void chartCacheWithTextLabelsIsReview() {
    Finding f =
        Findings.only(
            Events.events()
                .fact(FactKind.CHART, PART, "Chart 1", "", "cachedPoints", "4")
                .table(TableOrigin.CHART_CACHE, "Chart 1", PART, Visibility.CHART_CACHE)
                .row("Donnelly", "Sweeney")
                .row("12", "30")
                .feed(new ChartCacheDetector()));

    assertThat(f.rule()).isEqualTo("chart-cache");
    assertThat(f.severity()).isEqualTo(Severity.REVIEW);
    assertThat(f.message()).contains("4 values", "2 of them text labels");
    assertThat(f.evidence()).contains("D*******");
    Findings.assertNoneContain(List.of(f), "Donnelly", "Sweeney");
  }

  @Test
  void chartWithEmbeddedWorkbookIsReviewWithNote() {
    Finding f =
        Findings.only(
            Events.events()
                .fact(FactKind.CHART, PART, "", "", "externalData",
                    "xl/embeddings/Microsoft_Excel_Worksheet1.xlsx")
                .feed(new ChartCacheDetector()));

    assertThat(f.severity()).isEqualTo(Severity.REVIEW);
    assertThat(f.message()).contains("embedded workbook", "scanned as an embedded file");
  }

  @Test
  void chartWithoutCacheIsInfo() {
    assertThat(
            Findings.only(Events.events().fact(FactKind.CHART, PART, "", "")
                .feed(new ChartCacheDetector())).severity())
        .isEqualTo(Severity.INFO);
  }

  @Test
  void noChartNoFinding() {
    assertThat(Events.sheet("S").row("a").feed(new ChartCacheDetector())).isEmpty();
  }

  @Test
  void monthsYearsAxisLettersAndSeriesTitlesAreNotLabelsThatMayBeNames() {
    Finding f =
        Findings.only(
            Events.events()
                .fact(FactKind.CHART, PART, "Chart 1", "")
                .table(TableOrigin.CHART_CACHE, "Chart 1 series 1", PART, Visibility.CHART_CACHE)
                .row("Category", "Overtime hours by month")
                .row("January", "12")
                .row("Feb-24", "30")
                .row("2023/24", "7")
                .row("Q1", "9")
                .row("X", "4")
                .feed(new ChartCacheDetector()));

    assertThat(f.severity()).isEqualTo(Severity.REVIEW);
    assertThat(f.message()).contains("10 values").doesNotContain("may be names");
  }

  @Test
  void namesNoVisibleCellShowsBlock() {
    Finding f =
        Findings.only(
            Events.sheet("Chart data")
                .row("Month", "Hours")
                .fact(FactKind.CHART, PART, "Chart 1", "")
                .table(TableOrigin.CHART_CACHE, "Chart 1 series 1", PART, Visibility.CHART_CACHE)
                .row("Category", "Overtime")
                .row("Niamh Quinn", "12")
                .row("Gareth Pugh", "30")
                .feed(new ChartCacheDetector()));

    assertThat(f.severity()).isEqualTo(Severity.BLOCK);
    assertThat(f.message()).contains("2 labels that read as people's names", "no visible sheet");
    assertThat(f.evidence()).contains("N**** Q****");
    Findings.assertNoneContain(List.of(f), "Niamh", "Gareth");
  }

  @Test
  void namesAVisibleSheetShowsAreReviewAndSayWhere() {
    Finding f =
        Findings.only(
            Events.sheet("Overtime")
                .row("Officer", "Hours")
                .row("Niamh Quinn", "12")
                .row("Gareth Pugh", "30")
                .fact(FactKind.CHART, PART, "Chart 1", "")
                .table(TableOrigin.CHART_CACHE, "Chart 1 series 1", PART, Visibility.CHART_CACHE)
                .row("Category", "Hours")
                .row("Niamh Quinn", "12")
                .row("Gareth Pugh", "30")
                .feed(new ChartCacheDetector()));

    assertThat(f.severity()).isEqualTo(Severity.REVIEW);
    assertThat(f.message()).contains("its values are all shown on Overtime!A2:B3");
  }

  @Test
  void anXlsbFlagOfFalseIsNoEmbeddedWorkbook() {
    Finding f =
        Findings.only(
            Events.events().fact(FactKind.CHART, PART, "", "", "externalData", "false")
                .feed(new ChartCacheDetector()));

    assertThat(f.severity()).isEqualTo(Severity.INFO);
    assertThat(f.message()).doesNotContain("embedded", "false");
  }
}
