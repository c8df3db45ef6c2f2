package io.foilint.detect.personal;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.detect.Finding;
import io.foilint.detect.Severity;
import io.foilint.model.Visibility;
import io.foilint.testing.Events;
import io.foilint.testing.Findings;
import java.util.List;
import org.junit.jupiter.api.Test;

class PersonalDataTableDetectorTest {

  private static Events staff(Events e) {
    e.row("Surname", "Initial", "Rank", "Station", "Staff number");
    String[] surnames = {"Quenby", "Hartwell", "Ostrander", "Pellow", "Marchbank", "Fennimore"};
    for (int i = 0; i < 30; i++) {
      e.row(surnames[i % surnames.length], "N", i % 2 == 0 ? "PC" : "Sgt", "Northmere", "FX" + (900000 + i * 37));
    }
    return e;
  }

  @Test
  void aVisibleStaffListIsBlock() {
    Finding f = Findings.only(staff(Events.sheet("Staff")).feed(new PersonalDataTableDetector()));
    assertThat(f.rule()).isEqualTo("personal-data-table");
    assertThat(f.severity()).isEqualTo(Severity.BLOCK);
    assertThat(f.message()).contains("lists 30 individuals", "surname", "staff, collar", "rank or grade",
        "row-level table of people");
    assertThat(f.location().toString()).isEqualTo("Staff!rows 2-31");
    Findings.assertNoneContain(List.of(f), "Quenby", "Hartwell", "FX900000");
  }

  @Test
  void aHiddenStaffListSaysWhereItHides() {
    Finding f = Findings.only(staff(Events.sheet("Data", Visibility.HIDDEN_SHEET)).feed(new PersonalDataTableDetector()));
    assertThat(f.message()).contains("on a hidden sheet", "cannot see");
  }

  @Test
  void aLeagueTableWithARankColumnIsNotPeople() {
    assertThat(Events.sheet("League")
            .row("Rank", "Team", "Played", "Points")
            .row("1", "Northmere Rovers", "38", "85")
            .row("2", "Caldbridge Athletic", "38", "78")
            .row("3", "Easterholm Town", "38", "70")
            .feed(new PersonalDataTableDetector()))
        .isEmpty();
  }

  @Test
  void anAggregateOfCountsByRankIsNotPeople() {
    assertThat(Events.sheet("Headcount")
            .row("Rank", "Headcount")
            .row("Constable", "412")
            .row("Sergeant", "97")
            .row("Inspector", "31")
            .feed(new PersonalDataTableDetector()))
        .isEmpty();
  }

  @Test
  void oneRowIsNotAList() {
    assertThat(Events.sheet("Contact").row("Name", "Email").row("Quenby, N.", "n.quenby@example.police.uk")
            .feed(new PersonalDataTableDetector()))
        .isEmpty();
  }
}
