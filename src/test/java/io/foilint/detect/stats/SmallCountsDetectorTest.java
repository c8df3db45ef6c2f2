package io.foilint.detect.stats;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.detect.Finding;
import io.foilint.detect.Severity;
import io.foilint.testing.Events;
import io.foilint.testing.Findings;
import java.util.List;
import org.junit.jupiter.api.Test;

class SmallCountsDetectorTest {

  @Test
  void countsOfOneOrTwoVictimsInAWardTableAreReview() {
    Finding f = Findings.only(Events.sheet("Hate crime")
        .row("Hate crimes against transgender victims by ward, 2023")
        .row("Ward", "Victims", "Offences")
        .row("Northgate", "1", "1")
        .row("Riverside", "12", "14")
        .row("Eastfield", "2", "3")
        .row("Total", "15", "18")
        .feed(new SmallCountsDetector()));
    assertThat(f.rule()).isEqualTo("small-counts");
    assertThat(f.severity()).isEqualTo(Severity.REVIEW);
    assertThat(f.message()).contains("4 counts between 1 and 4", "B3", "C3", "B5", "C5", "Victims");
  }

  @Test
  void aTitleThatSaysCountsMakesCategoryColumnsCount() {
    Finding f = Findings.only(Events.sheet("S")
        .row("Number of stop and search by ward and gender")
        .row("Ward", "Male", "Female")
        .row("Northgate", "31", "3")
        .feed(new SmallCountsDetector()));
    assertThat(f.message()).contains("1 count between 1 and 4", "C3");
  }

  @Test
  void aLeagueTableWithARankColumnIsNotCounts() {
    List<Finding> findings = Events.sheet("League")
        .row("Rank", "Team", "Played", "Won", "Drawn", "Lost", "Points")
        .row("1", "Northgate Rovers", "38", "27", "4", "7", "85")
        .row("2", "Riverside Athletic", "38", "25", "3", "10", "78")
        .feed(new SmallCountsDetector());
    assertThat(findings).isEmpty();
  }

  @Test
  void theNhsPresetReviewsCountsUpToSeven() {
    SmallCountsDetector d = new SmallCountsDetector();
    d.configure(io.foilint.detect.DetectorSettings.preset("nhs"));
    Finding f = Findings.only(Events.sheet("S").row("Ward", "Admissions").row("North", "6").row("South", "8").feed(d));
    assertThat(f.message()).contains("1 count between 1 and 7", "B2");
    assertThat(Events.sheet("S").row("Ward", "Admissions").row("North", "6").feed(new SmallCountsDetector())).isEmpty();
  }

  @Test
  void largeCountsAndZerosAreFine() {
    assertThat(Events.sheet("S")
            .row("District", "Officers")
            .row("North", "412")
            .row("South", "0")
            .feed(new SmallCountsDetector()))
        .isEmpty();
  }

  @Test
  void aColumnNamedAfterSomethingElseIsMasked() {
    Finding f = Findings.only(Events.sheet("S")
        .row("Complaints by officer")
        .row("Month", "Hartwell", "Pellow")
        .row("January", "2", "9")
        .feed(new SmallCountsDetector()));
    Findings.assertNoneContain(List.of(f), "Hartwell");
  }
}
