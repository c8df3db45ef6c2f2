package io.foilint.detect.personal.recognize;

import static io.foilint.detect.personal.recognize.IdentifierKind.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whole-value recognition. All data is synthetic (test ranges, Ofcom drama numbers, example.*). */
class RecognizersTest {

  private static Optional<IdentifierKind> kindOf(String value) {
    return Recognizers.recognize(value).map(Match::kind);
  }

  private static Optional<IdentifierKind> kindOf(String value, IdentifierKind... header) {
    Set<IdentifierKind> supported = EnumSet.noneOf(IdentifierKind.class);
    supported.addAll(java.util.List.of(header));
    return Recognizers.recognize(value, supported).map(Match::kind);
  }

  // --- NI number ---

  @ParameterizedTest
  @ValueSource(strings = {"AB123456C", "AB 12 34 56 C", "ab 12 34 56 c", "JG103759A", "  AB123456D  "})
  void niNumbersWithValidPrefixAndSuffix(String value) {
    assertThat(Recognizers.recognize(value))
        .hasValueSatisfying(
            m -> {
              assertThat(m.kind()).isEqualTo(NI_NUMBER);
              assertThat(m.confidence()).isEqualTo(Match.RULES);
            });
  }

  @Test
  void niNumberWithoutSuffixIsOnlyAShape() {
    assertThat(Recognizers.recognize("AB 12 34 56")).get().extracting(Match::confidence).isEqualTo(Match.SHAPE);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "BG123456A", "GB123456A", "KN123456A", "NK123456A", "NT123456A", "TN123456A", "ZZ123456A",
        "QQ123456C", "DA123456A", "AO123456A", "FA123456A", "AV123456A", "AB123456E", "AB12345C",
        "AB1234567C"
      })
  void niNumberTrapsAreRejected(String value) {
    assertThat(kindOf(value)).isNotEqualTo(Optional.of(NI_NUMBER));
  }

  // --- NHS number ---

  @ParameterizedTest
  @ValueSource(strings = {"9990000018", "999 000 0026", "999-000-0034", "999 000 0069"})
  void nhsNumbersWithValidCheckDigit(String value) {
    assertThat(Recognizers.recognize(value))
        .hasValueSatisfying(
            m -> {
              assertThat(m.kind()).isEqualTo(NHS_NUMBER);
              assertThat(m.confidence()).isEqualTo(Match.CHECKSUM);
            });
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "9990000019", // wrong check digit
        "9990000000", // check digit would be 10: never issued
        "999 000-0018", // mixed separators
        "99 9000 0018", // wrong grouping
        "5555555555", // one repeated digit
        "999000001"
      })
  void nhsNumberTrapsAreRejected(String value) {
    assertThat(kindOf(value)).isNotEqualTo(Optional.of(NHS_NUMBER));
  }

  // --- postcode ---

  @ParameterizedTest
  @ValueSource(
      strings = {"SW1A 1AA", "sw1a1aa", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "EC1A 1BB",
          "W1A 0AX", "BT1 1AA", "JE2 3AB", "GIR 0AA", "ZE1 0AA"})
  void postcodesInRealAreas(String value) {
    assertThat(kindOf(value)).contains(POSTCODE);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"QQ1 1AA", "XX1 1AA", "ZZ99 9ZZ", "SW1A 1CA", "SW1A 1AI", "SW1A  1AA", "SW1 AAA",
          "W1I 0AX", "EC1C 1BB", "SW 1AA", "BFPO 801"})
  void postcodeTrapsAreRejected(String value) {
    assertThat(kindOf(value)).isNotEqualTo(Optional.of(POSTCODE));
  }

  @Test
  void postcodeAreaListIsTheRoyalMailList() {
    assertThat(Postcodes.UK_AREAS).hasSize(121).contains("AB", "B", "BT", "ZE", "WC").doesNotContain("QQ", "GY");
  }

  // --- phone ---

  @ParameterizedTest
  @ValueSource(
      strings = {"07700 900123", "07700900999", "+44 7700 900456", "+447700900000", "0044 7700 900321",
          "020 7946 0123", "(020) 7946 0999", "020-7946-0000"})
  void ukPhoneNumbers(String value) {
    assertThat(kindOf(value)).contains(PHONE);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"2023", "1999", "12345", "1500000", "20231231", "7700900123", "0.5", "0000000000",
          "01/02/2023", "+1 202 555 0143", "+33 1 23 45 67 89", "07700 9001234"})
  void countsYearsAndForeignNumbersAreNotUkPhones(String value) {
    assertThat(kindOf(value)).isNotEqualTo(Optional.of(PHONE));
  }

  @Test
  void aPhoneNumberExcelStoredAsAFigureNeedsHeaderSupport() {
    assertThat(kindOf("7700900123")).isEmpty();
    assertThat(Recognizers.recognize("7700900123", Set.of(PHONE)))
        .hasValueSatisfying(m -> {
          assertThat(m.kind()).isEqualTo(PHONE);
          assertThat(m.confidence()).isEqualTo(Match.SHAPE);
        });
    assertThat(kindOf("2079460123", PHONE)).contains(PHONE);
  }

  // --- e-mail ---

  @ParameterizedTest
  @ValueSource(strings = {"jane.doe@example.com", "j.o'neill@example.org", "x+tag@mail.example.net"})
  void emailAddresses(String value) {
    assertThat(Recognizers.recognize(value)).get().extracting(Match::kind).isEqualTo(EMAIL);
  }

  @ParameterizedTest
  @ValueSource(strings = {"jane.doe@", "@example.com", "jane doe@example.com", "jane@example",
      "jane@host.invalidtld", "a@b.c"})
  void emailTrapsAreRejected(String value) {
    assertThat(kindOf(value)).isEmpty();
  }

  // --- IBAN and card ---

  @Test
  void ibanPassesMod97() {
    assertThat(Recognizers.recognize("GB82 WEST 1234 5698 7654 32"))
        .hasValueSatisfying(m -> {
          assertThat(m.kind()).isEqualTo(IBAN);
          assertThat(m.confidence()).isEqualTo(Match.CHECKSUM);
        });
    assertThat(kindOf("GB82WEST12345698765432")).contains(IBAN);
    assertThat(kindOf("DE89 3704 0044 0532 0130 00")).contains(IBAN);
  }

  @ParameterizedTest
  @ValueSource(strings = {"GB83 WEST 1234 5698 7654 32", "GB82 WEST 1234 5698 7654 3", "XX82 WEST 1234 5698 7654 32"})
  void ibanTrapsAreRejected(String value) {
    assertThat(kindOf(value)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"4111111111111111", "4111 1111 1111 1111", "5555-5555-5555-4444", "378282246310005"})
  void cardNumbersPassLuhn(String value) {
    assertThat(kindOf(value)).contains(CARD_NUMBER);
  }

  @ParameterizedTest
  @ValueSource(strings = {"4111111111111112", "4111 1111-1111 1111", "0000000000000000",
      "4444444444444444", "9111111111111111", "41111111111", "41111111111111111111", "4111  1111 1111 1111"})
  void cardTrapsAreRejected(String value) {
    assertThat(kindOf(value)).isNotEqualTo(Optional.of(CARD_NUMBER));
  }

  // --- header-gated kinds ---

  @Test
  void sortCodeAndAccountNeedHeaderSupport() {
    assertThat(kindOf("12-34-56")).isEmpty();
    assertThat(kindOf("12-34-56", SORT_CODE)).contains(SORT_CODE);
    assertThat(kindOf("12 34 56", SORT_CODE)).contains(SORT_CODE);
    assertThat(kindOf("12-34 56", SORT_CODE)).isEmpty();
    assertThat(kindOf("12345678")).isEmpty();
    assertThat(kindOf("12345678", ACCOUNT_NUMBER)).contains(ACCOUNT_NUMBER);
    assertThat(kindOf("1234567", ACCOUNT_NUMBER)).isEmpty();
  }

  @Test
  void passportNeedsHeaderSupport() {
    assertThat(kindOf("123456789")).isEmpty();
    assertThat(kindOf("123456789", PASSPORT)).contains(PASSPORT);
    assertThat(kindOf("AB1234567", PASSPORT)).contains(PASSPORT);
    assertThat(kindOf("A12345678", PASSPORT)).isEmpty();
    assertThat(kindOf("12345678", PASSPORT)).isEmpty();
  }

  @Test
  void drivingLicenceNeedsHeaderSupportAndValidBirthMonthAndDay() {
    assertThat(kindOf("SMITH705170JJ9AB")).isEmpty();
    assertThat(kindOf("SMITH705170JJ9AB", DRIVING_LICENCE)).contains(DRIVING_LICENCE);
    assertThat(kindOf("LEE99755170J99AB", DRIVING_LICENCE)).contains(DRIVING_LICENCE); // female, padded
    assertThat(kindOf("SMITH713170JJ9AB", DRIVING_LICENCE)).isEmpty(); // month 13
    assertThat(kindOf("SMITH763170JJ9AB", DRIVING_LICENCE)).isEmpty(); // month 63
    assertThat(kindOf("SMITH705320JJ9AB", DRIVING_LICENCE)).isEmpty(); // day 32
    assertThat(kindOf("SM9TH705170JJ9AB", DRIVING_LICENCE)).isEmpty(); // 9 inside the surname
    assertThat(kindOf("12345678", DRIVING_LICENCE)).contains(DRIVING_LICENCE); // DVA (NI)
  }

  // --- vehicle registration ---

  @Test
  void currentVehicleRegistrationsAreWeak() {
    assertThat(Recognizers.recognize("AB12 CDE"))
        .hasValueSatisfying(m -> {
          assertThat(m.kind()).isEqualTo(VEHICLE_REGISTRATION);
          assertThat(m.confidence()).isEqualTo(Match.WEAK);
        });
    assertThat(kindOf("YX79ZZZ")).contains(VEHICLE_REGISTRATION);
    assertThat(kindOf("AB02 CDE")).contains(VEHICLE_REGISTRATION);
  }

  @ParameterizedTest
  @ValueSource(strings = {"AB01 CDE", "AB30 CDE", "AB50 CDE", "AB80 CDE", "AI12 CDE", "AB12 CIE", "QB12 CDE"})
  void vehicleRegistrationTrapsAreRejected(String value) {
    assertThat(kindOf(value)).isEmpty();
  }

  @Test
  void oldPlateFormatsOnlyWithHeaderSupport() {
    assertThat(kindOf("A123 BCD")).isEmpty();
    assertThat(kindOf("ABC 123D")).isEmpty();
    assertThat(Recognizers.recognize("A123 BCD", Set.of(VEHICLE_REGISTRATION)))
        .get().extracting(Match::confidence).isEqualTo(Match.VERY_WEAK);
    assertThat(kindOf("ABC 123D", VEHICLE_REGISTRATION)).contains(VEHICLE_REGISTRATION);
    assertThat(kindOf("I123 BCD", VEHICLE_REGISTRATION)).isEmpty();
  }

  // --- general ---

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "PC", "Smith", "Sergeant", "Leeds", "42", "Total", "n/a",
      "The quick brown fox jumps over the lazy dog"})
  void ordinaryValuesAreNothing(String value) {
    assertThat(kindOf(value)).isEmpty();
  }

  @Test
  void nullIsNothing() {
    assertThat(Recognizers.recognize(null)).isEmpty();
    assertThat(Recognizers.recognize("AB 12 34 56 C", null)).get().extracting(Match::kind).isEqualTo(NI_NUMBER);
  }

  @Test
  void matchSpanIsTheTrimmedValue() {
    assertThat(Recognizers.recognize("  SW1A 1AA ")).get().satisfies(m -> {
      assertThat(m.start()).isEqualTo(2);
      assertThat(m.end()).isEqualTo(10);
    });
  }
}
