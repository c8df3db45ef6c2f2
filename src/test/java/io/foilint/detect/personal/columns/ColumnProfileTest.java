package io.foilint.detect.personal.columns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ColumnProfileTest {

  @Test
  void countsValuesAndDistinctValuesExactlyWhenFew() {
    ColumnProfile p = new ColumnProfile(2, "Station");
    for (int i = 0; i < 900; i++) {
      p.offer(new String[] {"Northgate", "Riverside", "Eastfield"}[i % 3]);
    }
    p.offer("  ");
    assertThat(p.count()).isEqualTo(900);
    assertThat(p.distinct()).isEqualTo(3);
    assertThat(p.distinctness()).isLessThan(0.01);
    assertThat(p.headerMatch()).map(HeaderVocabulary.HeaderMatch::category).contains(Category.WORK_LOCATION);
  }

  @Test
  void estimatesManyDistinctValuesWithinAFewPercent() {
    ColumnProfile p = new ColumnProfile(0, "Staff number");
    for (int i = 0; i < 300_000; i++) {
      p.offer("FX" + (900000 + i));
    }
    assertThat((double) p.distinct()).isCloseTo(300_000, within(300_000 * 0.05));
    assertThat(p.distinctness()).isGreaterThan(0.9);
  }

  @Test
  void sampleIsBoundedAndDeterministic() {
    ColumnProfile a = new ColumnProfile(0, "Surname");
    ColumnProfile b = new ColumnProfile(0, "Surname");
    for (int i = 0; i < 50_000; i++) {
      a.offer("v" + i);
      b.offer("v" + i);
    }
    assertThat(a.sample()).hasSize(ColumnProfile.SAMPLE_SIZE).isEqualTo(b.sample());
    // a reservoir, not the first values: later rows are represented
    assertThat(a.sample().stream().mapToInt(v -> Integer.parseInt(v.substring(1))).max().getAsInt())
        .isGreaterThan(10_000);
  }

  @Test
  void hugeValuesAreCutBeforeTheyAreKept() {
    ColumnProfile p = new ColumnProfile(0, "Notes");
    p.offer("x".repeat(5_000_000));
    assertThat(p.sample().get(0)).hasSize(ColumnProfile.MAX_VALUE_LENGTH);
  }

  @Test
  void exactCountingSwitchesToTheSketchSeamlessly() {
    DistinctCounter c = new DistinctCounter();
    for (int i = 0; i < DistinctCounter.EXACT_LIMIT; i++) {
      c.add("x" + i);
    }
    assertThat(c.count()).isEqualTo(DistinctCounter.EXACT_LIMIT);
    for (int i = 0; i < 10; i++) {
      c.add("y" + i);
    }
    assertThat((double) c.count()).isCloseTo(DistinctCounter.EXACT_LIMIT + 10, within(DistinctCounter.EXACT_LIMIT * 0.05));
  }
}
