package io.foilint.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.junit.jupiter.api.Test;

/** CSV output: one row per finding, RFC 4180 quoting, and no formula a spreadsheet would run. */
class CsvReporterTest {

  static String render(FileReport... files) throws IOException {
    StringWriter out = new StringWriter();
    new CsvReporter().write(new ScanReport("1", List.of(files)), out);
    return out.toString();
  }

  private static final Finding HIDDEN_SHEET =
      new Finding("hidden-sheet", Severity.BLOCK, Location.of("Data", "A1:F201"),
          "Sheet 'Data' holds 200 rows (columns: Surname, Rank)", "Q***** N.; \"H*******\"", "Delete it,\r\nthen save");

  @Test
  void headerThenOneRowPerFindingAndOneForAFileWithout() throws IOException {
    Finding note = new Finding("document-properties", Severity.INFO, Location.of("docProps/core.xml"), "t", "", "");
    List<List<String>> rows = Rfc4180.parse(render(
        new FileReport("a.xlsx", FileType.XLSX, Verdict.BLOCK, List.of(HIDDEN_SHEET, note)),
        new FileReport("bundle.zip!/b.csv", FileType.CSV, Verdict.PASS, List.of())));
    assertThat(rows).containsExactly(
        List.of("path", "file_verdict", "rule", "severity", "location", "message", "evidence", "fix", "about"),
        List.of("a.xlsx", "BLOCK", "hidden-sheet", "block", "Data!A1:F201",
            "Sheet 'Data' holds 200 rows (columns: Surname, Rank)", "Q***** N.; \"H*******\"", "Delete it,\\r\\nthen save",
            "content"),
        List.of("a.xlsx", "BLOCK", "document-properties", "info", "docProps/core.xml", "t", "", "", "content"),
        List.of("bundle.zip!/b.csv", "PASS", "", "", "", "", "", "", ""));
  }

