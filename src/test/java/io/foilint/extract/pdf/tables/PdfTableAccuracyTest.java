package io.foilint.extract.pdf.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.foilint.testing.Corpus;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Holds the PDF table finder to the accuracy measured when it was written (see
 * {@code io.foilint.bench.PdfTableAccuracy} for the figures as a table). Thresholds sit a little
 * below the measured values so a real regression fails and noise does not.
 */
class PdfTableAccuracyTest {

  @TempDir Path dir;

  @Test
  void findsEveryGeneratedTableCellForCellAndNothingInProse() throws Exception {
    List<TableAccuracy.Case> cases = TableAccuracy.generated(dir);
    TableAccuracy.Score s = TableAccuracy.score(cases).get("generated");

    // measured: 9 of 9 tables, 197 of 197 cells, no table on the 4 prose pages
    assertThat(s.expectedTables).isEqualTo(9);
    assertThat(s.tableRecall()).isEqualTo(1.0);
    assertThat(s.tablePrecision()).isEqualTo(1.0);
    assertThat(s.cellRecall()).isGreaterThanOrEqualTo(0.98);
    assertThat(s.cellPrecision()).isGreaterThanOrEqualTo(0.98);
  }

  @Test
  void findsTheHandLabelledCorpusTables() throws Exception {
    assumeTrue(Corpus.present(), "shared corpus absent");
    List<TableAccuracy.Case> cases = TableAccuracy.corpus(Corpus.root());
    assumeTrue(!cases.isEmpty(), "labelled corpus files absent");
    Map<String, TableAccuracy.Score> scores = TableAccuracy.score(cases);
    TableAccuracy.Score s = scores.get("corpus");

    // measured: 8 of 8 tables and 240 of 240 cells found; one false table (an equation matrix
    // beside prose, tika__testJournalParser.pdf page 7) gives table precision 0.889, cell 0.892
    assertThat(s.tableRecall()).isGreaterThanOrEqualTo(0.95);
    assertThat(s.cellRecall()).isGreaterThanOrEqualTo(0.95);
    assertThat(s.tablePrecision()).isGreaterThanOrEqualTo(0.85);
    assertThat(s.cellPrecision()).isGreaterThanOrEqualTo(0.85);
  }

  @Test
  void scoringCountsAMisplacedCellAsAMiss() {
    List<List<List<String>>> expected = List.of(List.of(List.of("a", "b"), List.of("c", "d")));
    io.foilint.testing.RecordingHandler out = new io.foilint.testing.RecordingHandler();
    out.startTable(new io.foilint.model.TableStart(io.foilint.model.TableOrigin.PDF_PAGE, "page 1 table 1",
        io.foilint.model.Location.of("page 1"), io.foilint.model.Visibility.VISIBLE));
    out.row(new io.foilint.model.Row(0, io.foilint.model.Visibility.VISIBLE, List.of(
        new io.foilint.model.Cell("A1", 0, "a", io.foilint.model.Visibility.VISIBLE),
        new io.foilint.model.Cell("B1", 1, "b", io.foilint.model.Visibility.VISIBLE))));
    out.row(new io.foilint.model.Row(1, io.foilint.model.Visibility.VISIBLE, List.of(
        new io.foilint.model.Cell("B2", 1, "c  ", io.foilint.model.Visibility.VISIBLE))));
    out.endTable();

    TableAccuracy.Score s = TableAccuracy.scorePage(expected, out.tables);

    assertThat(s.matchedTables).isEqualTo(1);
    assertThat(s.matchedCells).isEqualTo(2);
    assertThat(s.cellRecall()).isEqualTo(0.5);
    assertThat(s.cellPrecision()).isEqualTo(2.0 / 3);
  }
}
