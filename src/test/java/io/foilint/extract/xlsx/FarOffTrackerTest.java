package io.foilint.extract.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FarOffTrackerTest {

  @Test
  void cellsJustBesideThePrintAreaAreNotFarOff() {
    FarOffTracker t = new FarOffTracker(List.of(CellRange.parse("A1:D10")));

    assertThat(t.isFarOff(0, 0)).isFalse();
    assertThat(t.isFarOff(4, 5)).as("F5, two columns right of the print area").isFalse();
    assertThat(t.isFarOff(11, 0)).as("A12, just below it").isFalse();
  }

  @Test
  void cellsFarFromTheDataInUseAreFarOffWithOrWithoutAPrintArea() {
    FarOffTracker withPrintArea = new FarOffTracker(List.of(CellRange.parse("A1:D10")));
    withPrintArea.isFarOff(0, 0);
    assertThat(withPrintArea.isFarOff(5, 200)).as("GS6, 196 columns off").isTrue();
    assertThat(withPrintArea.isFarOff(900, 0)).as("A901, after 890 empty rows").isTrue();

    FarOffTracker without = new FarOffTracker(List.of());
    without.isFarOff(0, 0);
    assertThat(without.isFarOff(5, 200)).isTrue();
  }

  @Test
  void aCellInsideThePrintAreaIsNeverFarOff() {
    FarOffTracker t = new FarOffTracker(List.of(CellRange.parse("A1:D10"), CellRange.parse("A900:B910")));
    t.isFarOff(0, 0);

    assertThat(t.isFarOff(899, 0)).as("A900 is printed").isFalse();
  }
}
