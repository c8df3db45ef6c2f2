package io.foilint.detect.personal.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatesOfBirthTest {

  private static final LocalDate REFERENCE = LocalDate.of(2026, 11, 27);

  @ParameterizedTest
  @CsvSource({
    "01/02/1985, 1985-02-01",
    "1/2/85, 1985-02-01",
    "1/2/20, 2020-02-01",
    "27/11/26, 2026-11-27",
    "28/11/26, 2026-11-28",
    "01/01/27, 1927-01-01",
    "31-12-1999, 1999-12-31",
    "31.12.1999, 1999-12-31",
    "29/02/2000, 2000-02-29",
    "1985-02-01, 1985-02-01",
    "1985-02-01T00:00:00, 1985-02-01",
    "1985-02-01 00:00, 1985-02-01",
    "01/02/1985 13:45, 1985-02-01",
    "1 Feb 1985, 1985-02-01",
    "01 February 1985, 1985-02-01",
    "1-Feb-85, 1985-02-01",
    "15 sept 1970, 1970-09-15",
    "1, 1900-01-01",
    "59, 1900-02-28",
    "61, 1900-03-01",
    "31048, 1985-01-01",
    "31048.75, 1985-01-01",
    "45000, 2023-03-15"
  })
  void parsesUkDateForms(String value, LocalDate expected) {
    assertThat(DatesOfBirth.parse(value, REFERENCE)).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "31/02/1985", "29/02/2001", "13/13/1985", "00/01/1985", "1985-13-01", "1/2/3",
          "01/02-1985", "60", "0", "99999999", "Feb 1985", "1 Febx 1985", "1 Fe 1985", "12.5.2020.1",
          "01/02/1985abc", "-1", "Smith"})
  void rejectsNonDates(String value) {
    assertThat(DatesOfBirth.parse(value, REFERENCE)).isEmpty();
  }

  @Test
  void plausibleDatesOfBirthAreAges0To110OnTheReferenceDate() {
    assertThat(DatesOfBirth.isPlausibleDateOfBirth("01/02/1985", REFERENCE)).isTrue();
    assertThat(DatesOfBirth.isPlausibleDateOfBirth("27/11/2026", REFERENCE)).isTrue(); // born today
    assertThat(DatesOfBirth.isPlausibleDateOfBirth("27/11/1916", REFERENCE)).isTrue(); // 110 today
    assertThat(DatesOfBirth.isPlausibleDateOfBirth("26/11/1916", REFERENCE)).isFalse(); // 110 and a day
    assertThat(DatesOfBirth.isPlausibleDateOfBirth("27/11/1896", REFERENCE)).isFalse(); // 130 years ago
    assertThat(DatesOfBirth.isPlausibleDateOfBirth("28/11/2026", REFERENCE)).isFalse(); // tomorrow
    assertThat(DatesOfBirth.isPlausibleDateOfBirth("2030-01-01", REFERENCE)).isFalse();
    assertThat(DatesOfBirth.isPlausibleDateOfBirth("not a date", REFERENCE)).isFalse();
  }

  @Test
  void theReferenceDateNotTheClockDecides() {
    LocalDate in1990 = LocalDate.of(1990, 1, 1);
    assertThat(DatesOfBirth.isPlausibleDateOfBirth("01/02/1985", in1990)).isTrue();
    assertThat(DatesOfBirth.isPlausibleDateOfBirth("01/02/2000", in1990)).isFalse();
    assertThat(DatesOfBirth.parse("1/2/85", LocalDate.of(1980, 1, 1))).contains(LocalDate.of(1885, 2, 1));
  }

  @Test
  void excelSerialsForYearsAndSmallCountsAreNotPlausibleBirthDates() {
    assertThat(DatesOfBirth.isPlausibleDateOfBirth("2023", REFERENCE)).isFalse(); // 1905
    assertThat(DatesOfBirth.isPlausibleDateOfBirth("12", REFERENCE)).isFalse();
    assertThat(DatesOfBirth.isPlausibleDateOfBirth("31048", REFERENCE)).isTrue();
  }
}
