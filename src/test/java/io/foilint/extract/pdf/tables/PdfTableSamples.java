package io.foilint.extract.pdf.tables;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * PDFs with tables of known shape, drawn with PDFBox the way report writers draw them: ruled
 * grids (stroked lines, or thin filled rectangles as word processors do), unruled columns with
 * left- and right-aligned cells, header rows, wrapped cells, a letter with one table among its
 * paragraphs, and pages of prose that hold no table at all.
 */
public final class PdfTableSamples {

  /** One generated file and the tables each of its pages should yield (rows of cell texts). */
  public record Sample(String name, Path file, List<Expected> tables, List<Integer> pagesWithoutTables) {}

  /** A table expected on a page: its rows of cell texts, blank cells as "". */
  public record Expected(int page, List<List<String>> rows) {}

  private static final PDType1Font HELVETICA = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
  private static final PDType1Font TIMES = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);

  static final List<List<String>> STAFF = List.of(
      List.of("Surname", "Forename", "Rank", "Station"),
      List.of("Anderson", "Mark", "Constable", "Lisburn Road"),
      List.of("Boyd", "Claire", "Sergeant", "Musgrave Street"),
      List.of("Campbell", "David", "Inspector", "Strandtown"),
      List.of("Doherty", "Siobhan", "Constable", "Antrim Road"),
      List.of("Fitzpatrick", "Sean", "Constable", "Woodbourne"),
      List.of("Gallagher", "Emma", "Sergeant", "Lurgan"),
      List.of("Hamilton", "James", "Chief Inspector", "Banbridge"),
      List.of("Irvine", "Rachel", "Constable", "Newry"));

  static final List<List<String>> WARD_COUNTS = List.of(
      List.of("Ward", "Victims", "Offences"),
      List.of("Botanic", "1", "3"),
      List.of("Castle", "12", "27"),
      List.of("Duncairn", "2", "2"),
      List.of("Falls", "1", "14"),
      List.of("Shankill", "35", "108"),
      List.of("Woodvale", "4", "9"),
      List.of("Total", "55", "163"));

  static final List<List<String>> BUDGET = List.of(
      List.of("Programme", "2022/23", "2023/24", "Change"),
      List.of("Neighbourhood policing", "1,204,500", "1,310,000", "105,500"),
      List.of("Custody", "640,000", "598,250", "-41,750"),
      List.of("Training", "85,000", "92,400", "7,400"),
      List.of("Forensic services", "2,110,000", "2,305,900", "195,900"));

  static final List<List<String>> WRAPPED = List.of(
      List.of("Ref", "Request summary", "Outcome"),
      List.of("FOI-101", "Number of officers on long-term sick leave by station", "Released"),
      List.of("FOI-102", "Costs of the vehicle fleet renewal", "Part released"),
      List.of("FOI-103", "Overtime paid to staff in the custody suites during 2023", "Withheld"));

  private static final String[] PROSE = {
      "Thank you for your request for information received on 3 March, which has been handled under",
      "the Freedom of Information Act 2000. We have searched our records and can confirm that we hold",
      "information falling within the scope of your request. Some of it is exempt from disclosure under",
      "section 40(2) of the Act because it is the personal data of third parties, and releasing it would",
      "breach the data protection principles. The remainder is provided below. If you are unhappy with",
      "the way your request has been handled you may ask for an internal review within forty working",
      "days of the date of this letter, and after that you may complain to the Information Commissioner."};

  private PdfTableSamples() {}

  /** Writes every sample into {@code dir}. */
  public static List<Sample> write(Path dir) throws IOException {
    List<Sample> out = new ArrayList<>();
    out.add(ruledStaffList(dir.resolve("ruled-staff.pdf")));
    out.add(unruledStaffList(dir.resolve("unruled-staff.pdf")));
    out.add(wardCounts(dir.resolve("ward-counts.pdf"), false));
    out.add(wardCounts(dir.resolve("ward-counts-ruled.pdf"), true));
    out.add(budgetRightAligned(dir.resolve("budget.pdf")));
    out.add(booktabs(dir.resolve("booktabs.pdf")));
    out.add(wrappedRuled(dir.resolve("wrapped-ruled.pdf")));
    out.add(wrappedUnruled(dir.resolve("wrapped-unruled.pdf")));
    out.add(letterWithTable(dir.resolve("letter-with-table.pdf")));
    out.add(proseOnly(dir.resolve("prose-only.pdf")));
    out.add(twoColumnProse(dir.resolve("two-column-prose.pdf")));
    out.add(bulletList(dir.resolve("bullets.pdf")));
    return out;
  }

  /** A staff list with names, ranks and stations in a grid of stroked lines. */
  public static Sample ruledStaffList(Path file) throws IOException {
    float[] cols = {60, 160, 250, 370, 520};
    try (Writer w = new Writer(file)) {
      w.text(BOLD, 14, 60, 760, "Officers transferred in 2023");
      w.ruledTable(STAFF, cols, 730, 20, false);
    }
    return new Sample("ruled staff list", file, List.of(new Expected(1, STAFF)), List.of());
  }

  /** The same staff list as columns of text with no lines. */
  public static Sample unruledStaffList(Path file) throws IOException {
    float[] cols = {72, 170, 260, 370};
    try (Writer w = new Writer(file)) {
      w.text(BOLD, 14, 72, 760, "Officers transferred in 2023");
      w.textTable(STAFF, cols, new boolean[4], 720, 16);
    }
    return new Sample("unruled staff list", file, List.of(new Expected(1, STAFF)), List.of());
  }

  /** Counts by ward, numbers right-aligned; ruled with thin filled rectangles or unruled. */
  public static Sample wardCounts(Path file, boolean ruled) throws IOException {
    try (Writer w = new Writer(file)) {
      w.text(BOLD, 13, 72, 760, "Hate crime victims by ward, 2023");
      if (ruled) {
        w.ruledTable(WARD_COUNTS, new float[] {72, 220, 300, 380}, 730, 18, true);
      } else {
        w.textTable(WARD_COUNTS, new float[] {72, 260, 340}, new boolean[] {false, true, true}, 720, 15);
      }
    }
    return new Sample(ruled ? "ruled ward counts" : "unruled ward counts", file,
        List.of(new Expected(1, WARD_COUNTS)), List.of());
  }

  /** Money columns right-aligned under a left-aligned label column. */
  public static Sample budgetRightAligned(Path file) throws IOException {
    try (Writer w = new Writer(file)) {
      w.text(BOLD, 12, 72, 760, "Table 2: Budget by programme");
      w.textTable(BUDGET, new float[] {72, 310, 400, 490}, new boolean[] {false, true, true, true}, 730, 14);
    }
    return new Sample("right-aligned budget", file, List.of(new Expected(1, BUDGET)), List.of());
  }

  /** Only three horizontal rules (top, under the header, bottom), as LaTeX's booktabs draws. */
  public static Sample booktabs(Path file) throws IOException {
    try (Writer w = new Writer(file)) {
      float top = 740;
      w.hline(72, 470, top);
      w.textTable(WARD_COUNTS.subList(0, 5), new float[] {80, 300, 400}, new boolean[] {false, true, true}, top - 14, 16);
      w.hline(72, 470, top - 19);
      w.hline(72, 470, top - 14 - 16 * 4 - 6);
    }
    return new Sample("booktabs rules", file, List.of(new Expected(1, WARD_COUNTS.subList(0, 5))), List.of());
  }

  /** A ruled table whose middle column wraps onto two lines. */
  public static Sample wrappedRuled(Path file) throws IOException {
    try (Writer w = new Writer(file)) {
      w.ruledWrappedTable(WRAPPED, new float[] {72, 140, 330, 430}, 740);
    }
    return new Sample("ruled wrapped cells", file, List.of(new Expected(1, WRAPPED)), List.of());
  }

  /** The same with no lines: a wrapped cell's second line has nothing in the first column. */
  public static Sample wrappedUnruled(Path file) throws IOException {
    try (Writer w = new Writer(file)) {
      float y = 740;
      float[] cols = {72, 150, 360};
      for (List<String> row : WRAPPED) {
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();
        for (String cell : row) {
          String[] parts = wrap(cell, 30);
          first.add(parts[0]);
          second.add(parts[1]);
        }
        for (int c = 0; c < cols.length; c++) {
          w.text(HELVETICA, 10, cols[c], y, first.get(c));
        }
        boolean wraps = second.stream().anyMatch(s -> !s.isEmpty());
        if (wraps) {
          for (int c = 0; c < cols.length; c++) {
            if (!second.get(c).isEmpty()) {
              w.text(HELVETICA, 10, cols[c], y - 11, second.get(c));
            }
          }
        }
        y -= wraps ? 30 : 19;
      }
    }
    return new Sample("unruled wrapped cells", file, List.of(new Expected(1, WRAPPED)), List.of());
  }

  /** A letter: address, paragraphs of justified prose, one table, more prose, a signature. */
  public static Sample letterWithTable(Path file) throws IOException {
    try (Writer w = new Writer(file)) {
      w.text(HELVETICA, 10, 72, 770, "Ms A Requester");
      w.text(HELVETICA, 10, 72, 758, "12 Example Road");
      w.text(HELVETICA, 10, 72, 746, "Belfast BT1 1AA");
      w.text(HELVETICA, 10, 420, 770, "Our ref: FOI 2023-0415");
      w.text(HELVETICA, 10, 420, 758, "14 April 2023");
      w.text(HELVETICA, 10, 72, 715, "Dear Ms Requester,");
      float y = w.justified(PROSE, 72, 470, 695, 13);
      List<List<String>> table = WARD_COUNTS.subList(0, 6);
      w.textTable(table, new float[] {90, 280, 360}, new boolean[] {false, true, true}, y - 14, 15);
      y = y - 14 - 15 * table.size() - 10;
      y = w.justified(PROSE, 72, 470, y, 13);
      w.text(HELVETICA, 10, 72, y - 20, "Yours sincerely,");
      w.text(HELVETICA, 10, 72, y - 60, "Disclosure Officer");
    }
    return new Sample("letter with one table", file, List.of(new Expected(1, WARD_COUNTS.subList(0, 6))), List.of());
  }

  /** Two pages of justified prose in Times: no table. */
  public static Sample proseOnly(Path file) throws IOException {
    try (Writer w = new Writer(file)) {
      w.font = TIMES;
      float y = w.justified(PROSE, 72, 520, 760, 14);
      y = w.justified(PROSE, 72, 520, y - 14, 14);
      w.justified(PROSE, 72, 520, y - 14, 14);
      w.newPage();
      w.justified(PROSE, 72, 520, 760, 14);
    }
    return new Sample("prose only", file, List.of(), List.of(1, 2));
  }

  /** A page set in two justified columns of prose: aligned on both sides, still not a table. */
  public static Sample twoColumnProse(Path file) throws IOException {
    String[] narrow = {
        "Thank you for your request for", "information received on 3 March,", "which has been handled under the",
        "Freedom of Information Act. We", "have searched our records and can", "confirm that we hold information",
        "within the scope of the request.", "Some of it is exempt under the", "section on personal data of others."};
    try (Writer w = new Writer(file)) {
      w.justified(narrow, 72, 280, 760, 13);
      w.justified(narrow, 310, 520, 760, 13);
    }
    return new Sample("two-column prose", file, List.of(), List.of(1));
  }

  /** A bulleted list: the bullets line up, the items line up, but it is one column of text. */
  public static Sample bulletList(Path file) throws IOException {
    try (Writer w = new Writer(file)) {
      w.text(HELVETICA, 10, 72, 760, "We have withheld:");
      String[] items = {"the names of officers", "their home stations", "their dates of birth", "the payroll numbers"};
      float y = 740;
      for (String item : items) {
        w.text(HELVETICA, 10, 80, y, "\u2022");
        w.text(HELVETICA, 10, 100, y, item);
        y -= 14;
      }
    }
    return new Sample("bulleted list", file, List.of(), List.of(1));
  }

  private static String[] wrap(String cell, int max) {
    if (cell.length() <= max) {
      return new String[] {cell, ""};
    }
    int cut = cell.lastIndexOf(' ', max);
    return new String[] {cell.substring(0, cut), cell.substring(cut + 1)};
  }

  /** A page writer with the few drawing operations the samples need. */
  static final class Writer implements AutoCloseable {
    private final Path file;
    private final PDDocument doc = new PDDocument();
    private PDPageContentStream cs;
    PDType1Font font = HELVETICA;

    Writer(Path file) throws IOException {
      this.file = file;
      newPage();
    }

    void newPage() throws IOException {
      if (cs != null) {
        cs.close();
      }
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      cs = new PDPageContentStream(doc, page);
      cs.setLineWidth(0.75f);
    }

    void text(PDType1Font f, float size, float x, float y, String s) throws IOException {
      cs.beginText();
      cs.setFont(f, size);
      cs.newLineAtOffset(x, y);
      cs.showText(s);
      cs.endText();
    }

    float width(PDType1Font f, float size, String s) throws IOException {
      return f.getStringWidth(s) / 1000f * size;
    }

    void hline(float x0, float x1, float y) throws IOException {
      cs.moveTo(x0, y);
      cs.lineTo(x1, y);
      cs.stroke();
    }

    /** Columns of text; right-aligned columns end at the next column's start less a gap. */
    void textTable(List<List<String>> rows, float[] cols, boolean[] right, float top, float pitch) throws IOException {
      float y = top;
      for (int r = 0; r < rows.size(); r++) {
        List<String> row = rows.get(r);
        for (int c = 0; c < row.size(); c++) {
          PDType1Font f = r == 0 ? BOLD : HELVETICA;
          String s = row.get(c);
          float x = cols[c];
          if (right[c]) {
            float edge = c + 1 < cols.length ? cols[c + 1] - 20 : cols[c] + 60;
            x = edge - width(f, 10, s);
          }
          text(f, 10, x, y, s);
        }
        y -= pitch;
      }
    }

    /** A grid of cells; borders stroked, or filled as thin rectangles like word processors do. */
    void ruledTable(List<List<String>> rows, float[] cols, float top, float height, boolean filledBorders)
        throws IOException {
      float bottom = top - height * rows.size();
      for (int r = 0; r <= rows.size(); r++) {
        float y = top - height * r;
        if (filledBorders) {
          cs.addRect(cols[0], y - 0.25f, cols[cols.length - 1] - cols[0], 0.5f);
          cs.fill();
        } else {
          hline(cols[0], cols[cols.length - 1], y);
        }
      }
      for (float x : cols) {
        if (filledBorders) {
          cs.addRect(x - 0.25f, bottom, 0.5f, top - bottom);
          cs.fill();
        } else {
          cs.moveTo(x, top);
          cs.lineTo(x, bottom);
          cs.stroke();
        }
      }
      for (int r = 0; r < rows.size(); r++) {
        for (int c = 0; c < rows.get(r).size(); c++) {
          text(r == 0 ? BOLD : HELVETICA, 10, cols[c] + 4, top - height * r - height + 6, rows.get(r).get(c));
        }
      }
    }

    /** A grid whose cells hold up to two lines each. */
    void ruledWrappedTable(List<List<String>> rows, float[] cols, float top) throws IOException {
      float y = top;
      hline(cols[0], cols[cols.length - 1], y);
      List<Float> ys = new ArrayList<>();
      ys.add(y);
      for (List<String> row : rows) {
        boolean wraps = row.stream().anyMatch(s -> s.length() > 30);
        float h = wraps ? 30 : 18;
        for (int c = 0; c < row.size(); c++) {
          String[] parts = wrap(row.get(c), 30);
          text(HELVETICA, 10, cols[c] + 4, y - 12, parts[0]);
          if (!parts[1].isEmpty()) {
            text(HELVETICA, 10, cols[c] + 4, y - 24, parts[1]);
          }
        }
        y -= h;
        hline(cols[0], cols[cols.length - 1], y);
        ys.add(y);
      }
      for (float x : cols) {
        cs.moveTo(x, top);
        cs.lineTo(x, y);
        cs.stroke();
      }
    }

    /** Lines set flush on both sides by word spacing; returns the y below the paragraph. */
    float justified(String[] lines, float left, float right, float top, float pitch) throws IOException {
      float y = top;
      for (int i = 0; i < lines.length; i++) {
        String s = lines[i];
        int spaces = (int) s.chars().filter(ch -> ch == ' ').count();
        float natural = width(font, 10, s);
        float extra = i < lines.length - 1 && spaces > 0 ? (right - left - natural) / spaces : 0;
        cs.beginText();
        cs.setFont(font, 10);
        cs.setWordSpacing(Math.max(0, extra));
        cs.newLineAtOffset(left, y);
        cs.showText(s);
        cs.endText();
        y -= pitch;
      }
      cs.setWordSpacing(0);
      return y;
    }

    @Override
    public void close() throws IOException {
      cs.close();
      doc.save(file.toFile());
      doc.close();
    }
  }
}
