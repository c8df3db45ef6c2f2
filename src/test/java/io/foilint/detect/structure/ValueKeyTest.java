package io.foilint.detect.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ValueKeyTest {

  @Test
  void sameValueWrittenDifferentlyHasOneKey() {
    assertThat(ValueKey.of("97.0")).isEqualTo(ValueKey.of("97"));
    assertThat(ValueKey.of("3.1019999999999999")).isEqualTo(ValueKey.of("3.102"));
    assertThat(ValueKey.of("2024-11-01T00:00:00")).isEqualTo(ValueKey.of("45597"));
    assertThat(ValueKey.of(" Northmere ")).isEqualTo(ValueKey.of("NORTHMERE"));
    assertThat(ValueKey.of("12")).isEqualTo(ValueKey.of("12.000")).isEqualTo(ValueKey.of("012"));
    assertThat(ValueKey.of("1e3")).isEqualTo(ValueKey.of("1000"));
  }

  @Test
  void differentValuesHaveDifferentKeysAndBlankHasNone() {
    assertThat(ValueKey.of("97")).isNotEqualTo(ValueKey.of("97.5"));
    assertThat(ValueKey.of("Quinn")).isNotEqualTo(ValueKey.of("Quin"));
    assertThat(ValueKey.of("12")).isNotEqualTo(ValueKey.of("t12"));
    assertThat(ValueKey.of("  ")).isZero();
  }
}
