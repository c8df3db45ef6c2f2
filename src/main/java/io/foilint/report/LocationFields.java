package io.foilint.report;

import io.foilint.model.Location;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A finding's location as typed fields for machine reports, read from the three parts a {@link
 * Location} carries (container, place, reference) in the forms the extractors write them:
 * {@code A1:F21} (a cell range, with its row and column span), {@code rows 2-21}, {@code row 7},
 * {@code columns C-E}, {@code column C}, {@code page 3}, {@code line 12}, {@code box at 220,557 (95x14 pt)}, and a
 * place that is a sheet (when the reference is cells, rows or columns), a page, or a package part
 * (a path with {@code /}). Whatever is not recognised stays in {@code place} and {@code ref}, and
 * the human text is always written beside these fields, so nothing is lost by the parsing.
 *
 * <p>Boxes are PDF points with the origin at the page's lower-left corner, as the PDF checks
 * measure them ({@code io.foilint.extract.pdf.PdfPlace}); the location does not carry the page
 * height that a top-left origin would need.
 *
 * @param rows first and last row (1-based), or null
 * @param columns first and last column (1-based, A = 1), or null
 * @param page page number (1-based), or 0 when none
 * @param line line number of a text (1-based: {@code line 12}, as text files, mail bodies and
 *     web pages are located), or 0 when none
 * @param box the box on the page, or null
 */
record LocationFields(
    String container, String place, String ref, String sheet, String part, int page, int line,
    String cells, Span rows, Span columns, Box box) {

  record Span(int first, int last) {}

  record Box(int x, int y, int width, int height) {}

  private static final Pattern CELLS =
      Pattern.compile("\\$?([A-Z]{1,3})\\$?([0-9]{1,7})(?::\\$?([A-Z]{1,3})\\$?([0-9]{1,7}))?");
  private static final Pattern ROWS = Pattern.compile("rows? ([0-9]{1,7})(?:-([0-9]{1,7}))?");
  private static final Pattern COLUMNS = Pattern.compile("columns? ([A-Z]{1,3})(?:-([A-Z]{1,3}))?");
  private static final Pattern PAGE = Pattern.compile("page ([0-9]{1,6})");
  private static final Pattern LINE = Pattern.compile("(?:.*, )?line ([0-9]{1,9})");
  private static final Pattern BOX =
      Pattern.compile("(?:box|text) at (-?[0-9]{1,7}),(-?[0-9]{1,7}) \\(([0-9]{1,7})x([0-9]{1,7}) pt\\)");

  static LocationFields of(Location l) {
    String ref = l.ref();
    String cells = null;
    Span rows = null;
    Span columns = null;
    Box box = null;
    int page = 0;
    Matcher m;
    if ((m = CELLS.matcher(ref)).matches()) {
      cells = ref;
      int r1 = Integer.parseInt(m.group(2));
      int c1 = column(m.group(1));
      rows = m.group(4) == null ? new Span(r1, r1) : ordered(r1, Integer.parseInt(m.group(4)));
      columns = m.group(3) == null ? new Span(c1, c1) : ordered(c1, column(m.group(3)));
    } else if ((m = ROWS.matcher(ref)).matches()) {
      int r1 = Integer.parseInt(m.group(1));
      rows = ordered(r1, m.group(2) == null ? r1 : Integer.parseInt(m.group(2)));
    } else if ((m = COLUMNS.matcher(ref)).matches()) {
      int c1 = column(m.group(1));
      columns = ordered(c1, m.group(2) == null ? c1 : column(m.group(2)));
    } else if ((m = PAGE.matcher(ref)).matches()) {
      page = Integer.parseInt(m.group(1));
    } else if ((m = BOX.matcher(ref)).matches()) {
      box = new Box(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
    }
    String place = l.place();
    String sheet = null;
    String part = null;
    int line = 0;
    if ((m = LINE.matcher(ref)).matches() || (m = LINE.matcher(place)).matches()) {
      line = Integer.parseInt(m.group(1));
    }
    if ((m = PAGE.matcher(place)).matches()) {
      page = Integer.parseInt(m.group(1));
    } else if (place.indexOf('/') > 0 && !place.endsWith("/")) {
      part = place;
    } else if (!place.isEmpty() && (rows != null || columns != null)) {
      sheet = place;
    }
    return new LocationFields(l.container(), place, ref, sheet, part, page, line, cells, rows, columns, box);
  }

  private static Span ordered(int a, int b) {
    return new Span(Math.min(a, b), Math.max(a, b));
  }

  /** A = 1, Z = 26, AA = 27. */
  static int column(String letters) {
    int n = 0;
    for (int i = 0; i < letters.length(); i++) {
      n = n * 26 + (letters.charAt(i) - 'A' + 1);
    }
    return n;
  }
}
