package io.foilint.detect.personal.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Runs recognize() over 200,000 generated cell values whose true kinds the generator knows, and
 * checks every value comes out as generated. Correctness counts only: no timing assertions.
 */
class RecognizersVolumeSanityTest {

  private static final int VALUES = 200_000;
  private static final String NINO_LETTERS = "ABCEGHJKLMNOPRSTWXYZ";
  private static final String POSTCODE_UNIT = "ABDEFGHJLNPQRSTUWXYZ";
  private static final String PLATE_LETTERS = "ABCDEFGHJKLMNOPRSTUVWXY";
  private static final String[] WORDS = {
    "Leeds", "Sergeant Major", "Total", "Burglary", "Station Road", "n/a", "Unknown", "Response Team"
  };

  private record Generated(String value, IdentifierKind kind) {}

  @Test
  void everyGeneratedValueIsRecognisedAsWhatItIs() {
    Random random = new Random(20261127L);
    List<String> areas = new ArrayList<>(Postcodes.UK_AREAS);
    areas.sort(null);
    Map<IdentifierKind, Integer> expected = new EnumMap<>(IdentifierKind.class);
    Map<IdentifierKind, Integer> actual = new EnumMap<>(IdentifierKind.class);
    int expectedNothing = 0;
    int actualNothing = 0;
    List<String> wrong = new ArrayList<>();
    for (int i = 0; i < VALUES; i++) {
      Generated g = generate(i % 14, random, areas);
      Optional<Match> match = Recognizers.recognize(g.value());
      IdentifierKind got = match.map(Match::kind).orElse(null);
      if (g.kind() == null) {
        expectedNothing++;
      } else {
        expected.merge(g.kind(), 1, Integer::sum);
      }
      if (got == null) {
        actualNothing++;
      } else {
        actual.merge(got, 1, Integer::sum);
      }
      if (got != g.kind() && wrong.size() < 10) {
        wrong.add(g.value() + " expected " + g.kind() + " got " + got);
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(actual).isEqualTo(expected);
    assertThat(actualNothing).isEqualTo(expectedNothing);
    assertThat(expected.keySet())
        .contains(
            IdentifierKind.NI_NUMBER,
            IdentifierKind.NHS_NUMBER,
            IdentifierKind.POSTCODE,
            IdentifierKind.PHONE,
            IdentifierKind.EMAIL,
            IdentifierKind.CARD_NUMBER,
            IdentifierKind.VEHICLE_REGISTRATION);
  }

  private static Generated generate(int type, Random r, List<String> areas) {
    switch (type) {
      case 0: { // valid NHS number in the test range
        String nine = "999" + digits(r, 6);
        int check = nhsCheck(nine);
        if (check == 10) {
          return new Generated(nine + "0", null);
        }
        return new Generated(nine + check, IdentifierKind.NHS_NUMBER);
      }
      case 1: { // NHS number with a wrong check digit
        String nine = "999" + digits(r, 6);
        int wrongCheck = (nhsCheck(nine) + 1 + r.nextInt(8)) % 10;
        return new Generated(nine.substring(0, 3) + " " + nine.substring(3, 6) + " " + nine.substring(6) + wrongCheck,
            nhsCheck(nine) == 10 || wrongCheck != nhsCheck(nine) ? null : IdentifierKind.NHS_NUMBER);
      }
      case 2: { // valid NI number
        char a;
        char b;
        do {
          a = NINO_LETTERS.charAt(r.nextInt(NINO_LETTERS.length()));
          b = NINO_LETTERS.charAt(r.nextInt(NINO_LETTERS.length()));
        } while (b == 'O' || List.of("BG", "GB", "KN", "NK", "NT", "TN", "ZZ").contains("" + a + b));
        return new Generated("" + a + b + " " + digits(r, 2) + " " + digits(r, 2) + " " + digits(r, 2) + " "
            + "ABCD".charAt(r.nextInt(4)), IdentifierKind.NI_NUMBER);
      }
      case 3: { // NI number with an excluded prefix
        String[] bad = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ", "QA", "DA", "AO"};
        return new Generated(bad[r.nextInt(bad.length)] + digits(r, 6) + "A", null);
      }
      case 4: { // postcode in a real area
        String area = areas.get(r.nextInt(areas.size()));
        return new Generated(area + (1 + r.nextInt(9)) + " " + r.nextInt(10) + unit(r) + unit(r),
            IdentifierKind.POSTCODE);
      }
      case 5: { // postcode shape in a non-existent area
        String[] bad = {"QQ", "XX", "ZY", "UU", "VV", "JJ"};
        return new Generated(bad[r.nextInt(bad.length)] + (1 + r.nextInt(9)) + " " + r.nextInt(10) + unit(r) + unit(r), null);
      }
      case 6: // Ofcom drama numbers
        return r.nextBoolean()
            ? new Generated("07700 900" + digits(r, 3), IdentifierKind.PHONE)
            : new Generated("020 7946 0" + digits(r, 3), IdentifierKind.PHONE);
      case 7: // counts and amounts, never phones
        return new Generated(Integer.toString(r.nextInt(100_000_000)), null);
      case 8: // years and small numbers
        return new Generated(Integer.toString(1900 + r.nextInt(131)), null);
      case 9:
        return new Generated("officer" + r.nextInt(100_000) + "@example.com", IdentifierKind.EMAIL);
      case 10: { // card passing Luhn, or failing it
        String fifteen = "4" + digits(r, 14);
        int check = luhnCheck(fifteen);
        boolean valid = r.nextBoolean();
        return new Generated(fifteen + (valid ? check : (check + 1 + r.nextInt(9)) % 10),
            valid ? IdentifierKind.CARD_NUMBER : null);
      }
      case 11: { // current-format registration with a valid age identifier
        int age = r.nextBoolean() ? 2 + r.nextInt(28) : 51 + r.nextInt(29);
        return new Generated("" + plate(r) + plate(r) + String.format(java.util.Locale.ROOT, "%02d", age) + " "
            + plate(r) + plate(r) + plate(r), IdentifierKind.VEHICLE_REGISTRATION);
      }
      case 12: { // registration shape with an age identifier never issued
        int[] bad = {0, 1, 30, 40, 50, 80, 99};
        return new Generated("" + plate(r) + plate(r) + String.format(java.util.Locale.ROOT, "%02d", bad[r.nextInt(bad.length)])
            + " " + plate(r) + plate(r) + plate(r), null);
      }
      default:
        return new Generated(WORDS[r.nextInt(WORDS.length)], null);
    }
  }

  private static String digits(Random r, int n) {
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      b.append((char) ('0' + r.nextInt(10)));
    }
    return b.toString();
  }

  private static char unit(Random r) {
    return POSTCODE_UNIT.charAt(r.nextInt(POSTCODE_UNIT.length()));
  }

  private static char plate(Random r) {
    return PLATE_LETTERS.charAt(r.nextInt(PLATE_LETTERS.length()));
  }

  /** Independent re-statement of the NHS rule (not the production code). */
  private static int nhsCheck(String nine) {
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (nine.charAt(i) - '0') * (10 - i);
    }
    int check = 11 - sum % 11;
    return check == 11 ? 0 : check;
  }

  /** The digit that makes the number pass Luhn. */
  private static int luhnCheck(String body) {
    int sum = 0;
    boolean twice = true;
    for (int i = body.length() - 1; i >= 0; i--) {
      int d = body.charAt(i) - '0';
      if (twice) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      twice = !twice;
    }
    return (10 - sum % 10) % 10;
  }
}
