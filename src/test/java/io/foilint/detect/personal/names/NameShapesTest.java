package io.foilint.detect.personal.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NameShapesTest {

  private final NameShapes shapes = NameShapes.bundled();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Smith, J.           | SURNAME_INITIALS",
        "SMITH, J            | SURNAME_INITIALS",
        "Smith, J.A.         | SURNAME_INITIALS",
        "SMITH, JA           | SURNAME_INITIALS",
        "O'Brien, S.         | SURNAME_INITIALS",
        "Smith J             | SURNAME_INITIALS",
        "JONES JA            | SURNAME_INITIALS",
        "D'Souza, R.         | SURNAME_INITIALS",
        "McDONALD, A.        | SURNAME_INITIALS",
        "J. Smith            | INITIALS_SURNAME",
        "J.A. Patel          | INITIALS_SURNAME",
        "Smith, John         | SURNAME_COMMA_FIRST",
        "KHAN, Priya         | SURNAME_COMMA_FIRST",
        "Niamh Quinn         | FIRST_SURNAME",
        "Aoife Murphy        | FIRST_SURNAME",
        "Gurpreet Kaur       | FIRST_SURNAME",
        "Sarah Smith-Jones   | FIRST_SURNAME",
        "John M. Smith       | FIRST_MIDDLE_SURNAME",
        "Mary Anne Williams  | FIRST_MIDDLE_SURNAME",
        "Mr J. Smith         | TITLE_NAME",
        "Mrs Patel           | TITLE_NAME",
        "Ms Siobhan O’Brien  | TITLE_NAME",
        "Miss Khan           | TITLE_NAME",
        "Dr Priya Singh      | TITLE_NAME",
        "Prof. Jones         | TITLE_NAME",
        "Sir John Williams   | TITLE_NAME",
        "Dame Mary Jones     | TITLE_NAME",
        "PC Smith            | RANK_NAME",
        "DS Niamh Quinn      | RANK_NAME",
        "Insp. Jones         | RANK_NAME",
        "Det Sgt Murphy      | RANK_NAME",
        "A/Sgt Khan          | RANK_NAME",
        "Chief Inspector Williams | RANK_NAME",
        "DCI J. Patel        | RANK_NAME",
      })
  void recognisesNameShapesWithConfidence(String cell, NameShape expected) {
    NameMatch m = shapes.match(cell);
    assertThat(m.shape()).as(cell).isEqualTo(expected);
    assertThat(m.confidence()).as(cell).isGreaterThanOrEqualTo(0.6);
  }

  @Test
  void aKnownSurnameAloneIsASingleNameWithLowConfidence() {
    NameMatch m = shapes.match("Murphy");
    assertThat(m.shape()).isEqualTo(NameShape.SINGLE_NAME);
    assertThat(m.confidence()).isBetween(0.1, 0.3);
  }

  @Test
  void shortCapitalsAloneAreTreatedAsLikelyAcronyms() {
    assertThat(shapes.match("CID").confidence()).isLessThan(0.15);
    assertThat(shapes.match("Cid").confidence()).isGreaterThanOrEqualTo(0.2);
    assertThat(shapes.match("LEE, J").confidence()).as("not alone: still a name").isGreaterThan(0.6);
  }

  @Test
  void dictionaryHitsRaiseConfidence() {
    assertThat(shapes.match("Smith, J.").confidence())
        .isGreaterThan(shapes.match("Xqzwvy, J.").confidence());
    assertThat(shapes.match("Niamh Quinn").confidence())
        .isGreaterThan(shapes.match("Xqzwvy Quinn").confidence());
    assertThat(shapes.match("Xqzwvy, J.").shape()).isEqualTo(NameShape.SURNAME_INITIALS);
  }

  @Test
  void trapWordsLowerConfidenceButDoNotExclude() {
    NameMatch chester = shapes.match("Chester");
    assertThat(chester.shape()).as("still a name, just a weak one").isEqualTo(NameShape.SINGLE_NAME);
    assertThat(chester.confidence()).isLessThan(0.15);
    assertThat(shapes.match("Grace Hope").confidence()).isLessThan(0.5);
    assertThat(shapes.match("Victoria Park").confidence()).isLessThan(0.5);
    assertThat(shapes.match("Grace Hope").confidence())
        .as("a trap pair scores below the same shape without traps")
        .isLessThan(shapes.match("Niamh Quinn").confidence());
    assertThat(shapes.match("Victoria").confidence()).isLessThan(0.15);
    // a title makes a trap word a person again
    assertThat(shapes.match("Mrs Grace Kent").confidence()).isGreaterThanOrEqualTo(0.6);
    assertThat(shapes.match("Lincoln, M.").shape()).isEqualTo(NameShape.SURNAME_INITIALS);
  }

  @Test
  void aColourWithAWordFromTheMobySurnameListIsOnlyPenalised() {
    // Known limitation: Moby's surname list holds ordinary words ("Car"), so "Blue Car" is a
    // first name + surname pair; the colour trap keeps it well below a real pair.
    assertThat(shapes.match("Blue Car").confidence()).isLessThan(0.7);
  }

  @ParameterizedTest
  @ValueSource(strings = {"March", "May", "June", "April"})
  void monthsAreAtMostVeryWeak(String month) {
    assertThat(shapes.match(month).confidence()).isLessThan(0.1);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Northgate", "Burglary", "Criminal Damage", "Theft From Person", "Total", "Grand Total",
        "12", "1,234", "3.5", "AB-1234", "SKU 55012", "XJ", "NHS, A", "PC IT", "n/a", "",
        "   ", "smith", "the quick brown fox", "Northgate Station", "Shoplifting",
        "Possession Of Weapons", "2023-04-01", "Q1", "Ward 12", "White British", "Black African",
        "Kent Police", "St Mary's", "Saint Patrick", "St. John", "Police Staff", "Sergeant", "Constable", "Male", "Unknown"
      })
  void nonNamesAreNotNames(String cell) {
    NameMatch m = shapes.match(cell);
    assertThat(m.confidence()).as(cell).isLessThan(0.3);
  }

  @Test
  void productCodesNumbersAndLongCellsAreRejectedBeforeLookup() {
    assertThat(shapes.match("ABC123")).isEqualTo(NameMatch.NONE);
    assertThat(shapes.match("John Smith 2")).isEqualTo(NameMatch.NONE);
    assertThat(shapes.match("John Smith ".repeat(10))).isEqualTo(NameMatch.NONE);
    assertThat(shapes.match(null)).isEqualTo(NameMatch.NONE);
  }

  @Test
  void hostileInputIsFast() {
    String hostile = "A.".repeat(20_000) + "," + "'-".repeat(20_000);
    long t0 = System.nanoTime();
    shapes.match(hostile);
    shapes.find(hostile);
    shapes.find("Aa ".repeat(50_000));
    assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(2_000);
  }

  @Test
  void aSmallInjectedDictionaryDrivesTheScores() {
    NameShapes custom =
        new NameShapes(NameDictionary.of(java.util.List.of("Zed"), java.util.List.of("Qux")));
    assertThat(custom.match("Zed Qux").confidence()).isGreaterThanOrEqualTo(0.85);
    assertThat(custom.match("John Smith")).isEqualTo(NameMatch.NONE);
  }
}