  @Test
  void startsWithAUtf8ByteOrderMarkSoExcelDoesNotShowMojibake() throws IOException {
    String csv = render(new FileReport("Côté – a.xlsx", FileType.XLSX, Verdict.PASS, List.of()));
    assertThat(csv).startsWith("\uFEFFpath,");
    assertThat(csv.indexOf('\uFEFF', 1)).isEqualTo(-1);
    assertThat(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)).startsWith(0xEF, 0xBB, 0xBF);
  }

  @Test
  void summaryHasOneRowPerFileWithItsHashInspectionAndCounts() throws IOException {
    Finding note = new Finding("document-properties", Severity.INFO, Location.of("docProps/core.xml"), "t", "", "");
    Finding unread = new Finding("unreadable-file", Severity.BLOCK, Location.of(""), "Not inspected (damaged): x", "", "");
    StringWriter out = new StringWriter();
    new CsvSummaryReporter().write(new ScanReport("1", List.of(
        new FileReport("a.xlsx", FileType.XLSX, Verdict.BLOCK, List.of(HIDDEN_SHEET, note), 120, "ab".repeat(32)),
        new FileReport("b.xlsx", FileType.XLSX, Verdict.BLOCK, List.of(unread)))), out);
    assertThat(out.toString()).startsWith("\uFEFF");
    assertThat(Rfc4180.parse(out.toString())).containsExactly(
        List.of("path", "type", "verdict", "size", "sha256", "inspection", "inspection_reason", "findings", "block",
            "review", "info", "waived", "rules"),
        List.of("a.xlsx", "xlsx", "BLOCK", "120", "ab".repeat(32), "complete", "", "2", "1", "0", "1", "0",
            "document-properties hidden-sheet"),
        List.of("b.xlsx", "xlsx", "BLOCK", "", "", "not-inspected", "Not inspected (damaged): x", "1", "1", "0", "0",
            "0", "unreadable-file"));
  }

  @Test
  void quotesOnlyWhatNeedsQuotingAndEndsRecordsWithCrlf() throws IOException {
    String csv = render(new FileReport("a.xlsx", FileType.XLSX, Verdict.BLOCK, List.of(HIDDEN_SHEET)));
    assertThat(csv).startsWith("\uFEFFpath,file_verdict,rule,severity,location,message,evidence,fix,about\r\n");
    assertThat(csv).contains("\r\na.xlsx,BLOCK,hidden-sheet,block,Data!A1:F201,"
        + "\"Sheet 'Data' holds 200 rows (columns: Surname, Rank)\",\"Q***** N.; \"\"H*******\"\"\","
        + "\"Delete it,\\r\\nthen save\",content\r\n");
    assertThat(CsvReporter.quote("plain text")).isEqualTo("plain text");
    assertThat(CsvReporter.quote("")).isEmpty();
    assertThat(CsvReporter.quote("a\nb")).isEqualTo("\"a\nb\"");
    assertThat(CsvReporter.quote("say \"x\"")).isEqualTo("\"say \"\"x\"\"\"");
  }

  @Test
  void controlCharactersInNamesAreWrittenAsVisibleEscapesNeverRaw() throws IOException {
    Finding f = new Finding("hidden-sheet", Severity.BLOCK, Location.of("Data\u202Etxt.exe", "A1"),
        "Sheet 'Data\u202Etxt.exe' is hidden", "", "");
    String csv = render(new FileReport("b.zip!/x.csv\r\nPASS,\u001b[2K\u009b.csv", FileType.CSV, Verdict.BLOCK, List.of(f)));
    // the only line breaks are the record ends; no ESC, C1 control or bidi override is written
    assertThat(csv.split("\r\n", -1)).hasSize(3);
    // the byte-order mark is the report's own first character, never one from a name
    assertThat(csv.charAt(0)).isEqualTo(CsvReporter.BOM);
    assertThat(csv.substring(1).chars()).noneMatch(c -> c != '\r' && c != '\n' && Printable.isHazard(c));
    List<List<String>> rows = Rfc4180.parse(csv);
    assertThat(rows.get(1).get(0)).isEqualTo("b.zip!/x.csv\\r\\nPASS,\\x1b[2K\\x9b.csv");
    assertThat(rows.get(1).get(4)).isEqualTo("'Data\\u202etxt.exe'!A1");
  }

  @Test
  void fieldsExcelWouldRunAsFormulasGetALeadingApostrophe() {
    for (String risky : List.of("=HYPERLINK(\"x\")", "+1", "-2+3", "@SUM(A1)", "\tcmd", "\r=1")) {
      assertThat(CsvReporter.defuse(risky)).as(risky).isEqualTo("'" + risky);
    }
    for (String safe : List.of("", "Data!A1", "e.g. =x", "'quoted'", " =1", "1-2")) {
      assertThat(CsvReporter.defuse(safe)).as(safe).isEqualTo(safe);
    }
  }

  @Test
  void injectedSheetNamesAndPathsComeOutDefused() throws IOException {
    Finding f = new Finding("comments", Severity.REVIEW, new Location("", "", "=cmd|' /C calc'!A0"),
        "-1+1", "@SUM(1)", "+fix");
    List<List<String>> rows = Rfc4180.parse(render(new FileReport("=evil.csv", FileType.CSV, Verdict.REVIEW, List.of(f))));
    assertThat(rows.get(1)).containsExactly(
        "'=evil.csv", "REVIEW", "comments", "review", "'=cmd|' /C calc'!A0", "'-1+1", "'@SUM(1)", "'+fix",
        "content");
    for (List<String> row : rows) {
      for (String cell : row) {
        assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@");
      }
    }
  }

  @Test
  void theTestParserIsStrict() {
    assertThatThrownBy(() -> Rfc4180.parse("a,b")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Rfc4180.parse("a\"b\r\n")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Rfc4180.parse("\"a\r\n")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Rfc4180.parse("a\nb\r\n")).isInstanceOf(IllegalArgumentException.class);
    assertThat(Rfc4180.parse("a,\"b,\"\"c\"\r\n")).containsExactly(List.of("a", "b,\"c"));
  }
}
