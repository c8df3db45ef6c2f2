package io.foilint.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.model.Cell;
import io.foilint.model.Row;
import io.foilint.model.Visibility;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeaderRowRecognizerTest {

  private static Row row(String... values) {
    List<Cell> cells = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      cells.add(new Cell(String.valueOf((char) ('A' + i)) + "1", i, values[i], Visibility.VISIBLE));
    }
    return new Row(0, Visibility.VISIBLE, cells);
  }

  @Test
  void twoOrMoreLabelsAreAHeader() {
    assertThat(HeaderRowRecognizer.isHeader(row("Surname", "Forename", "Date of birth"))).isTrue();
    assertThat(HeaderRowRecognizer.isHeader(row("Ward", "Victims"))).isTrue();
  }

  @Test
  void aRowWithANumberIsData() {
    assertThat(HeaderRowRecognizer.isHeader(row("Northmere", "41"))).isFalse();
    assertThat(HeaderRowRecognizer.isHeader(row("Year", "1,234"))).isFalse();
    assertThat(HeaderRowRecognizer.isHeader(row("Rate", "12.5%"))).isFalse();
    assertThat(HeaderRowRecognizer.isHeader(row("Value", "1E+05"))).isFalse();
  }

  @Test
  void oneCellIsATitleNotAHeader() {
    assertThat(HeaderRowRecognizer.isHeader(row("Hate crimes by ward, 2023"))).isFalse();
    assertThat(HeaderRowRecognizer.isTitle(row("Hate crimes by ward, 2023"))).isTrue();
    assertThat(HeaderRowRecognizer.isTitle(row("2023"))).isFalse();
    assertThat(HeaderRowRecognizer.isTitle(row("Ward", "Victims"))).isFalse();
  }

  @Test
  void wordsJavaWouldParseAreStillLabels() {
    // Double.parseDouble reads these as numbers; a spreadsheet header does not
    assertThat(HeaderRowRecognizer.isNumberLike("NaN")).isFalse();
    assertThat(HeaderRowRecognizer.isNumberLike("Infinity")).isFalse();
    assertThat(HeaderRowRecognizer.isNumberLike("2d")).isFalse();
    assertThat(HeaderRowRecognizer.isHeader(row("NaN", "Infinity"))).isTrue();
    assertThat(HeaderRowRecognizer.isNumberLike("-3.0")).isTrue();
  }

  @Test
  void aOneColumnLabelHasNoNumbers() {
    assertThat(HeaderRowRecognizer.noNumbers(row("Unit"))).isTrue();
    assertThat(HeaderRowRecognizer.noNumbers(row("17"))).isFalse();
    assertThat(HeaderRowRecognizer.noNumbers(new Row(0, Visibility.VISIBLE, List.of()))).isFalse();
  }
}
