package io.foilint.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The spreadsheet benchmark of docs/benchmarks.md. For personnel workbooks of 200,000 and
 * 1,000,000 rows × 8 columns (data visible, and data on a hidden sheet) it runs, each in a fresh
 * JVM with the same heap, alternating and repeated:
 *
 * <ol>
 *   <li>inflate: only inflating the sheet XML (the floor any xlsx reader pays);
 *   <li>tika: Tika's text extraction of the file (AutoDetectParser);
 *   <li>foilint: {@code foilint scan --format json} on the file.
 * </ol>
 *
 * <p>and reports the median wall time, the median peak RSS (from {@code /usr/bin/time}) and the
 * ratios foilint/inflate and foilint/tika measured in the same run. Run:
 *
 * <pre>
 * mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) io.foilint.bench.SpreadsheetBenchmark [runs] [heap]
 * </pre>
 */
public final class SpreadsheetBenchmark {

  private SpreadsheetBenchmark() {}

  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
    String heap = args.length > 1 ? args[1] : "256m";
    Path dir = Path.of("target/bench");
    String cp = System.getProperty("java.class.path");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    if (!Files.isExecutable(Path.of("/usr/bin/time"))) {
      throw new IllegalStateException("needs /usr/bin/time (Debian package 'time') to read peak RSS");
    }
    StringBuilder md = new StringBuilder();
    md.append(String.format(Locale.ROOT, "JVM -Xmx%s -XX:+UseParallelGC, %d runs each, medians; %s, %d cores%n%n",
        heap, runs, System.getProperty("java.vm.version"), Runtime.getRuntime().availableProcessors()));
    md.append("| file | size | inflate s (RSS MB) | tika s (RSS MB) | foilint s (RSS MB) | foilint/inflate | foilint/tika | foilint verdict |\n");
    md.append("|---|---|---|---|---|---|---|---|\n");
    for (int rows : new int[] {200_000, 1_000_000}) {
      for (boolean hidden : new boolean[] {false, true}) {
        Path file = PersonnelWorkbooks.write(
            dir.resolve("personnel-" + rows + (hidden ? "-hidden" : "-visible") + ".xlsx"), rows, hidden);
        List<BenchRuns.Sample> inflate = new ArrayList<>();
        List<BenchRuns.Sample> tika = new ArrayList<>();
        List<BenchRuns.Sample> foilint = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
          inflate.add(BenchRuns.run(java, heap, cp, "io.foilint.bench.InflateSheets", file.toString()));
          tika.add(BenchRuns.run(java, heap, cp, "io.foilint.bench.TikaExtract", file.toString()));
          foilint.add(BenchRuns.run(java, heap, cp, "io.foilint.cli.Main", "scan", "--format", "json", file.toString()));
        }
        BenchRuns.Sample f = foilint.get(0);
        String verdict = BenchRuns.verdict(f);
        String tikaCell = tika.stream().allMatch(x -> x.exit() == 0)
            ? BenchRuns.cell(tika) : BenchRuns.cell(tika) + " failed (exit " + tika.get(0).exit() + ")";
        md.append(String.format(Locale.ROOT, "| %s | %.1f MB | %s | %s | %s | %.2f | %.2f | %s |%n",
            file.getFileName(), Files.size(file) / 1e6, BenchRuns.cell(inflate), tikaCell, BenchRuns.cell(foilint),
            BenchRuns.median(foilint) / (double) BenchRuns.median(inflate), BenchRuns.median(foilint) / (double) BenchRuns.median(tika), verdict));
        System.out.print(md);
        System.out.flush();
      }
    }
    Files.writeString(dir.resolve("results.md"), md);
    System.out.println("\nwritten to " + dir.resolve("results.md"));
  }
}
