package io.foilint.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Word benchmark of docs/benchmarks.md (issue 10): a 1,000-page letter (25,000 paragraphs)
 * ending in a 5,000-row staff table, each step in a fresh JVM with the same heap, alternating and
 * repeated: inflate (only inflating the {@code word/} parts), Tika's text extraction, and
 * {@code foilint scan --format json}. Median wall time and peak RSS, and the ratios to the two
 * baselines measured in the same run. Run:
 *
 * <pre>
 * mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) io.foilint.bench.WordBenchmark [runs] [heap]
 * </pre>
 */
public final class WordBenchmark {

  private WordBenchmark() {}

  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
    String heap = args.length > 1 ? args[1] : "256m";
    String cp = System.getProperty("java.class.path");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path file = LongLetters.write(Path.of("target/bench/letter-1000-pages-5000-rows.docx"), 25_000, 5_000);
    List<BenchRuns.Sample> inflate = new ArrayList<>();
    List<BenchRuns.Sample> tika = new ArrayList<>();
    List<BenchRuns.Sample> foilint = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      inflate.add(BenchRuns.run(java, heap, cp, "io.foilint.bench.InflateSheets", file.toString(), "word/"));
      tika.add(BenchRuns.run(java, heap, cp, "io.foilint.bench.TikaExtract", file.toString()));
      foilint.add(BenchRuns.run(java, heap, cp, "io.foilint.cli.Main", "scan", "--format", "json", file.toString()));
    }
    String md = String.format(Locale.ROOT,
        "JVM -Xmx%s -XX:+UseParallelGC, %d runs each, medians; %s, %d cores%n%n"
            + "| file | size | inflate s (RSS MB) | tika s (RSS MB) | foilint s (RSS MB) | foilint/inflate | foilint/tika | foilint verdict |%n"
            + "|---|---|---|---|---|---|---|---|%n"
            + "| %s | %.1f MB | %s | %s | %s | %.2f | %.2f | %s |%n",
        heap, runs, System.getProperty("java.vm.version"), Runtime.getRuntime().availableProcessors(),
        file.getFileName(), Files.size(file) / 1e6, BenchRuns.cell(inflate),
        BenchRuns.cell(tika) + (tika.stream().allMatch(x -> x.exit() == 0) ? "" : " failed"),
        BenchRuns.cell(foilint), BenchRuns.median(foilint) / (double) BenchRuns.median(inflate),
        BenchRuns.median(foilint) / (double) BenchRuns.median(tika), BenchRuns.verdict(foilint.get(0)));
    System.out.print(md);
  }
}
