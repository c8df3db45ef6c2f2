package io.foilint.extract.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.foilint.detect.Evidence;
import io.foilint.testing.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * A survey, not a check: runs the covered-text pass over every PDF under the given corpus
 * folders and prints how many pages have text under boxes and the median time per page. Run it
 * with {@code mvn -q -B test -Dtest=CoveredTextSurveyTest -Dfoilint.survey=pdf,robustness/pdf}.
 */
class CoveredTextSurveyTest {

  @Test
  void survey() throws IOException {
    String folders = System.getProperty("foilint.survey", "");
    assumeTrue(!folders.isBlank(), "survey runs only with -Dfoilint.survey=<corpus folders>");
    assertThat(survey(Corpus.root(), folders, Boolean.getBoolean("foilint.survey.clear")))
        .isPositive();
  }

  /** For running outside Maven: {@code java ... CoveredTextSurveyTest <corpus> <folders>}. */
  public static void main(String[] args) throws IOException {
    survey(Path.of(args[0]), args[1], args.length > 2);
  }

  /** Prints the hits and the summary; returns how many files were read. */
  static int survey(Path corpus, String folders, boolean showText) throws IOException {
    List<Double> msPerPage = new ArrayList<>();
    int files = 0;
    int pagesWithHits = 0;
    int boxes = 0;
    for (String folder : folders.split(",")) {
      Path root = corpus.resolve(folder.strip());
      List<Path> pdfs;
      try (Stream<Path> s = Files.walk(root)) {
        pdfs = s.filter(p -> p.toString().toLowerCase(Locale.ROOT).endsWith(".pdf")).sorted().toList();
      }
      for (Path pdf : pdfs) {
        try (PDDocument doc =
            Loader.loadPDF(pdf.toFile(), "", IOUtils.createTempFileOnlyStreamCache())) {
          files++;
          GlyphInkBounds ink = new GlyphInkBounds();
          BoxRenderCheck check = new BoxRenderCheck(doc);
          for (int i = 0; i < doc.getNumberOfPages(); i++) {
            long t0 = System.nanoTime();
            List<CoveredBox> found;
            try {
              found = PdfCoveredText.coveredBoxes(i, doc.getPage(i), ink, check);
            } catch (IOException | RuntimeException e) {
              System.out.printf("%s p%d: error %s%n", root.relativize(pdf), i + 1, e);
              continue;
            }
            msPerPage.add((System.nanoTime() - t0) / 1e6);
            if (!found.isEmpty()) {
              pagesWithHits++;
              boxes += found.size();
              for (CoveredBox b : found) {
                System.out.printf(
                    "%s p%d %s: %s%n",
                    root.relativize(pdf), i + 1, b.describe(),
                    showText ? b.text() : Evidence.mask(b.text()));
              }
            }
          }
        } catch (IOException | RuntimeException e) {
          System.out.printf("%s: cannot open (%s)%n", pdf.getFileName(), e.getClass().getSimpleName());
        }
      }
    }
    Collections.sort(msPerPage);
    double median = msPerPage.isEmpty() ? 0 : msPerPage.get(msPerPage.size() / 2);
    System.out.printf(
        "SURVEY files=%d pages=%d pagesWithTextUnderBoxes=%d boxes=%d medianMsPerPage=%.2f"
            + " p90=%.2f max=%.1f%n",
        files, msPerPage.size(), pagesWithHits, boxes, median,
        msPerPage.isEmpty() ? 0 : msPerPage.get((int) (msPerPage.size() * 0.9)),
        msPerPage.isEmpty() ? 0 : msPerPage.get(msPerPage.size() - 1));
    return files;
  }
}
