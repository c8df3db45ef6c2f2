package io.foilint.detect.personal.columns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HeaderVocabularyTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Surname|SURNAME",
        "LAST_NAME|SURNAME",
        "LastName|SURNAME",
        "Forename(s)|FORENAME",
        "Initial|FORENAME",
        "Collar No.|STAFF_NUMBER",
        "collar_number|STAFF_NUMBER",
        "Payroll Number|STAFF_NUMBER",
        "Staff number|STAFF_NUMBER",
        "Date of Birth|DATE_OF_BIRTH",
        "D.O.B.|DATE_OF_BIRTH",
        "Rank|RANK_GRADE",
        "Substantive Rank|RANK_GRADE",
        "Station|WORK_LOCATION",
        "Base station|WORK_LOCATION",
        "Unit|UNIT",
        "Department|UNIT",
        "Vetting Level|VETTING",
        "Injured Party|ROLE_IN_INCIDENT",
        "Suspect|ROLE_IN_INCIDENT",
        "Crime Reference|INCIDENT_REFERENCE",
        "NI Number|NI_NUMBER",
        "NHS No|NHS_NUMBER",
        "Home Address|ADDRESS",
        "Postcode|POSTCODE",
        "E-mail|EMAIL",
        "Ethnicity|ETHNICITY",
        "Age band|AGE",
        "Name|PERSON_NAME",
        "Officer Name|PERSON_NAME",
        "Known As|PERSON_NAME"
      })
  void readsPersonnelAndVictimHeaders(String header, Category expected) {
    assertThat(HeaderVocabulary.match(header)).map(HeaderVocabulary.HeaderMatch::category).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Total", "Month", "Offence type", "Count", "Financial year", "Husband count", "",
      "Product code", "Points", "Played"})
  void ignoresFiguresAndOtherHeaders(String header) {
    assertThat(HeaderVocabulary.match(header)).isEqualTo(Optional.empty());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Station name", "Team name", "Building name"})
  void nameOnlyCountsAsTheWholeHeader(String header) {
    assertThat(HeaderVocabulary.match(header))
        .map(HeaderVocabulary.HeaderMatch::category)
        .isNotEqualTo(Optional.of(Category.PERSON_NAME));
  }

  @ParameterizedTest
  @CsvSource({"Surname,0.9", "Name,0.6"})
  void outrightHeadersAreMoreCertainThanAmbiguousOnes(String header, double confidence) {
    assertThat(HeaderVocabulary.match(header)).get()
        .extracting(HeaderVocabulary.HeaderMatch::confidence).isEqualTo(confidence);
  }
}
