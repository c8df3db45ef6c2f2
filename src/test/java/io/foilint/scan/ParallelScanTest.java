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
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Scanning several files at once changes nothing in a report: every format, byte for byte, in the
 * same order, whatever the number of jobs — over every fixture, hostile ones and bundles included.
 */
class ParallelScanTest {

  private static final Map<String, Reporter> FORMATS = Map.of(
      "text", new TextReporter(), "json", new JsonReporter(), "sarif", new SarifReporter(),
      "html", new HtmlReporter(), "csv", new CsvReporter());

  private static ScanReport scan(int jobs, List<Path> inputs) throws Exception {
    List<FileReport> files = new ArrayList<>();
    int inspected = new ScanEngine(Limits.DEFAULT, Policy.DEFAULT, jobs).scan(inputs, files::add);
    assertThat(inspected).isPositive();
    return new ScanReport("test", files);
  }

  private static String render(Reporter reporter, ScanReport report) throws Exception {
    StringWriter out = new StringWriter();
    try (PrintWriter w = new PrintWriter(out)) {
      reporter.write(report, w);
    }
    return out.toString();
  }

  @Test
  void everyReportFormatIsTheSameWithOneJobAndWithFour() throws Exception {
    // a folder, then single files given after it, as a command line mixes them
    List<Path> inputs = List.of(Path.of("test-fixtures"), Path.of("test-fixtures", "csv"),
        Path.of("test-fixtures", "rtf", "table-named-people-ni.rtf"));
    ScanReport one = scan(1, inputs);
    ScanReport four = scan(4, inputs);
    assertThat(four.files()).hasSameSizeAs(one.files()).hasSizeGreaterThan(150);
    assertThat(four.files().stream().map(FileReport::path).toList())
        .isEqualTo(one.files().stream().map(FileReport::path).toList());
    for (Map.Entry<String, Reporter> f : FORMATS.entrySet()) {
      assertThat(render(f.getValue(), four)).as(f.getKey()).isEqualTo(render(f.getValue(), one));
    }
  }
}
