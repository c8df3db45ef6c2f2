package io.foilint.bench;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.pdf.tables.PdfPageTables;
import io.foilint.testing.RecordingHandler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Runs the PDF table pass alone over every PDF under the given directories: files, pages, tables
 * found, failures, and the median and 90th-percentile time of the pass per page (after one warm-up
 * sweep). Usage: {@code PdfTableCorpusRun <dir>...}
 */
public final class PdfTableCorpusRun {

  private PdfTableCorpusRun() {}

  public static void main(String[] args) throws Exception {
    List<Path> files = new ArrayList<>();
    for (String a : args) {
      try (Stream<Path> s = Files.walk(Path.of(a))) {
        s.filter(f -> f.toString().toLowerCase(Locale.ROOT).endsWith(".pdf")).sorted().forEach(files::add);
      }
    }
    sweep(files, false);
    sweep(files, true);
  }

  private static void sweep(List<Path> files, boolean print) {
    List<Double> perPage = new ArrayList<>();
    int opened = 0;
    int pages = 0;
    int tables = 0;
    int failed = 0;
    List<String> withTables = new ArrayList<>();
    for (Path f : files) {
      try (PDDocument doc = Loader.loadPDF(f.toFile(), "", IOUtils.createTempFileOnlyStreamCache())) {
        opened++;
        RecordingHandler out = new RecordingHandler();
        PdfPageTables finder = new PdfPageTables(doc, ExtractionContext.standalone(), out);
        for (int p = 1; p <= doc.getNumberOfPages(); p++) {
          long t0 = System.nanoTime();
          try {
            finder.reportPage(p);
          } catch (Exception e) {
            failed++;
            if (print) {
              System.out.println("FAILED " + f.getFileName() + " page " + p + ": " + e);
            }
          }
          perPage.add((System.nanoTime() - t0) / 1e6);
          pages++;
        }
        tables += out.tables.size();
        if (!out.tables.isEmpty()) {
          withTables.add(f.getFileName() + " (" + out.tables.size() + ")");
        }
      } catch (Exception e) {
        // not openable (password, damage): the extractor reports these; the table pass never runs
      }
    }
    if (print) {
      double[] a = perPage.stream().mapToDouble(Double::doubleValue).toArray();
      Arrays.sort(a);
      System.out.printf(Locale.ROOT,
          "files %d, opened %d, pages %d, tables %d, page failures %d, ms/page median %.2f, p90 %.2f, max %.1f%n",
          files.size(), opened, pages, tables, failed, a[a.length / 2], a[(int) (a.length * 0.9)], a[a.length - 1]);
      System.out.println("files with tables: " + withTables);
    }
  }
}
