package io.foilint.report;

import io.foilint.detect.BuiltInDetectors;
import io.foilint.detect.Finding;
import io.foilint.scan.FileReport;
import io.foilint.scan.ScanReport;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * One row per finding, for a spreadsheet or a tracking log:
 * {@code path,file_verdict,rule,severity,location,message,evidence,fix}. A file without findings
 * still gets one row, with its verdict and the rule columns empty, so every file scanned is
 * listed. RFC 4180: CRLF line ends, fields quoted when they hold a comma or quote; control
 * characters in names are written as visible escapes ({@code \r}, {@code \x1b}), never raw.
 *
 * <p>The report starts with a UTF-8 byte-order mark: without it Excel reads a CSV file in the
 * platform's code page and shows masked names, sheet names and dashes as mojibake.
 *
 * <p>Officers open this report in Excel, so a field that Excel would read as a formula (it starts
 * with {@code = + - @}, tab or CR) is written with a leading apostrophe: the report must not
 * become a CSV-injection vector for text that came from a scanned file, such as a sheet name or a
 * masked formula found by {@code csv-injection}.
 */
public final class CsvReporter implements Reporter {

  static final List<String> HEADER =
      List.of("path", "file_verdict", "rule", "severity", "location", "message", "evidence", "fix", "about");

  private static final String EOL = "\r\n";

  /** U+FEFF, written first, so Excel opens the file as UTF-8. */
  static final char BOM = '\uFEFF';

  @Override
  public void write(ScanReport report, Writer out) throws IOException {
    out.write(BOM);
    writeRow(out, HEADER);
    for (FileReport f : report.files()) {
      if (f.findings().isEmpty()) {
        writeRow(out, List.of(f.path(), f.verdict().name(), "", "", "", "", "", "", ""));
      }
      for (Finding x : f.findings()) {
        writeRow(
            out,
            List.of(
                f.path(),
                f.verdict().name(),
                x.rule(),
                x.severity().id(),
                x.location().toString(),
                x.message(),
                x.evidence(),
                x.fix(),
                BuiltInDetectors.about(x.rule()).id()));
      }
    }
    out.flush();
  }

  static void writeRow(Writer out, List<String> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(field(fields.get(i)));
    }
    out.write(EOL);
  }

  /**
   * One field: controls and invisible characters shown escaped ({@link Printable#escape}, so no
   * raw CR, LF or ESC reaches the file), defused against formula injection, then quoted as RFC 4180
   * requires.
   */
  public static String field(String value) {
    return quote(defuse(Printable.escape(value)));
  }

  /** A leading apostrophe makes Excel show the text instead of evaluating it. */
  static String defuse(String value) {
    if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
      return "'" + value;
    }
    return value;
  }

  static String quote(String value) {
    boolean needsQuotes = false;
    for (int i = 0; i < value.length() && !needsQuotes; i++) {
      char c = value.charAt(i);
      needsQuotes = c == ',' || c == '"' || c == '\r' || c == '\n';
    }
    return needsQuotes ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }
}
