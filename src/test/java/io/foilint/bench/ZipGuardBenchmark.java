package io.foilint.bench;

import io.foilint.extract.ExtractionException;
import io.foilint.extract.Limits;
import io.foilint.source.ZipGuard;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What the zip guard costs: {@link ZipGuard#check} (both directories walked, every entry inflated
 * once through a CRC32) and {@link ZipGuard#checkPackage}, timed over every xlsx of a folder and
 * over a large personnel workbook. Best of N runs, one JVM, after a warm-up pass.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) io.foilint.bench.ZipGuardBenchmark \
 *   3 ../shared/corpus/xlsx target/bench
 * </pre>
 */
public final class ZipGuardBenchmark {

  public static void main(String[] args) throws Exception {
    int runs = Integer.parseInt(args[0]);
    Path corpus = Path.of(args[1]);
    Path work = Path.of(args[2]);
    Files.createDirectories(work);
    List<Path> files;
    try (Stream<Path> s = Files.list(corpus)) {
      files = s.filter(p -> p.toString().endsWith(".xlsx") || p.toString().endsWith(".xlsm")).sorted().toList();
    }
    long bytes = 0;
    for (Path p : files) {
      bytes += Files.size(p);
    }
    Path big = PersonnelWorkbooks.write(work.resolve("personnel-1000000-visible.xlsx"), 1_000_000, false);
    time(files, 1); // warm-up
    System.out.printf(Locale.ROOT, "JVM %s, %d cores, best of %d%n", System.getProperty("java.vm.version"),
        Runtime.getRuntime().availableProcessors(), runs);
    System.out.printf(Locale.ROOT, "| %s | %d files, %.1f MB | %.2f s | %d refused |%n", corpus, files.size(),
        bytes / 1e6, time(files, runs), refused);
    refused = 0;
    System.out.printf(Locale.ROOT, "| %s | %.1f MB | %.2f s | %d refused |%n", big.getFileName(), Files.size(big) / 1e6,
        time(List.of(big), runs), refused);
  }

  private static int refused;

  private static double time(List<Path> files, int runs) {
    double best = Double.MAX_VALUE;
    for (int r = 0; r < runs; r++) {
      refused = 0;
      long t0 = System.nanoTime();
      for (Path p : files) {
        try {
          ZipGuard.check(p, Limits.DEFAULT);
          ZipGuard.checkPackage(p);
        } catch (ExtractionException e) {
          refused++;
        }
      }
      best = Math.min(best, (System.nanoTime() - t0) / 1e9);
    }
    return best;
  }
}
