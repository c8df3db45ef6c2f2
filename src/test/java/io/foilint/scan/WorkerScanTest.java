package io.foilint.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.extract.Limits;
import io.foilint.report.CsvReporter;
import io.foilint.report.HtmlReporter;
import io.foilint.report.JsonReporter;
import io.foilint.report.Reporter;
import io.foilint.report.SarifReporter;
import io.foilint.report.TextReporter;
import io.foilint.verdict.Policy;
import io.foilint.verdict.Verdict;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading in worker processes changes nothing in a report, and a file that kills its worker
 * costs that file only: it is BLOCK, the worker is replaced, the batch goes on.
 */
class WorkerScanTest {

  @TempDir Path dir;

  private static final Map<String, Reporter> FORMATS = Map.of(
      "text", new TextReporter(), "json", new JsonReporter(), "sarif", new SarifReporter(),
      "html", new HtmlReporter(), "csv", new CsvReporter());

  private static String render(Reporter reporter, ScanReport report) throws Exception {
    StringWriter out = new StringWriter();
    try (PrintWriter w = new PrintWriter(out)) {
      reporter.write(report, w);
    }
    return out.toString();
  }

  @Test
  @Timeout(value = 600, unit = TimeUnit.SECONDS)
  void everyReportFormatIsTheSameInWorkerProcessesAsInProcess() throws Exception {
    List<Path> inputs = List.of(Path.of("test-fixtures"),
        Path.of("test-fixtures", "rtf", "table-named-people-ni.rtf"));
    List<FileReport> here = new ArrayList<>();
    int inspectedHere = new ScanEngine(Limits.DEFAULT, Policy.DEFAULT, 1).scan(inputs, here::add);
    List<FileReport> there = new ArrayList<>();
    int inspectedThere;
    try (WorkerPool pool = new WorkerPool(2, 512, Limits.DEFAULT, null)) {
      inspectedThere = new ScanEngine(Limits.DEFAULT, Policy.DEFAULT).inWorkers(pool)
          .scan(inputs, there::add);
    }
    assertThat(inspectedThere).isEqualTo(inspectedHere).isPositive();
    assertThat(there).hasSizeGreaterThan(150).isEqualTo(here);
    ScanReport a = new ScanReport("test", here);
    ScanReport b = new ScanReport("test", there);
    for (Map.Entry<String, Reporter> f : FORMATS.entrySet()) {
      assertThat(render(f.getValue(), b)).as(f.getKey()).isEqualTo(render(f.getValue(), a));
    }
  }

  @Test
  @Timeout(value = 300, unit = TimeUnit.SECONDS)
  void aFileThatKillsItsWorkerIsBlockAndTheBatchGoesOn() throws Exception {
    Path batch = Files.createDirectories(dir.resolve("batch"));
    String clean = "district,count\nNorthmere,12\nSouthmere,9\n";
    Files.writeString(batch.resolve("a-clean.csv"), clean);
    Files.writeString(batch.resolve("b-heap.csv"), KillingWorkerMain.MARKER + "heap\n" + clean);
    Files.writeString(batch.resolve("c-clean.csv"), clean);
    Files.writeString(batch.resolve("d-halt.csv"), KillingWorkerMain.MARKER + "halt\n" + clean);
    Files.writeString(batch.resolve("e-clean.csv"), clean);
    Files.writeString(batch.resolve("f-freeze.csv"), KillingWorkerMain.MARKER + "freeze\n" + clean);
    Files.writeString(batch.resolve("g-clean.csv"), clean);
    // room for a cold worker (every death means a new JVM loading the readers) on a busy machine:
    // a clean file must never time out here; the frozen worker costs limit + 2 s + margin
    Limits limits = Limits.DEFAULT.withTimePerFile(Duration.ofSeconds(10));
    List<FileReport> reports = new ArrayList<>();
    // one worker: every death must be replaced for the batch to finish
    try (WorkerPool pool = new WorkerPool(1, 256, limits, null, KillingWorkerMain.class.getName(),
        List.of(), 5_000)) {
      int inspected = new ScanEngine(limits, Policy.DEFAULT).inWorkers(pool).scan(List.of(batch), reports::add);
      assertThat(inspected).as("files inspected; reports: %s", reports).isEqualTo(4);
    }
    assertThat(reports).extracting(r -> r.path().substring(batch.toString().length() + 1))
        .containsExactly("a-clean.csv", "b-heap.csv", "c-clean.csv", "d-halt.csv", "e-clean.csv",
            "f-freeze.csv", "g-clean.csv");
    for (FileReport r : reports) {
      boolean killer = !r.path().contains("clean");
      assertThat(r.verdict()).as(r.path()).isEqualTo(killer ? Verdict.BLOCK : Verdict.PASS);
      if (killer) {
        assertThat(r.findings()).singleElement().satisfies(f -> {
          assertThat(f.rule()).isEqualTo("unreadable-file");
          assertThat(f.message()).startsWith("Not inspected (the reader crashed on this file): ");
        });
      }
    }
    assertThat(message(reports, 1)).contains("ran out of memory (each worker may use 256 MB)");
    assertThat(message(reports, 3)).contains("ended abruptly (exit code 70)");
    assertThat(message(reports, 5)).contains("stopped answering");
  }

  private static String message(List<FileReport> reports, int i) {
    return reports.get(i).findings().get(0).message();
  }
}
