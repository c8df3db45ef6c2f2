package io.foilint.report;

import io.foilint.detect.About;
import io.foilint.detect.BuiltInDetectors;
import io.foilint.detect.Finding;
import io.foilint.detect.RuleInfo;
import io.foilint.detect.Severity;
import io.foilint.scan.FileReport;
import io.foilint.scan.ScanReport;
import io.foilint.verdict.Verdict;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;

/**
 * One self-contained HTML page an FOI officer can open in a browser or attach to a ticket: a
 * summary of verdicts, then per file its verdict and a table of findings (severity, rule, where,
 * what, masked evidence, how to fix) about the content, then under "Not inspected" those about
 * what foilint could not read ({@link About}), with notes that need no action folded under a
 * {@code <details>}.
 *
 * <p>The page has inline CSS only: no script, no external resource, and a Content-Security-Policy
 * that forbids both, since it is opened from e-mails and tickets. Every piece of text from a file
 * (paths, sheet names, messages) is HTML-escaped. Rule names link to {@code docs/rules/<id>.md},
 * relative to the page.
 */
public final class HtmlReporter implements Reporter {

  private static final String STYLE =
      """
      body{font-family:system-ui,"Segoe UI",Roboto,Arial,sans-serif;margin:2em;color:#1b1b1b;line-height:1.4}
      h1{font-size:1.6em;margin-bottom:.3em}
      h2{font-size:1.15em;margin:1.6em 0 .2em;overflow-wrap:anywhere}
      h3{font-size:1em;margin:1em 0 .2em}
      table{border-collapse:collapse;margin:.4em 0 1em}
      table.findings{width:100%}
      th,td{border:1px solid #c8c8c8;padding:.3em .5em;text-align:left;vertical-align:top}
      th{background:#f0f0f0}
      code{font-family:ui-monospace,Consolas,monospace;overflow-wrap:anywhere}
      td.rule{white-space:nowrap}
      .badge{display:inline-block;min-width:4.5em;text-align:center;padding:.1em .4em;border-radius:.3em;font-weight:bold;color:#fff}
      .BLOCK{background:#b3261e}.REVIEW{background:#9a5b00}.PASS{background:#2e7d32}
      .sev-block{color:#b3261e;font-weight:bold}.sev-review{color:#9a5b00;font-weight:bold}.sev-info{color:#555}
      .type,.note{color:#555;margin:0 0 .4em}
      details{margin:.2em 0 1em}summary{cursor:pointer;color:#555}
      """;

  @Override
  public void write(ScanReport report, Writer w) throws IOException {
    PrintWriter out = new PrintWriter(w);
    out.print("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.print("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        + "style-src 'unsafe-inline'\">\n");
    out.print("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.print("<title>foilint report: " + report.verdict() + "</title>\n");
    out.print("<style>\n" + STYLE + "</style>\n</head>\n<body>\n");
    writeSummary(out, report);
    for (FileReport f : report.files()) {
      writeFile(out, f);
    }
    out.print("</body>\n</html>\n");
    out.flush();
  }

  private static void writeSummary(PrintWriter out, ScanReport report) {
    out.print("<h1>foilint report</h1>\n");
    out.print("<p>Overall verdict: " + badge(report.verdict()) + "</p>\n");
    out.print("<table class=\"summary\">\n<thead><tr><th>Verdict</th><th>Files</th></tr></thead>\n<tbody>\n");
    for (Verdict v : List.of(Verdict.BLOCK, Verdict.REVIEW, Verdict.PASS)) {
      out.print("<tr><td>" + badge(v) + "</td><td>" + report.count(v) + "</td></tr>\n");
    }
    out.print("<tr><th>Total</th><td>" + report.files().size() + "</td></tr>\n</tbody>\n</table>\n");
    out.print("<p class=\"note\">foilint " + Html.escape(report.toolVersion())
        + ". BLOCK: do not release as it is. REVIEW: an officer should look before release."
        + " Evidence is masked; the location says where to find it in the file.</p>\n");
  }

  private static void writeFile(PrintWriter out, FileReport f) {
    out.print("<section>\n<h2>" + badge(f.verdict()) + " <code>" + Html.escape(f.path()) + "</code></h2>\n");
    out.print("<p class=\"type\">" + Html.escape(f.type().description()) + "</p>\n");
    List<Finding> actions = f.findings().stream()
        .filter(x -> x.severity() != Severity.INFO && BuiltInDetectors.about(x.rule()) == About.CONTENT).toList();
    List<Finding> notInspected = f.findings().stream()
        .filter(x -> x.severity() != Severity.INFO && BuiltInDetectors.about(x.rule()) == About.INSPECTION).toList();
    List<Finding> notes = f.findings().stream().filter(x -> x.severity() == Severity.INFO).toList();
    if (!actions.isEmpty()) {
      writeTable(out, actions);
    }
    if (!notInspected.isEmpty()) {
      out.print("<h3>Not inspected</h3>\n<p class=\"note\">foilint could not read these; check them by hand."
          + "</p>\n");
      writeTable(out, notInspected);
    }
    if (!notes.isEmpty()) {
      out.print("<details>\n<summary>" + notes.size() + (notes.size() == 1 ? " note" : " notes")
          + " (no action needed)</summary>\n");
      writeTable(out, notes);
      out.print("</details>\n");
    }
    if (f.findings().isEmpty()) {
      out.print("<p>Nothing found that a reader cannot see.</p>\n");
    }
    out.print("</section>\n");
  }

  private static void writeTable(PrintWriter out, List<Finding> findings) {
    out.print("<table class=\"findings\">\n<thead><tr><th>Severity</th><th>Rule</th><th>Location</th>"
        + "<th>What was found</th><th>Evidence (masked)</th><th>How to fix</th></tr></thead>\n<tbody>\n");
    for (Finding x : findings) {
      String where = x.location().toString();
      out.print("<tr><td class=\"sev-" + x.severity().id() + "\">" + x.severity().id() + "</td>"
          + "<td class=\"rule\"><a href=\"" + Html.escape(docPath(x.rule())) + "\">" + Html.escape(x.rule()) + "</a></td>"
          + "<td>" + (where.isEmpty() ? "whole file" : "<code>" + Html.escape(where) + "</code>") + "</td>"
          + "<td>" + Html.escape(x.message()) + "</td>"
          + "<td>" + (x.evidence().isEmpty() ? "" : "<code>" + Html.escape(x.evidence()) + "</code>") + "</td>"
          + "<td>" + Html.escape(x.fix()) + "</td></tr>\n");
    }
    out.print("</tbody>\n</table>\n");
  }

  /** The rule's page, as {@link RuleInfo#docPath()} names it, relative to the page. */
  private static String docPath(String ruleId) {
    return "docs/rules/" + ruleId + ".md";
  }

  private static String badge(Verdict v) {
    return "<span class=\"badge " + v.name() + "\">" + v.name() + "</span>";
  }
}
