package io.foilint.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** One benchmark step in a fresh JVM under {@code /usr/bin/time}: wall time and peak RSS. */
final class BenchRuns {

  record Sample(long millis, long rssKb, int exit, String out) {}

  private BenchRuns() {}

  /** The verdict of a {@code scan --format json} run, or its failure. */
  static String verdict(Sample f) {
    return f.out().contains("\"verdict\" : \"BLOCK\"") ? "BLOCK"
        : f.out().contains("\"verdict\" : \"REVIEW\"") ? "REVIEW"
        : f.out().contains("\"verdict\" : \"PASS\"") ? "PASS" : "error (exit " + f.exit() + ")";
  }

  static String cell(List<Sample> s) {
    long rss = s.stream().mapToLong(Sample::rssKb).sorted().toArray()[s.size() / 2];
    return String.format(Locale.ROOT, "%.2f (%d)", median(s) / 1000.0, rss / 1024);
  }

  static long median(List<Sample> s) {
    long[] t = s.stream().mapToLong(Sample::millis).sorted().toArray();
    return t[t.length / 2];
  }

  static Sample run(String java, String heap, String cp, String main, String... args)
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
