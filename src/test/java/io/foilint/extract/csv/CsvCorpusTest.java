package io.foilint.extract.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.ExtractionException;
import io.foilint.extract.ExtractionException.Reason;
import io.foilint.model.Cell;
import io.foilint.testing.Corpus;
import io.foilint.testing.RecordingHandler;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The CSV files of the shared corpus (csv-spectrum, commons-csv, Tika). */
class CsvCorpusTest {

  /** Genuinely malformed: a backslash-escaped quote leaves a quoted field open to the end. */
  private static final Set<String> BROKEN = Set.of("commonscsv__CSV-141_csv-141.csv");

  private static RecordingHandler extract(Path file) throws Exception {
    RecordingHandler h = new RecordingHandler();
    new CsvExtractor().extract(file, ExtractionContext.standalone(), h);
    return h;
  }

  private static String value(RecordingHandler h, String ref) {
    return h.tables.get(0).cell(ref).map(Cell::value).orElse(null);
  }

  @Test
  void everyCsvFileGoesThrough() throws Exception {
    List<Path> files;
    try (Stream<Path> s = Files.list(Corpus.root().resolve("csv"))) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    }
    assertThat(files).isNotEmpty();
    for (Path f : files) {
      String name = f.getFileName().toString();
      if (BROKEN.contains(name)) {
        try {
          extract(f);
          throw new AssertionError(name + " should be reported as corrupt");
        } catch (ExtractionException e) {
          assertThat(e.reason()).isEqualTo(Reason.CORRUPT);
          assertThat(e.getMessage()).contains("line 3");
        }
      } else {
        RecordingHandler h = extract(f);
        assertThat(h.tables).as(name).hasSize(1);
        assertThat(h.tables.get(0).rows()).as(name).isNotEmpty();
      }
    }
  }

  @Test
  void quotesAndNewlines() throws Exception {
    RecordingHandler h = extract(Corpus.file("csv/csvspectrum__quotes_and_newlines.csv"));
    assertThat(value(h, "B2")).isEqualTo("ha \n\"ha\" \nha");
    assertThat(value(h, "A3")).isEqualTo("3");
  }

  @Test
  void utf8() throws Exception {
    Path f = Corpus.file("csv/csvspectrum__utf8.csv");
    assertThat(CsvDialect.detect(f).charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(value(extract(f), "C3")).isEqualTo("ʤ");
  }

  @Test
  void bomIsSkipped() throws Exception {
    Path f = Corpus.file("csv/commonscsv__CSVFileParser_bom.csv");
    assertThat(CsvDialect.detect(f).bomLength()).isEqualTo(3);
    assertThat(value(extract(f), "A1")).isEqualTo("Date");
  }

  @Test
  void tabSeparated() throws Exception {
    Path f = Corpus.file("csv/commonscsv__CSV-290_psql.tsv");
    assertThat(CsvDialect.detect(f).delimiter()).isEqualTo('\t');
    assertThat(value(extract(f), "C3")).isEqualTo("b,c,d");
  }

  @Test
  void escapedQuotesAndEmptyFields() throws Exception {
    assertThat(value(extract(Corpus.file("csv/csvspectrum__escaped_quotes.csv")), "B2")).isEqualTo("ha \"ha\" ha");
    RecordingHandler empty = extract(Corpus.file("csv/csvspectrum__empty.csv"));
    assertThat(value(empty, "A2")).isEqualTo("1");
    assertThat(value(empty, "B2")).isNull();
  }
}
