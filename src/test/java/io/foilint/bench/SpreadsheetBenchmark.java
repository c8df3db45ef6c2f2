package io.foilint.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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

  private record Sample(long millis, long rssKb, int exit, String out) {}

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
        List<Sample> inflate = new ArrayList<>();
        List<Sample> tika = new ArrayList<>();
        List<Sample> foilint = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
          inflate.add(run(java, heap, cp, "io.foilint.bench.InflateSheets", file.toString()));
          tika.add(run(java, heap, cp, "io.foilint.bench.TikaExtract", file.toString()));
          foilint.add(run(java, heap, cp, "io.foilint.cli.Main", "scan", "--format", "json", file.toString()));
        }
        Sample f = foilint.get(0);
        String verdict = f.out().contains("\"verdict\" : \"BLOCK\"") ? "BLOCK"
            : f.out().contains("\"verdict\" : \"REVIEW\"") ? "REVIEW"
            : f.out().contains("\"verdict\" : \"PASS\"") ? "PASS" : "error (exit " + f.exit() + ")";
        String tikaCell = tika.stream().allMatch(s -> s.exit() == 0)
            ? cell(tika) : cell(tika) + " failed (exit " + tika.get(0).exit() + ")";
        md.append(String.format(Locale.ROOT, "| %s | %.1f MB | %s | %s | %s | %.2f | %.2f | %s |%n",
            file.getFileName(), Files.size(file) / 1e6, cell(inflate), tikaCell, cell(foilint),
            median(foilint) / (double) median(inflate), median(foilint) / (double) median(tika), verdict));
        System.out.print(md);
        System.out.flush();
      }
    }
    Files.writeString(dir.resolve("results.md"), md);
    System.out.println("\nwritten to " + dir.resolve("results.md"));
  }

  private static String cell(List<Sample> s) {
    long rss = s.stream().mapToLong(Sample::rssKb).sorted().toArray()[s.size() / 2];
    return String.format(Locale.ROOT, "%.2f (%d)", median(s) / 1000.0, rss / 1024);
  }

  private static long median(List<Sample> s) {
    long[] t = s.stream().mapToLong(Sample::millis).sorted().toArray();
    return t[t.length / 2];
  }

  private static Sample run(String java, String heap, String cp, String main, String... args)
      throws IOException, InterruptedException {
    Path rssFile = Files.createTempFile("foilint-bench-", ".rss");
    List<String> cmd = new ArrayList<>(List.of(
        "/usr/bin/time", "-f", "%M", "-o", rssFile.toString(), java, "-Xmx" + heap,
        // the collector ./foilint launches with, for every tool alike
        "-XX:+UseParallelGC", "-cp", cp, main));
    cmd.addAll(Arrays.asList(args));
    long start = System.nanoTime();
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int exit = p.waitFor();
    long millis = (System.nanoTime() - start) / 1_000_000;
    String rss = Files.readString(rssFile).strip();
    Files.delete(rssFile);
    long rssKb = Long.parseLong(rss.substring(rss.lastIndexOf('\n') + 1).strip());
    return new Sample(millis, rssKb, exit, out);
  }
}
