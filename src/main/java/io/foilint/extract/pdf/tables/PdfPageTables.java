package io.foilint.extract.pdf.tables;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.ExtractionException;
import io.foilint.model.Cell;
import io.foilint.model.ContentHandler;
import io.foilint.model.Location;
import io.foilint.model.Row;
import io.foilint.model.TableOrigin;
import io.foilint.model.TableStart;
import io.foilint.model.Visibility;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The tables drawn on each page of a PDF, turned into the same table events a spreadsheet gives
 * ({@link TableOrigin#PDF_PAGE}), so the personal-data and small-count judgements apply to a staff
 * list printed to PDF as they do to the workbook it came from.
 *
 * <p>Tables are found two ways on one pass over each page: from ruling lines forming a grid
 * ({@link LatticeDetector}) and, for the words outside those grids, from columns of aligned text
 * ({@link StreamDetector}). A table that runs over several pages is reported once per page.
 */
public final class PdfPageTables {

  private final PDDocument document;
  private final ExtractionContext context;
  private final ContentHandler out;
  private final PageContentCollector collector = new PageContentCollector();
  private int tablesFound;
  private List<org.apache.pdfbox.pdmodel.PDPage> pageList;

  public PdfPageTables(PDDocument document, ExtractionContext context, ContentHandler out) {
    this.document = document;
    this.context = context;
    this.out = out;
  }

  /** Finds and reports the tables of every page. */
  public void report() throws IOException, ExtractionException {
    pageList = io.foilint.extract.pdf.PdfPages.of(document);
    for (int page = 1; page <= pageList.size(); page++) {
      context.checkDeadline();
      reportPage(page);
    }
  }

  /** How many tables {@link #report()} found. */
  public int tablesFound() {
    return tablesFound;
  }

  /** Finds and reports the tables of one page (1-based); {@link #report()} calls it per page. */
  public void reportPage(int page) throws IOException {
    if (pageList == null) {
      pageList = io.foilint.extract.pdf.PdfPages.of(document);
    }
    PDRectangle crop = pageList.get(page - 1).getCropBox();
    collector.collect(document, page, crop);
    reportPage(page, collector.input(), crop);
  }

  /**
   * Finds and reports the tables of one page (1-based) from what a page pass collected into
   * {@code input}; the engine's page-text pass calls this, so tables cost no pass of their own.
   */
  public void reportPage(int page, PageTableInput input, PDRectangle crop) {
    List<FoundTable> tables = find(input.words(), input.rulings());
    int dir = input.dominantDirection();
    int k = 0;
    for (FoundTable t : tables) {
      k++;
      tablesFound++;
      String name = "page " + page + " table " + k;
      out.startTable(
          new TableStart(
              TableOrigin.PDF_PAGE,
              name,
              Location.of("page " + page, boxInWords(t.box(), crop, dir)),
              Visibility.VISIBLE));
      int index = 0;
      for (List<String> row : t.rows()) {
        List<Cell> cells = new ArrayList<>();
        for (int c = 0; c < row.size(); c++) {
          String value = row.get(c);
          if (!value.isEmpty()) {
            cells.add(new Cell(columnLetters(c) + (index + 1), c, value, Visibility.VISIBLE));
          }
        }
        out.row(new Row(index, Visibility.VISIBLE, cells));
        index++;
      }
      out.endTable();
    }
  }

  /** Ruled tables first; then aligned-text tables among the words no ruled table took. */
  static List<FoundTable> find(List<Word> words, List<Ruling> rulings) {
    List<FoundTable> ruled = new LatticeDetector().find(rulings, words);
    List<Word> rest = words;
    if (!ruled.isEmpty()) {
      rest = new ArrayList<>();
      for (Word w : words) {
        boolean taken = false;
        for (FoundTable t : ruled) {
          taken |= t.box().contains(w.centreX(), w.centreY());
        }
        if (!taken) {
          rest.add(w);
        }
      }
    }
    List<FoundTable> all = new ArrayList<>(ruled);
    all.addAll(new StreamDetector().find(rest));
    all.sort(Comparator.comparingDouble((FoundTable t) -> t.box().top()).thenComparingDouble(t -> t.box().left()));
    return all;
  }

  /** "box at 72,540 (150x14 pt)": PDF user space, origin bottom-left, as the other PDF checks say. */
  private static String boxInWords(Box b, PDRectangle crop, int dir) {
    float[] a = PageTableInput.toUser(crop, dir, b.left(), b.top());
    float[] c = PageTableInput.toUser(crop, dir, b.right(), b.bottom());
    float x = Math.min(a[0], c[0]);
    float y = Math.min(a[1], c[1]);
    float w = Math.abs(a[0] - c[0]);
    float h = Math.abs(a[1] - c[1]);
    return io.foilint.extract.pdf.PdfPlace.of("box", x, y, w, h);
  }

  /** A, B, ..., Z, AA, ... as spreadsheets name columns. */
  static String columnLetters(int column) {
    StringBuilder sb = new StringBuilder();
    int n = column + 1;
    while (n > 0) {
      int r = (n - 1) % 26;
      sb.insert(0, (char) ('A' + r));
      n = (n - 1) / 26;
    }
    return sb.toString();
  }
}
