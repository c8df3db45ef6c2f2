package io.foilint.bench;

import io.foilint.detect.BuiltInDetectors;
import io.foilint.detect.Detector;
import io.foilint.extract.ExtractionContext;
import io.foilint.extract.xlsx.XlsxExtractor;
import io.foilint.model.ContentHandler;
import io.foilint.model.Row;
import io.foilint.model.TableStart;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What personal-data classification and the statistics rules add to a large scan: the same
 * workbook extracted and fed to every detector, with and without those rules, alternating in one
 * warm JVM (first round discarded); medians. Run after {@link SpreadsheetBenchmark} has written the
 * workbooks:
 *
 * <pre>
 * java -Xmx256m -XX:+UseParallelGC -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     io.foilint.bench.ClassificationOverheadBenchmark target/bench/personnel-1000000-visible.xlsx
 * </pre>
 */
public final class ClassificationOverheadBenchmark {

  private static final Set<String> CLASSIFYING_RULES =
      Set.of("personal-data-table", "small-counts", "recoverable-suppression");

  private ClassificationOverheadBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args.length > 0 ? args[0] : "target/bench/personnel-1000000-visible.xlsx");
    List<Long> with = new ArrayList<>();
    List<Long> without = new ArrayList<>();
    for (int round = 0; round < 4; round++) {
      for (boolean all : new boolean[] {true, false}) {
        List<Detector> detectors = new ArrayList<>(BuiltInDetectors.newInstances());
        if (!all) {
          detectors.removeIf(d -> CLASSIFYING_RULES.contains(d.info().id()));
        }
        long start = System.nanoTime();
        new XlsxExtractor().extract(file, ExtractionContext.standalone(), fanOut(detectors));
        detectors.forEach(Detector::finish);
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (round > 0) {
          (all ? with : without).add(millis);
        }
      }
    }
    Collections.sort(with);
    Collections.sort(without);
    long a = with.get(with.size() / 2);
    long b = without.get(without.size() / 2);
    System.out.printf(Locale.ROOT,
        "%s: median %d ms with the personal-data and statistics rules, %d ms without: +%.0f%% (runs %s vs %s)%n",
        file.getFileName(), a, b, 100.0 * (a - b) / b, with, without);
  }

  private static ContentHandler fanOut(List<Detector> detectors) {
    return new ContentHandler() {
      @Override
      public void startTable(TableStart t) {
        detectors.forEach(d -> d.startTable(t));
      }

      @Override
      public void row(Row r) {
        detectors.forEach(d -> d.row(r));
      }

      @Override
      public void endTable() {
        detectors.forEach(Detector::endTable);
      }
    };
  }
}
