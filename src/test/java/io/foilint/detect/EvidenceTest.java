package io.foilint.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EvidenceTest {

  @Test
  void masksNamesKeepingInitials() {
    assertThat(Evidence.mask("Smith J.")).isEqualTo("S**** J.");
    assertThat(Evidence.mask("Niamh Quenby")).isEqualTo("N**** Q*****");
  }

  @Test
  void masksCodesKeepingTheirShape() {
    assertThat(Evidence.mask("AB123456C")).isEqualTo("AB******C");
    assertThat(Evidence.mask("943 476 5919")).isEqualTo("### ### ####");
  }

  @Test
  void masksEmailAddresses() {
    assertThat(Evidence.mask("j.quenby@example.police.uk"))
        .isEqualTo("j.q*****@e******.p*****.u*")
        .doesNotContain("quenby");
  }

  @Test
  void truncatesLongValuesAndNormalisesSpace() {
    String masked = Evidence.mask("word ".repeat(40));
    assertThat(masked).endsWith("…").hasSizeLessThanOrEqualTo(61);
    assertThat(Evidence.mask("  a\n\tb ")).isEqualTo("a b");
  }

  @Test
  void samplesSkipBlanksAndStopAtMax() {
    assertThat(Evidence.samples(List.of("", "Hartwell", " ", "Pellow", "Marchbank"), 2))
        .isEqualTo("H*******; P*****");
  }
}
