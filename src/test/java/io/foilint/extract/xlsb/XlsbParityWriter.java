package io.foilint.extract.xlsb;

import static io.foilint.extract.sheet.ParityWorkbook.*;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes {@link io.foilint.extract.sheet.ParityWorkbook} as xlsb with {@link XlsbBuilder}. */
public final class XlsbParityWriter {

  private static final int XF_DEFAULT = 0;
  private static final int XF_BLANK_ALL = 1;
  private static final int XF_BLANK_QUOTED = 2;
  private static final int XF_WHITE_ON_WHITE = 3;

  private XlsbParityWriter() {}

  public static Path write(Path file) throws IOException {
    List<String> strings = new ArrayList<>();
    XlsbBuilder.Styles styles = new XlsbBuilder.Styles()
        .format(164, BLANK_ALL).format(165, BLANK_QUOTED)
        .fontRgb(0x000000).fontRgb(0xFFFFFF)
        .fill(-1).fill(-1)
        .xf(0, 0, 0).xf(164, 0, 0).xf(165, 0, 0).xf(0, 1, 0);
    XlsbBuilder.Sheet summary = new XlsbBuilder.Sheet()
        .column(SUMMARY_HIDDEN_COLUMN, SUMMARY_HIDDEN_COLUMN, 2304, true, 0);
    rows(summary, SUMMARY_ROWS, strings, SUMMARY_HIDDEN_ROWS, 0);
    XlsbBuilder.Sheet grouped = new XlsbBuilder.Sheet();
    rows(grouped, GROUPED_ROWS, strings, GROUPED_HIDDEN_ROWS, 1);
    XlsbBuilder.Sheet filtered = new XlsbBuilder.Sheet().autoFilter(0, FILTERED_ROWS.length - 1, 0, 1);
    rows(filtered, FILTERED_ROWS, strings, FILTERED_HIDDEN_ROWS, 0);
    XlsbBuilder.Sheet archive = new XlsbBuilder.Sheet();
    rows(archive, ARCHIVE_ROWS, strings, new int[0], 0);
    return new XlsbBuilder()
        .styles(styles)
        .sheet(SUMMARY, 0, summary)
        .sheet(GROUPED, 0, grouped)
        .sheet(FILTERED, 0, filtered)
        .sheet(ARCHIVE, 1, archive)
        .strings(strings.toArray(String[]::new))
        .comment(1, COMMENT_AUTHOR, 1, 0, COMMENT_TEXT)
        .write(file);
  }

  private static void rows(XlsbBuilder.Sheet sheet, String[][] rows, List<String> strings, int[] hidden, int level) {
    for (int r = 0; r < rows.length; r++) {
      boolean isHidden = contains(hidden, r);
      sheet.row(r, isHidden ? 0 : 300, isHidden, isHidden ? level : 0);
      for (int c = 0; c < rows[r].length; c++) {
        String v = rows[r][c];
        if (v == null) {
          continue;
        }
        int xf = styleOf(rows, r, c);
        if (isNumber(v)) {
          sheet.number(c, xf, Double.parseDouble(v));
        } else {
          strings.add(v);
          sheet.shared(c, xf, strings.size() - 1);
        }
      }
    }
  }

  /** The styled cells sit on the summary sheet only: C2, C3 and D2. */
  private static int styleOf(String[][] rows, int r, int c) {
    if (rows != SUMMARY_ROWS) {
      return XF_DEFAULT;
    }
    if (r == 1 && c == 2) {
      return XF_BLANK_ALL;
    }
    if (r == 2 && c == 2) {
      return XF_BLANK_QUOTED;
    }
    return r == 1 && c == 3 ? XF_WHITE_ON_WHITE : XF_DEFAULT;
  }
}
