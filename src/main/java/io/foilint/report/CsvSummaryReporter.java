package io.foilint.report;

import io.foilint.detect.Finding;
import io.foilint.detect.Severity;
import io.foilint.scan.FileReport;
import io.foilint.scan.Inspection;
import io.foilint.scan.ScanReport;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * One row per file, for a tracking log of a bundle ({@code --format csv-summary}):
 * {@code path,type,verdict,size,sha256,inspection,inspection_reason,findings,block,review,info,
 * waived,rules}. {@code rules} lists the rule ids found, space-separated and sorted. The same
 * CSV conventions as {@link CsvReporter}: UTF-8 byte-order mark, CRLF, RFC 4180 quoting, controls
 * escaped, fields Excel would run as formulas defused.
 */
public final class CsvSummaryReporter implements Reporter {

  static final List<String> HEADER = List.of("path", "type", "verdict", "size", "sha256", "inspection",
      "inspection_reason", "findings", "block", "review", "info", "waived", "rules");

  @Override
  public void write(ScanReport report, Writer out) throws IOException {
    out.write(CsvReporter.BOM);
    CsvReporter.writeRow(out, HEADER);
    for (FileReport f : report.files()) {
      Inspection inspection = f.inspection();
      TreeSet<String> rules = new TreeSet<>();
      f.findings().forEach(x -> rules.add(x.rule()));
      CsvReporter.writeRow(out, List.of(
          f.path(),
          f.type().name().toLowerCase(Locale.ROOT),
          f.verdict().name(),
          f.size() < 0 ? "" : Long.toString(f.size()),
          f.sha256() == null ? "" : f.sha256(),
          inspection.status(),
          inspection.reason(),
          Integer.toString(f.findings().size()),
          count(f, Severity.BLOCK),
          count(f, Severity.REVIEW),
          count(f, Severity.INFO),
          Long.toString(f.findings().stream().filter(Finding::waived).count()),
          String.join(" ", rules)));
    }
    out.flush();
  }

  private static String count(FileReport f, Severity s) {
    return Long.toString(f.findings().stream().filter(x -> x.severity() == s).count());
  }
}
