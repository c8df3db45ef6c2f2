package io.foilint.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FarOffCellsTest {

  @Test
  void aBlockThatStartsLowDownIsNotFarOff() {
    FarOffCells f = new FarOffCells();
    assertThat(f.isFarOff(300, 0)).isFalse();
    assertThat(f.isFarOff(301, 1)).isFalse();
  }

  @Test
  void aGapOfMoreThan200RowsMakesEverythingBelowFarOff() {
    FarOffCells f = new FarOffCells();
    assertThat(f.isFarOff(0, 0)).isFalse();
    assertThat(f.isFarOff(5, 1)).isFalse();
    assertThat(f.isFarOff(5 + FarOffCells.EMPTY_ROWS + 2, 0)).isTrue();
    assertThat(f.isFarOff(5 + FarOffCells.EMPTY_ROWS + 3, 0)).isTrue();
  }

  @Test
  void exactly200EmptyRowsIsStillTheSameBlock() {
    FarOffCells f = new FarOffCells();
    f.isFarOff(0, 0);
    assertThat(f.isFarOff(FarOffCells.EMPTY_ROWS + 1, 0)).isFalse();
  }

  @Test
  void aCellMoreThan50ColumnsRightOfTheBlockIsFarOff() {
    FarOffCells f = new FarOffCells();
    f.isFarOff(0, 0);
    f.isFarOff(0, 3);
    assertThat(f.isFarOff(1, 3 + FarOffCells.EMPTY_COLUMNS + 2)).isTrue();
    // the far cell did not widen the block
    assertThat(f.isFarOff(2, 3 + FarOffCells.EMPTY_COLUMNS + 2)).isTrue();
    assertThat(f.isFarOff(3, 3 + FarOffCells.EMPTY_COLUMNS)).isFalse();
  }
}
