package io.foilint.detect.personal;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.detect.Finding;
import io.foilint.detect.Severity;
import io.foilint.testing.Events;
import io.foilint.testing.Findings;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReidentificationRiskDetectorTest {

  @Test
  void aRowUniqueOnRankStationAndUnitIsReview() {
    Events e = Events.sheet("Staff").row("Rank", "Station", "Unit", "Start year");
    for (int i = 0; i < 20; i++) {
      e.row("Constable", "Northmere", "Response", "2019");
    }
    e.row("Chief Inspector", "Caldbridge", "Surveillance", "2004");
    Finding f = Findings.only(e.feed(new ReidentificationRiskDetector()));
    assertThat(f.rule()).isEqualTo("reidentification-risk");
    assertThat(f.severity()).isEqualTo(Severity.REVIEW);
    assertThat(f.message()).contains("1 row (of 21) unique on Rank + Station + Unit", "k = 1");
    Findings.assertNoneContain(List.of(f), "Caldbridge", "Surveillance");
  }

  @Test
  void groupsOfSeveralPeopleAreFine() {
    Events e = Events.sheet("Staff").row("Rank", "Station");
    for (int i = 0; i < 12; i++) {
      e.row(i % 2 == 0 ? "Constable" : "Sergeant", "Northmere");
    }
    assertThat(e.feed(new ReidentificationRiskDetector())).isEmpty();
  }

  @Test
  void anAggregateTableIsGroupsNotPeople() {
    Events e = Events.sheet("Headcount").row("Rank", "Station", "Headcount");
    String[] ranks = {"Constable", "Sergeant", "Inspector"};
    String[] stations = {"Northmere", "Caldbridge", "Easterholm", "Wexley Cross"};
    for (String r : ranks) {
      for (String s : stations) {
        e.row(r, s, "12");
      }
    }
    assertThat(e.feed(new ReidentificationRiskDetector())).isEmpty();
  }

  @Test
  void aTableWithNamesIsLeftToThePersonalDataTableRule() {
    Events e = Events.sheet("Staff").row("Surname", "Rank", "Station");
    for (int i = 0; i < 12; i++) {
      e.row("Quenby" + i, i == 0 ? "Chief Inspector" : "Constable", "Northmere");
    }
    assertThat(e.feed(new ReidentificationRiskDetector())).isEmpty();
  }

  @Test
  void aFirstRowOfDataIsNoHeaderToReadQuasiIdentifiersFrom() {
    // the shared header recogniser: "Constable | Northmere | 2019" holds a number, so it is data
    Events e = Events.sheet("Staff").row("Rank", "Station", "2019");
    for (int i = 0; i < 20; i++) {
      e.row("Constable", "Northmere", "2019");
    }
    e.row("Chief Inspector", "Caldbridge", "2004");
    assertThat(e.feed(new ReidentificationRiskDetector())).isEmpty();
  }
}
