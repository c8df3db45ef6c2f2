package io.foilint.detect.personal.recognize;

import static io.foilint.detect.personal.recognize.IdentifierKind.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Identifiers inside comments and cell text, with their offsets. */
class FreeTextFindTest {

  private static List<String> found(String text) {
    return Recognizers.find(text).stream()
        .map(m -> m.kind() + "=" + text.substring(m.start(), m.end()))
        .toList();
  }

  @Test
  void findsEachKindWithItsSpan() {
    String text =
        "Victim Jane Doe, DOB withheld, NI AB 12 34 56 C, NHS 999 000 0018, lives at SW1A 1AA;"
            + " call 07700 900123 or 020 7946 0456, mail jane.doe@example.com."
            + " Refund to GB82 WEST 1234 5698 7654 32, card 4111 1111 1111 1111. Car AB12 CDE.";
    assertThat(found(text))
        .containsExactly(
            "NI_NUMBER=AB 12 34 56 C",
            "NHS_NUMBER=999 000 0018",
            "POSTCODE=SW1A 1AA",
            "PHONE=07700 900123",
            "PHONE=020 7946 0456",
            "EMAIL=jane.doe@example.com",
            "IBAN=GB82 WEST 1234 5698 7654 32",
            "CARD_NUMBER=4111 1111 1111 1111",
            "VEHICLE_REGISTRATION=AB12 CDE");
  }

  @Test
  void offsetsPointIntoTheText() {
    String text = "Contact: jane.doe@example.com";
    List<Match> matches = Recognizers.find(text);
    assertThat(matches).hasSize(1);
    assertThat(matches.get(0).start()).isEqualTo(9);
    assertThat(matches.get(0).end()).isEqualTo(text.length());
    assertThat(matches.get(0).confidence()).isEqualTo(Match.RULES);
  }

  @Test
  void invalidLookalikesInTextAreIgnored() {
    String text =
        "Ref TN 12 34 56 A, NHS 999 000 0019, QQ1 1AA, card 4111 1111 1111 1112, 2023 figures:"
            + " 12345 incidents, 1500000 pounds, 20231231, somebody@example, AB01 CDE,"
            + " case 2079460123 and 7700900123";
    assertThat(Recognizers.find(text)).isEmpty();
  }

  @Test
  void gatedKindsNeedANearbyKeyword() {
    assertThat(found("Figures 12-34-56 and 12345678 and 123456789")).isEmpty();
    assertThat(found("Please pay sort code 12-34-56, account number 12345678."))
        .containsExactly("SORT_CODE=12-34-56", "ACCOUNT_NUMBER=12345678");
    assertThat(found("Passport no. 123456789 seen")).containsExactly("PASSPORT=123456789");
    assertThat(found("Driving licence SMITH705170JJ9AB checked"))
        .containsExactly("DRIVING_LICENCE=SMITH705170JJ9AB");
    // The keyword must come before, and within 30 characters.
    assertThat(found("123456789 is not a passport")).isEmpty();
    assertThat(found("passport: see the long note in the appendix about it 123456789")).isEmpty();
  }

  @Test
  void textWithoutDigitsOrAtSignIsNothing() {
    assertThat(Recognizers.find("PC Smith attended the scene with DS Quinn")).isEmpty();
    assertThat(Recognizers.find(null)).isEmpty();
    assertThat(Recognizers.find("")).isEmpty();
  }

  @Test
  void overlappingCandidatesKeepTheMostConfident() {
    // 9990000018 passes mod-11; it must not also be reported as part of a card or phone.
    assertThat(found("NHS 9990000018")).containsExactly("NHS_NUMBER=9990000018");
    assertThat(found("+44 20 7946 0999")).containsExactly("PHONE=+44 20 7946 0999");
  }
}
