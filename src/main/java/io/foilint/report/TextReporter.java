package io.foilint.report;

import io.foilint.detect.About;
import io.foilint.detect.BuiltInDetectors;
import io.foilint.detect.Finding;
import io.foilint.detect.Severity;
import io.foilint.scan.FileReport;
import io.foilint.scan.ScanReport;
import io.foilint.verdict.Verdict;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;

/**
 * The report a disclosure officer reads: per file its verdict, then each finding with where it
 * is, what was found (masked), and how to fix it: findings about the content first, then, under
 * "Not inspected", those about what foilint could not read ({@link About}), so the BLOCKs about
 * the data stand out. INFO findings are listed last, briefly. Every
 * piece of text is written through {@link Printable#escape}: one line of the report is one line
 * on the terminal.
 */
public final class TextReporter implements Reporter {

  @Override
  public void write(ScanReport report, Writer w) throws IOException {
    PrintWriter out = new PrintWriter(w);
    for (FileReport f : report.files()) {
      out.printf("%-6s %s  (%s)%n", f.verdict(), shown(f.path()), shown(f.type().description()));
      List<Finding> actions = f.findings().stream().filter(x -> x.severity() != Severity.INFO).toList();
      for (Finding x : actions) {
        if (BuiltInDetectors.about(x.rule()) == About.CONTENT) {
          writeFinding(out, x);
        }
      }
      List<Finding> notInspected = actions.stream()
          .filter(x -> BuiltInDetectors.about(x.rule()) == About.INSPECTION).toList();
      if (!notInspected.isEmpty()) {
        out.printf("  %s%n", NOT_INSPECTED);
        notInspected.forEach(x -> writeFinding(out, x));
      }
      long info = f.findings().stream().filter(x -> x.severity() == Severity.INFO).count();
      if (info > 0) {
        out.printf("  also noted (no action needed): %s%n", shown(infoSummary(f)));
      }
      if (f.verdict() == Verdict.PASS && info == 0) {
        out.println("  nothing found that a reader cannot see");
      }
      out.println();
    }
    out.printf(
        "foilint %s: %d file%s — %d BLOCK, %d REVIEW, %d PASS. Overall: %s%n",
        shown(report.toolVersion()),
        report.files().size(),
        report.files().size() == 1 ? "" : "s",
        report.count(Verdict.BLOCK),
        report.count(Verdict.REVIEW),
        report.count(Verdict.PASS),
        report.verdict());
    out.flush();
  }

  /** The heading of the findings about what foilint could not inspect, after those about content. */
  static final String NOT_INSPECTED = "Not inspected (foilint could not read these; check them by hand):";

  private static void writeFinding(PrintWriter out, Finding x) {
    String where = shown(x.location().toString());
    out.printf("  [%s] %s%s%n", x.severity().id().toUpperCase(java.util.Locale.ROOT), shown(x.rule()),
        where.isEmpty() ? "" : "  at " + where);
    out.printf("      %s%n", shown(x.message()));
    if (!x.evidence().isEmpty()) {
      out.printf("      evidence (masked): %s%n", shown(x.evidence()));
    }
    if (!x.fix().isEmpty()) {
      out.printf("      fix: %s%n", shown(x.fix()));
    }
  }

  /**
   * Text from a scanned file (paths, entry, sheet and other names inside messages) goes to a
   * terminal: every control, escape and bidi character is shown escaped, so no name can erase a
   * line or print a verdict of its own.
   */
  private static String shown(String s) {
    return Printable.escape(s);
  }

  private static String infoSummary(FileReport f) {
    java.util.Map<String, Long> byRule = new java.util.TreeMap<>();
    f.findings().stream()
        .filter(x -> x.severity() == Severity.INFO)
        .forEach(x -> byRule.merge(x.rule(), 1L, Long::sum));
    StringBuilder sb = new StringBuilder();
    byRule.forEach((rule, n) -> sb.append(sb.length() == 0 ? "" : ", ").append(rule)
        .append(n > 1 ? " ×" + n : ""));
    return sb + " (see --format json)";
  }
}
