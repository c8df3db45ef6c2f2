package io.foilint.bench;

import io.foilint.extract.pdf.tables.TableAccuracy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints the PDF table finder's accuracy as a markdown table: generated PDFs with tables of known
 * shape (and pages of prose that must yield none), and hand-labelled tables in the shared corpus.
 * Usage: {@code PdfTableAccuracy [corpus root]} (default {@code ../shared/corpus}).
 */
public final class PdfTableAccuracy {

  private PdfTableAccuracy() {}

  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus");
    Path dir = Files.createTempDirectory("foilint-pdf-tables");
    List<TableAccuracy.Case> cases = new ArrayList<>(TableAccuracy.generated(dir));
    cases.addAll(TableAccuracy.corpus(corpus));
    System.out.print(TableAccuracy.markdown(TableAccuracy.score(cases)));
  }
}
