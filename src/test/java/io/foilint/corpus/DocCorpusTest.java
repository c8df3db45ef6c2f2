package io.foilint.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.extract.Limits;
import io.foilint.scan.FileReport;
import io.foilint.scan.ScanEngine;
import io.foilint.testing.Corpus;
import io.foilint.verdict.Policy;
import io.foilint.verdict.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Word 97-2003 file of the third-party corpus ({@code doc/}) through the whole engine: each
 * gets a verdict, none is left unsupported because it is a .doc (only Word 6.0/95 files and files
 * that are not Word documents may be), nothing escapes, nothing hangs. Prints each file's time
 * and verdict. Skips, saying so, when the corpus is absent.
 */
class DocCorpusTest {

  @Test
  void everyDocGetsAVerdict() throws IOException {
    Path dir = Corpus.root().resolve("doc");
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    }
    ScanEngine engine =
        new ScanEngine(Limits.DEFAULT.withTimePerFile(Duration.ofSeconds(60)), Policy.DEFAULT);
    int notRead = 0;
    for (Path f : files) {
      long t = System.nanoTime();
      List<FileReport> r = engine.scan(List.of(f));
      long ms = (System.nanoTime() - t) / 1_000_000;
      assertThat(r).as(f.toString()).hasSize(1);
      FileReport report = r.get(0);
      assertThat(report.verdict()).as(f.toString()).isIn(Verdict.PASS, Verdict.REVIEW, Verdict.BLOCK);
      boolean unreadable = report.findings().stream()
          .anyMatch(x -> x.rule().equals("unreadable-file") && x.location().toString().isEmpty());
      if (unreadable) {
        notRead++;
        // only pre-97 Word and files typed as something else are refused
        assertThat(report.findings().stream().filter(x -> x.rule().equals("unreadable-file"))
            .map(x -> x.message()).toList())
            .as(f.toString())
            .allMatch(m -> m.contains("Word 6.0/95") || m.contains("cannot inspect")
                || m.contains("damaged"));
      }
      System.out.printf(Locale.ROOT, "doc-corpus\t%s\t%s\t%d ms%n", f.getFileName(), report.verdict(), ms);
    }
    System.out.printf(Locale.ROOT, "doc-corpus: %d files, %d not read%n", files.size(), notRead);
    assertThat(notRead).as("files not read").isLessThanOrEqualTo(20);
  }
}
