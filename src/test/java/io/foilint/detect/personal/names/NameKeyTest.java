package io.foilint.detect.personal.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeyTest {

  @Test
  void foldsCaseAccentsAndApostrophes() {
    assertThat(NameKey.of("O'Brien")).isEqualTo("obrien");
    assertThat(NameKey.of("O’Brien")).isEqualTo("obrien");
    assertThat(NameKey.of("ÓBRIAIN")).isEqualTo("obriain");
    assertThat(NameKey.of("Siobhán")).isEqualTo("siobhan");
    assertThat(NameKey.of("Søren")).isEqualTo("soren");
    assertThat(NameKey.of("Wiśniewski")).isEqualTo("wisniewski");
  }

  @Test
  void rejectsWhatCannotBeAName() {
    assertThat(NameKey.of("J")).isNull();
    assertThat(NameKey.of("AB12")).isNull();
    assertThat(NameKey.of("Smith-Jones")).as("hyphens are split by the caller").isNull();
    assertThat(NameKey.of("王伟")).isNull();
    assertThat(NameKey.of("")).isNull();
  }
}
