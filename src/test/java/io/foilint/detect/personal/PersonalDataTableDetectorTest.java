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
  void rowsThatRepeatPeopleAreCountedByTheirDistinctNamesAndNumbers() {
    Events e = Events.sheet("Log").row("Full name", "Email", "Date", "Action");
    String[] people = {"Grace Quenby", "Aled Hartwell", "Niamh Pellow", "Tomasz Marchbank", "Priya Fennimore",
        "Owen Ostrander"};
    for (int i = 0; i < 60; i++) {
      String p = people[i % people.length];
      e.row(p, p.toLowerCase().replace(' ', '.') + "@example.org", "2024-01-" + (10 + i % 20), "login");
    }
    Finding f = Findings.only(e.feed(new PersonalDataTableDetector()));
    assertThat(f.message()).contains("lists at least 6 individuals in 60 rows").doesNotContain("60 individuals");
    // a staff list of one person per row keeps its plain count
    Finding staff = Findings.only(staff(Events.sheet("Staff")).feed(new PersonalDataTableDetector()));
    assertThat(staff.message()).contains("lists 30 individuals (").doesNotContain("at least");
  }

  @Test
  void individualsAreCountedByWhatTheColumnsCanTell() {
    assertThat(PersonalDataTableDetector.individuals(5095, 37, true)).isEqualTo("at least 37 individuals in 5,095 rows");
    assertThat(PersonalDataTableDetector.individuals(90000, 8100, false)).isEqualTo("about 8,100 individuals in 90,000 rows");
    assertThat(PersonalDataTableDetector.individuals(82, 0, true)).isEqualTo("82 individuals");
    assertThat(PersonalDataTableDetector.individuals(30, 30, true)).isEqualTo("30 individuals");
    assertThat(PersonalDataTableDetector.individuals(1, 1, true)).isEqualTo("1 individual");
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

  @Test
  void fourNamedPupilsWithMarksAreReview() {
    Finding f = Findings.only(Events.sheet("Results")
        .row("Pupil name", "Maths", "English")
        .row("Niamh Quenby", "62", "71")
        .row("Aled Hartwell", "48", "55")
        .row("Priya Ostrander", "81", "77")
        .row("Tomasz Pellow", "39", "44")
        .feed(new PersonalDataTableDetector()));
    assertThat(f.severity()).isEqualTo(Severity.REVIEW);
    assertThat(f.message()).contains("lists 4 people by name (column 'Pupil name')");
    Findings.assertNoneContain(List.of(f), "Quenby", "Hartwell");
  }

  @Test
  void threeSurnamesUnderASurnameHeaderAreReviewEvenUnknown() {
    Finding f = Findings.only(Events.sheet("Panel")
        .row("Surname", "Role")
        .row("Xandrovic", "Chair")
        .row("Pellow", "Member")
        .row("Quillfeather", "Member")
        .feed(new PersonalDataTableDetector()));
    assertThat(f.severity()).isEqualTo(Severity.REVIEW);
  }

  @Test
  void fourPlacesWithCountsAreNotPeople() {
    assertThat(Events.sheet("Incidents")
            .row("Name", "Incidents")
            .row("Northmere", "41")
            .row("Caldbridge", "27")
            .row("Easterholm", "19")
            .row("Wexley Cross", "12")
            .feed(new PersonalDataTableDetector()))
        .isEmpty();
  }

  @Test
  void ninePeopleWithGenderAndAgeAreBlockWhateverTheirNames() {
    Events e = Events.sheet("People").row("Name", "Gender", "Age", "ID");
    String[] words = {"Quenby", "Hartwell", "Ostrander", "Pellow", "Marchbank", "Fennimore", "Loxley", "Thackeray", "Ambridge", "Wolverton"};
    for (int i = 0; i < 9; i++) {
      e.row(words[(i + 3) % 10] + " " + words[i], i % 2 == 0 ? "F" : "M", String.valueOf(23 + i), "P" + (4410 + i));
    }
    Finding f = Findings.only(e.feed(new PersonalDataTableDetector()));
    assertThat(f.severity()).isEqualTo(Severity.BLOCK);
    assertThat(f.message()).contains("9 people by name", "gender");
  }

  @Test
  void aSingleRecordWithDateOfBirthAndNiNumberIsBlock() {
    Finding f = Findings.only(Events.sheet("Sheet1")
        .row("Name", "Date of birth", "NI number")
        .row("Grace Marchbank", "14/03/1987", "JG 10 37 52 B")
        .feed(new PersonalDataTableDetector()));
    assertThat(f.severity()).isEqualTo(Severity.BLOCK);
    assertThat(f.message()).contains("row 2", "date of birth", "National Insurance number", "record of one person");
    assertThat(f.location().toString()).isEqualTo("Sheet1!row 2");
    Findings.assertNoneContain(List.of(f), "Marchbank", "JG 10");
  }

  @Test
  void aSingleRowOfStatisticsIsNothing() {
    assertThat(Events.sheet("Sheet1")
            .row("Year", "Offences recorded", "Arrests", "Charge rate %")
            .row("2023", "4127", "1180", "28.6")
            .feed(new PersonalDataTableDetector()))
        .isEmpty();
  }

  @Test
  void aRecordLaidOutAsAFormIsBlock() {
    Finding f = Findings.only(Events.sheet("Referral")
        .row("Referral form")
        .row("Surname", "Loxley")
        .row("Forename", "Oisin")
        .row("Date of birth", "02/11/1979")
        .row("Outcome", "Referred")
        .feed(new PersonalDataTableDetector()));
    assertThat(f.severity()).isEqualTo(Severity.BLOCK);
    assertThat(f.message()).contains("date of birth");
  }

  @Test
  void aBlankFormIsNothing() {
    assertThat(Events.sheet("Sheet1")
            .row("Employee Info")
            .row("Last name:", "lastName")
            .row("First name:", "firstName")
            .row("SSN:", "ssn")
            .feed(new PersonalDataTableDetector()))
        .isEmpty();
  }

  @Test
  void aNameAndPhoneInAFarOffCellAreBlock() {
    Finding f = Findings.only(Events.sheet("Incidents")
        .row("Place", "Incidents")
        .row("Northmere", "41")
        .row("Caldbridge", "27")
        .rowAt(4999, Visibility.VISIBLE, Visibility.FAR_OFF_CELL, "Aled Hartwell", "07700 900461")
        .feed(new PersonalDataTableDetector()));
    assertThat(f.severity()).isEqualTo(Severity.BLOCK);
    assertThat(f.message()).contains("row 5000", "phone number", "far outside the area in use");
    Findings.assertNoneContain(List.of(f), "Hartwell", "900461");
  }

  @Test
  void aVisibleNameAndPhoneOnOneRowIsAContactNotABlock() {
    assertThat(Events.sheet("Contact")
            .row("Name", "Phone")
            .row("Aled Hartwell", "07700 900461")
            .feed(new PersonalDataTableDetector()))
        .isEmpty();
  }
}
