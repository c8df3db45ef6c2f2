package io.foilint.detect.personal.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The synthetic staff list and aggregate table in test-fixtures/csv: simple comma-separated files
 * with no quoting, so split by hand (only extractors may use the CSV library).
 */
class NameShapesFixtureTest {

  private final NameShapes shapes = NameShapes.bundled();

  private static List<String[]> rows(String file) throws IOException {
    return Files.readAllLines(Path.of("test-fixtures/csv", file), StandardCharsets.UTF_8).stream()
        .skip(1)
        .map(line -> line.split(",", -1))
        .toList();
  }

  @Test
  void surnameAndInitialOfEveryStaffRowReadAsSurnameInitials() throws IOException {
    List<String[]> rows = rows("staff-list-visible.csv");
    assertThat(rows).hasSizeGreaterThanOrEqualTo(20);
    for (String[] row : rows) {
      NameMatch m = shapes.match(row[0] + ", " + row[1]);
      // The fixture's surnames are invented, so many are unknown: the shape alone carries them.
      assertThat(m.shape()).as(row[0]).isEqualTo(NameShape.SURNAME_INITIALS);
      assertThat(m.confidence()).as(row[0]).isGreaterThanOrEqualTo(0.45);
    }
  }

  @Test
  void rankLocationUnitAndStaffNumberColumnsAreNotNames() throws IOException {
    for (String[] row : rows("staff-list-visible.csv")) {
      for (int column = 2; column < row.length; column++) {
        assertThat(shapes.match(row[column]).confidence()).as(row[column]).isLessThan(0.35);
      }
    }
  }

  @Test
  void aggregateRankTableHasNoNames() throws IOException {
    for (String[] row : rows("clean-aggregate-counts.csv")) {
      for (String cell : row) {
        assertThat(shapes.match(cell).isName()).as(cell).isFalse();
      }
    }
  }
}
