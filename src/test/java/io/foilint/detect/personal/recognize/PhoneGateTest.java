package io.foilint.detect.personal.recognize;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil.Leniency;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The cheap test before libphonenumber's matcher never turns away a number the matcher keeps. */
class PhoneGateTest {

  private static final String[] NUMBERS = {
    "0161 496 0000", "+44 20 7946 0000", "(0113) 496 0000", "07700 900123", "0800 1111",
    "+44 (0)121 496 0000", "0044 117 496 0000", "01632 960 123", "020-7946-0000", "0117.496.0000",
    "+447700900123", "(01632) 960123", "0300 123 4567",
  };
  private static final String NOISE = "0123456789  --..//()+ax\nTel:";

  @Test
  void everyNumberTheMatcherKeepsPassesTheGate() {
    Random random = new Random(20261206);
    int kept = 0;
    for (int i = 0; i < 20_000; i++) {
      String text = noise(random) + mutate(NUMBERS[random.nextInt(NUMBERS.length)], random) + noise(random);
      if (keptByMatcher(text)) {
        kept++;
        assertTrue(FreeTextScanner.mayHoldPhone(text), () -> "gate turned away: [" + text + "]");
      }
    }
    assertTrue(kept > 5_000, "the generated texts must hold numbers the matcher keeps: " + kept);
  }

  @Test
  void pagesOfFiguresAndDatesAreTurnedAway() {
    assertFalse(FreeTextScanner.mayHoldPhone(
        "Year 2019 2020 2021 2022 Total 1,234 5,678 9,101 12 45 78 in 2020 there were 1520 stops"));
    assertFalse(FreeTextScanner.mayHoldPhone("Table 3: 10 20 30 40 50 60 70 80 90 100 (see note 4)"));
    assertFalse(FreeTextScanner.mayHoldPhone("Received 12 March 2024, answered 10 April 2024 (day 20)"));
  }

  @Test
  void aRunLongerThanOneCandidateGroupAlwaysGoesToTheMatcher() {
    assertTrue(FreeTextScanner.mayHoldPhone("id 123456789012345678901234 end"));
  }

  /** The matcher as {@code FreeTextScanner.phones} uses it, without the gate. */
  private static boolean keptByMatcher(String text) {
    for (PhoneNumberMatch m :
        PhoneNumbers.util().findNumbers(text, "GB", Leniency.POSSIBLE, Long.MAX_VALUE)) {
      char first = m.rawString().charAt(0);
      if ((first == '0' || first == '+' || first == '(') && PhoneNumbers.acceptable(m.number())) {
        return true;
      }
    }
    return false;
  }

  private static String noise(Random random) {
    StringBuilder b = new StringBuilder();
    for (int i = random.nextInt(12); i > 0; i--) {
      b.append(NOISE.charAt(random.nextInt(NOISE.length())));
    }
    return b.toString();
  }

  /** Separators swapped, dropped or doubled, as people type them. */
  private static String mutate(String number, Random random) {
    StringBuilder b = new StringBuilder();
    for (char c : number.toCharArray()) {
      if (c == ' ' || c == '-' || c == '.') {
        int r = random.nextInt(6);
        b.append(r == 0 ? "" : r == 1 ? "-" : r == 2 ? "  " : r == 3 ? "." : " ");
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
