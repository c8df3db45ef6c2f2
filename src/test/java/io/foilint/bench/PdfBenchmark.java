package io.foilint.bench;

import io.foilint.FoiLint;
import io.foilint.scan.FileReport;
import io.foilint.scan.ScanReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Pages per second for PDFs: a generated 500-page reply letter and every readable PDF in the
 * shared corpus, scanned by foilint end to end (extract, every rule, verdict) and, as the baseline
 * in the same run, by PDFBox's plain text extraction (load and {@link PDFTextStripper}). Each file
 * is timed {@code runs} times after one warm-up pass over all files; the per-file median is used.
 *
 * <pre>
 * java -Xmx1g -XX:+UseParallelGC -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     io.foilint.bench.PdfBenchmark 3 ../shared/corpus
 * </pre>
 */
public final class PdfBenchmark {

  private PdfBenchmark() {}

  record Timing(Path file, int pages, double foilintMillis, double baselineMillis, String verdict) {
    double foilintPerPage() {
      return foilintMillis / pages;
    }

    double baselinePerPage() {
      return baselineMillis / pages;
    }
  }

  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
    Path corpus = Path.of(args.length > 1 ? args[1] : "../shared/corpus");
    Path letter = Path.of("target/bench/letter-500-pages.pdf");
    writeLetter(letter, 500);

    List<Path> corpusFiles = new ArrayList<>();
    for (String dir : List.of("pdf", "robustness/pdf", "pdf-redaction/xray")) {
      Path d = corpus.resolve(dir);
      if (Files.isDirectory(d)) {
        try (Stream<Path> s = Files.list(d)) {
          s.filter(p -> p.toString().endsWith(".pdf")).sorted().forEach(corpusFiles::add);
        }
      }
    }
    List<Path> all = new ArrayList<>(corpusFiles);
    all.add(letter);
    for (Path p : all) {
      time(p, 1); // warm-up: JIT, font caches
    }
    List<Timing> timings = new ArrayList<>();
    for (Path p : all) {
      Timing t = time(p, runs);
      if (t != null) {
        timings.add(t);
      }
    }
    report(timings, letter);
  }

  /** Median times over {@code runs}; null when PDFBox cannot open the file (password, damage). */
  static Timing time(Path file, int runs) throws IOException {
    int pages;
    try (PDDocument doc = Loader.loadPDF(file.toFile())) {
      pages = doc.getNumberOfPages();
    } catch (IOException | RuntimeException | LinkageError e) {
      return null;
    }
    if (pages == 0) {
      return null;
    }
    List<Double> foilint = new ArrayList<>();
    List<Double> baseline = new ArrayList<>();
    String verdict = "";
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      ScanReport report = FoiLint.check(file);
      foilint.add((System.nanoTime() - start) / 1e6);
      verdict = report.files().stream().map(FileReport::verdict).map(Object::toString).findFirst().orElse("");
      start = System.nanoTime();
      try (PDDocument doc = Loader.loadPDF(file.toFile())) {
        new PDFTextStripper().getText(doc);
      } catch (IOException | RuntimeException e) {
        // baseline failed where foilint may not; keep its time so far
      }
      baseline.add((System.nanoTime() - start) / 1e6);
    }
    return new Timing(file, pages, median(foilint), median(baseline), verdict);
  }

  static void report(List<Timing> timings, Path letter) {
    System.out.println("| set | files | pages | foilint median ms/page | PDFBox text median ms/page | ratio | foilint pages/s (total) | slowest file ms/page |");
    System.out.println("|---|---|---|---|---|---|---|---|");
    row("x-ray fixtures", timings.stream().filter(t -> t.file().toString().contains("pdf-redaction")).toList());
    row("corpus pdf/ + robustness/pdf/", timings.stream()
        .filter(t -> !t.file().toString().contains("pdf-redaction") && !t.file().equals(letter)).toList());
    row("generated 500-page letter", timings.stream().filter(t -> t.file().equals(letter)).toList());
    slowest(timings.stream().filter(t -> !t.file().equals(letter)).toList());
  }

  /** The slowest corpus files, and how many under 50 pages take longer than half a second. */
  private static void slowest(List<Timing> set) {
    List<Timing> sorted = new ArrayList<>(set);
    sorted.sort((a, b) -> Double.compare(b.foilintMillis(), a.foilintMillis()));
    System.out.println();
    System.out.println("| slowest files | pages | foilint median ms | PDFBox text median ms | verdict |");
    System.out.println("|---|---:|---:|---:|---|");
    for (Timing t : sorted.subList(0, Math.min(8, sorted.size()))) {
      System.out.printf(Locale.ROOT, "| %s | %d | %.0f | %.0f | %s |%n", t.file().getFileName(),
          t.pages(), t.foilintMillis(), t.baselineMillis(), t.verdict());
    }
    long over = set.stream().filter(t -> t.pages() < 50 && t.foilintMillis() > 500).count();
    System.out.printf(Locale.ROOT, "%nFiles under 50 pages taking more than 0.5 s: %d of %d%n",
        over, set.size());
  }

  private static void row(String name, List<Timing> set) {
    if (set.isEmpty()) {
      System.out.println("| " + name + " | 0 | | | | | | |");
      return;
    }
    // Median over pages: each file's per-page time weighted by its page count, as x-ray's figure is.
    List<Double> perPageFoilint = new ArrayList<>();
    List<Double> perPageBaseline = new ArrayList<>();
    int pages = 0;
    double totalMillis = 0;
    Timing slowest = set.get(0);
    for (Timing t : set) {
      for (int i = 0; i < t.pages(); i++) {
        perPageFoilint.add(t.foilintPerPage());
        perPageBaseline.add(t.baselinePerPage());
      }
      pages += t.pages();
      totalMillis += t.foilintMillis();
      if (t.foilintPerPage() > slowest.foilintPerPage()) {
        slowest = t;
      }
    }
    double f = median(perPageFoilint);
    double b = median(perPageBaseline);
    System.out.printf(Locale.ROOT, "| %s | %d | %d | %.2f | %.2f | %.1f× | %.0f | %.0f (%s) |%n",
        name, set.size(), pages, f, b, f / b, pages / (totalMillis / 1000), slowest.foilintPerPage(),
        slowest.file().getFileName());
  }

  static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  /** A long reply letter: numbered paragraphs of prose, a signature block and a small table per page. */
  static void writeLetter(Path target, int pageCount) throws IOException {
    Files.createDirectories(target.getParent());
    PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    try (PDDocument doc = new PDDocument()) {
      for (int p = 1; p <= pageCount; p++) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          float y = 790;
          for (int line = 0; line < 38; line++) {
            cs.beginText();
            cs.setFont(font, 10);
            cs.newLineAtOffset(60, y);
            cs.showText(String.format(Locale.ROOT,
                "%d.%d The force holds information about the request of %d March; the figures for"
                    + " the year are given below.", p, line, 1 + (p + line) % 28));
            cs.endText();
            y -= 14;
          }
          for (int row = 0; row < 6; row++) {
            float[] xs = {60, 220, 340, 460};
            String[] cells = row == 0
                ? new String[] {"District", "Officers", "Staff", "Vacancies"}
                : new String[] {"District " + row, String.valueOf(120 + row * 7), String.valueOf(40 + row), String.valueOf(5 + row)};
            for (int c = 0; c < 4; c++) {
              cs.beginText();
              cs.setFont(font, 10);
              cs.newLineAtOffset(xs[c], y - row * 14);
              cs.showText(cells[c]);
              cs.endText();
            }
          }
        }
      }
      doc.save(target.toFile());
    }
  }
}
