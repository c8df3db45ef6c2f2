package io.foilint.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.detect.Finding;
import io.foilint.detect.Severity;
import io.foilint.model.FileType;
import io.foilint.model.Location;
import io.foilint.scan.FileReport;
import io.foilint.scan.ScanReport;
import io.foilint.verdict.Verdict;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The HTML page: self-contained, escaped, and laid out for an officer. */
class HtmlReporterTest {

  static String render(ScanReport report) throws IOException {
    StringWriter out = new StringWriter();
    new HtmlReporter().write(report, out);
    return out.toString();
  }

  private static final Finding HOSTILE =
      new Finding("hidden-sheet", Severity.BLOCK, Location.of("<script>", "A1:B2"),
          "Sheet '<script>' is hidden & holds \"data\"", "<b>Q***** N.</b>", "Delete <script>");
  private static final Finding NOTE =
      new Finding("document-properties", Severity.INFO, Location.of("docProps/core.xml"), "title = T****", "", "");

  @Test
  void textFromTheFileIsEscapedEverywhere() throws IOException {
    String html = render(new ScanReport("<v>", List.of(
        new FileReport("in/<img src=x onerror=alert(1)>.xlsx", FileType.XLSX, Verdict.BLOCK, List.of(HOSTILE)))));
    assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("<b>").doesNotContain("<v>");
    assertThat(html)
        .contains("<code>&#39;&lt;script&gt;&#39;!A1:B2</code>")
        .contains("Sheet &#39;&lt;script&gt;&#39; is hidden &amp; holds &quot;data&quot;")
        .contains("<code>&lt;b&gt;Q***** N.&lt;/b&gt;</code>")
        .contains("Delete &lt;script&gt;")
        .contains("in/&lt;img src=x onerror=alert(1)&gt;.xlsx")
        .contains("foilint &lt;v&gt;.");
  }

  @Test
  void pageIsSelfContainedWithNoScriptsOrExternalResources() throws IOException {
    String html = render(new ScanReport("1", List.of(
        new FileReport("a.xlsx", FileType.XLSX, Verdict.BLOCK, List.of(HOSTILE, NOTE)))));
    assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
    assertThat(html).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<link")
        .doesNotContainIgnoringCase("<img").doesNotContainIgnoringCase("@import")
        .doesNotContainIgnoringCase("url(").doesNotContainIgnoringCase("http:")
        .doesNotContainIgnoringCase("https:").doesNotContainIgnoringCase("javascript:");
    assertThat(html).contains("<style>").contains("Content-Security-Policy")
        .contains("default-src 'none'");
    // the only links are relative ones to the rule pages
    Matcher href = Pattern.compile("(?:href|src)=\"([^\"]*)\"").matcher(html);
    while (href.find()) {
      assertThat(href.group(1)).matches("docs/rules/[a-z0-9-]+\\.md");
    }
  }

  @Test
  void summaryCountsVerdictsAndNamesTheOverallOne() throws IOException {
    String html = render(new ScanReport("1", List.of(
        new FileReport("a.xlsx", FileType.XLSX, Verdict.BLOCK, List.of(HOSTILE)),
        new FileReport("b.xlsx", FileType.XLSX, Verdict.PASS, List.of()),
        new FileReport("c.csv", FileType.CSV, Verdict.PASS, List.of(NOTE)))));
    assertThat(html).contains("<title>foilint report: BLOCK</title>")
        .contains("Overall verdict: <span class=\"badge BLOCK\">BLOCK</span>")
        .contains("<tr><td><span class=\"badge BLOCK\">BLOCK</span></td><td>1</td></tr>")
        .contains("<tr><td><span class=\"badge REVIEW\">REVIEW</span></td><td>0</td></tr>")
        .contains("<tr><td><span class=\"badge PASS\">PASS</span></td><td>2</td></tr>")
        .contains("<tr><th>Total</th><td>3</td></tr>");
  }

  @Test
  void eachFileHasItsBadgeAndAFindingsTableWithNotesFoldedAway() throws IOException {
    String html = render(new ScanReport("1", List.of(
        new FileReport("a.xlsx", FileType.XLSX, Verdict.BLOCK, List.of(NOTE, HOSTILE)),
        new FileReport("b.xlsx", FileType.XLSX, Verdict.PASS, List.of()))));
    String a = html.substring(html.indexOf("<code>a.xlsx</code>"), html.indexOf("<code>b.xlsx</code>"));
    assertThat(html).contains("<h2><span class=\"badge BLOCK\">BLOCK</span> <code>a.xlsx</code></h2>");
    assertThat(a).contains("<th>Severity</th><th>Rule</th><th>Location</th><th>What was found</th>"
        + "<th>Evidence (masked)</th><th>How to fix</th>");
    assertThat(a).contains("<td class=\"sev-block\">block</td><td class=\"rule\"><a href=\"docs/rules/hidden-sheet.md\">hidden-sheet</a></td>");
    // the BLOCK finding is in the open table, the INFO one only inside <details>
    int details = a.indexOf("<details>");
    assertThat(details).isPositive();
    assertThat(a.indexOf("hidden-sheet")).isLessThan(details);
    assertThat(a.indexOf("document-properties")).isGreaterThan(details);
    assertThat(a).contains("<summary>1 note (no action needed)</summary>");
    assertThat(html).contains("<h2><span class=\"badge PASS\">PASS</span> <code>b.xlsx</code></h2>")
        .contains("Nothing found that a reader cannot see.");
  }

  @Test
  void findingOnTheWholeFileSaysSo() throws IOException {
    Finding unreadable = new Finding("unreadable-file", Severity.BLOCK, Location.of(""), "Not inspected", "", "Open it");
    String html = render(new ScanReport("1", List.of(
        new FileReport("a.xlsx", FileType.UNKNOWN, Verdict.BLOCK, List.of(unreadable)))));
    assertThat(html).contains("<td>whole file</td>").doesNotContain("<details>");
  }
}
