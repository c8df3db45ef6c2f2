package io.foilint.detect.personal.columns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ColumnClassifierTest {

  private static final ColumnClassifier CLASSIFIER = ColumnClassifier.bundled();

  private static Optional<Category> classify(String header, List<String> values, int repeat) {
    ColumnProfile p = new ColumnProfile(0, header);
    for (int i = 0; i < repeat; i++) {
      values.forEach(p::offer);
    }
    return CLASSIFIER.classify(p).filter(c -> c.confidence() >= ColumnClassifier.ESTABLISHED)
        .map(ColumnClassifier.ColumnClass::category);
  }

  @Test
  void surnamesUnderASurnameHeaderEvenWhenInvented() {
    assertThat(classify("Surname", List.of("Quenby", "Hartwell", "Ostrander", "Pellow", "Marchbank",
        "Fennimore", "Loxley", "Thackeray", "Ambridge", "Wolverton"), 5)).contains(Category.SURNAME);
  }

  @Test
  void namesWithoutAHeaderFromTheirShape() {
    assertThat(classify("Officer", List.of("Smith, J.", "Jones, A.", "Williams, R.", "Taylor, M.",
        "Brown, S.", "Davies, K."), 1)).contains(Category.PERSON_NAME);
    // the same six names over and over are a category (a rota of six), not a list of people
    assertThat(classify("Officer", List.of("Smith, J.", "Jones, A.", "Williams, R.", "Taylor, M.",
        "Brown, S.", "Davies, K."), 30)).isEmpty();
  }

  @Test
  void ranksFromValuesNotFromAHeader() {
    assertThat(classify("Rank", List.of("PC", "DC", "Sgt", "Insp", "DCI", "Supt"), 4)).contains(Category.RANK_GRADE);
    // a league table's "Rank" is a position, not a police rank
    assertThat(classify("Rank", List.of("1", "2", "3", "4", "5", "6"), 4)).isEmpty();
  }

  @Test
  void staffNumbersNeedTheHeaderAndDistinctCodes() {
    List<String> numbers = List.of("FX900001", "FX900038", "FX900075", "FX900112", "FX900149");
    assertThat(classify("Staff number", numbers, 1)).contains(Category.STAFF_NUMBER);
    assertThat(classify("Product code", numbers, 1)).isEmpty();
    assertThat(classify("Staff number", List.of("108001.0", "108002.0", "108003.0"), 1)).contains(Category.STAFF_NUMBER);
  }

  @Test
  void validatedIdentifiersFromValues() {
    assertThat(classify("Ref", List.of("9434765919", "9990000018", "9990000026"), 1)).contains(Category.NHS_NUMBER);
    assertThat(classify("Contact", List.of("a.pellow@example.police.uk", "n.quenby@example.police.uk"), 1))
        .contains(Category.EMAIL);
  }

  @Test
  void addressesNeedAddressLikeValues() {
    assertThat(classify("Home address", List.of("12 Mill Lane, Northmere", "4 Station Road",
        "Flat 2, 7 High Street", "88 Church Walk"), 2)).contains(Category.ADDRESS);
    assertThat(classify("Address proof", List.of("Passport", "Utility bill", "Bank statement",
        "Driving licence"), 5)).isNotEqualTo(Optional.of(Category.ADDRESS));
  }

  @Test
  void notesThatNamePeopleIdentifyThem() {
    assertThat(classify("Notes", List.of("PC Hartwell attended and spoke to the complainant",
        "Victim Mrs N. Quenby called back on 07700 900123", "No further action",
        "DS Niamh Pellow to review CCTV", "Suspect identified as Mr T. Ostrander"), 1))
        .contains(Category.NAMES_IN_TEXT);
    assertThat(classify("Notes", List.of("No further action", "Referred to partner agency",
        "Closed: no suspect identified", "Awaiting forensic results", "Advice given"), 1))
        .isNotEqualTo(Optional.of(Category.NAMES_IN_TEXT));
  }

  @Test
  void buildingsNamedAfterPeopleAreNotPeople() {
    assertThat(classify("Name", List.of("Nelson Mandela House", "Queen Elizabeth Hospital",
        "Winston Churchill School", "Florence Nightingale Ward", "Mary Seacole Building",
        "Alan Turing Way"), 1)).isEmpty();
  }

  @Test
  void aFewStationNamesAreACategoryNotPeople() {
    assertThat(classify("Name", List.of("Lincoln", "Chester", "Victoria"), 50))
        .isNotEqualTo(Optional.of(Category.PERSON_NAME));
  }

  @Test
  void offenceTypesMonthsAndCountsAreNothing() {
    assertThat(classify("Offence type", List.of("Burglary", "Theft from vehicle", "Criminal damage",
        "Robbery", "Assault", "Arson"), 5)).isEmpty();
    assertThat(classify("Month", List.of("January", "February", "March", "April", "May", "June"), 5)).isEmpty();
    assertThat(classify("Total", List.of("12", "45", "7", "130"), 5)).isEmpty();
  }

  @Test
  void addressShapedValues() {
    assertThat(ColumnClassifier.looksLikeAddress("12 High Street")).isTrue(); // digits and words
    assertThat(ColumnClassifier.looksLikeAddress("M1 1AE, 12")).isTrue(); // three letters: a postcode
    assertThat(ColumnClassifier.looksLikeAddress("Flat 1, M")).isTrue();
    assertThat(ColumnClassifier.looksLikeAddress("ABC 12345")).isFalse(); // three letters, no postcode
    assertThat(ColumnClassifier.looksLikeAddress("High Street")).isFalse(); // no number
    assertThat(ColumnClassifier.looksLikeAddress("12,345.00")).isFalse();
  }
}
