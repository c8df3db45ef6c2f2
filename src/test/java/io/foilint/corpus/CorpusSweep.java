package io.foilint.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.detect.Finding;
import io.foilint.detect.Severity;
import io.foilint.extract.Limits;
import io.foilint.scan.FileReport;
import io.foilint.scan.ScanEngine;
import io.foilint.verdict.Policy;
import io.foilint.verdict.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;

/**
 * One pass over corpus folders for a format's corpus test: every file through the whole engine,
 * and in the same run its text through Tika's parser for that format, so foilint's time per file
 * stands beside plain text extraction; then recall of the features LABELS.tsv records. Writes
 * {@code target/<name>-corpus-verdicts.tsv} (verdict, rules, ms, Tika ms per file) and
 * {@code target/<name>-corpus-recall.tsv}.
 */
final class CorpusSweep {

  /** Corpus label → the rules that count as reporting it. */
  static final Map<String, Set<String>> LABEL_RULES = new LinkedHashMap<>();

  static {
    LABEL_RULES.put("tracked_changes", Set.of("tracked-changes"));
    LABEL_RULES.put("hidden_text", Set.of("hidden-text"));
    LABEL_RULES.put("comments", Set.of("comments"));
    LABEL_RULES.put("embedded_objects", Set.of("embedded-objects"));
    LABEL_RULES.put("vba_macros", Set.of("macros"));
    LABEL_RULES.put("custom_xml_parts", Set.of("custom-xml"));
    LABEL_RULES.put("metadata_author", Set.of("document-properties"));
    LABEL_RULES.put("custom_properties", Set.of("document-properties"));
    LABEL_RULES.put("persons_part", Set.of("comments"));
  }

  final Path root;
  private final String name;
  /** Reports by path relative to the corpus root, in path order. */
  final Map<String, FileReport> reports = new TreeMap<>();

  private CorpusSweep(Path root, String name) {
    this.root = root;
    this.name = name;
  }

  /** Scans every regular file directly in {@code dirs} (relative to {@code root}). */
  static CorpusSweep run(Path root, String name, List<String> dirs, Parser tika) throws IOException {
    CorpusSweep sweep = new CorpusSweep(root, name);
    List<Path> files = new ArrayList<>();
    for (String d : dirs) {
      Path dir = root.resolve(d);
      if (Files.isDirectory(dir)) {
        try (Stream<Path> s = Files.list(dir)) {
          s.filter(Files::isRegularFile).sorted().forEach(files::add);
        }
      }
    }
    ScanEngine engine =
        new ScanEngine(Limits.DEFAULT.withTimePerFile(Duration.ofSeconds(60)), Policy.DEFAULT);
    long[] millis = new long[files.size()];
    long[] tikaMillis = new long[files.size()];
    int tikaFailed = 0;
    StringBuilder perFile = new StringBuilder("file\tverdict\trules\tms\ttika_ms\n");
    for (int i = 0; i < files.size(); i++) {
      Path f = files.get(i);
      long t = System.nanoTime();
      List<FileReport> r = engine.scan(List.of(f));
      millis[i] = (System.nanoTime() - t) / 1_000_000;
      if (r.size() != 1) {
        throw new AssertionError(f + ": " + r.size() + " reports");
      }
      String key = root.relativize(f).toString();
      sweep.reports.put(key, r.get(0));
      t = System.nanoTime();
      tikaFailed += tikaText(tika, f) ? 0 : 1;
      tikaMillis[i] = (System.nanoTime() - t) / 1_000_000;
      perFile.append(key).append('\t').append(r.get(0).verdict()).append('\t')
          .append(String.join(",", rules(r.get(0)))).append('\t').append(millis[i]).append('\t')
          .append(tikaMillis[i]).append('\n');
    }
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/" + name + "-corpus-verdicts.tsv"), perFile);
    Map<Verdict, Long> verdicts = sweep.reports.values().stream()
        .collect(Collectors.groupingBy(FileReport::verdict, TreeMap::new, Collectors.counting()));
    System.out.printf(Locale.ROOT,
        "[foilint] %s corpus: %d files; foilint per file median %d ms, max %d ms, total %d ms;"
            + " Tika text median %d ms, max %d ms, total %d ms (%d files Tika could not parse);"
            + " verdicts %s%n",
        name, files.size(), median(millis), max(millis), Arrays.stream(millis).sum(),
        median(tikaMillis), max(tikaMillis), Arrays.stream(tikaMillis).sum(), tikaFailed, verdicts);
    return sweep;
  }

  /**
   * Recall per label for the files this sweep scanned: a labelled file counts as found when a
   * rule {@link #LABEL_RULES} accepts fired on it; a file foilint could not open (password,
   * damage, a limit) cannot show its features and is not counted.
   */
  private Map<String, Double> recall() throws IOException {
    Map<String, Set<String>> labelled = new LinkedHashMap<>();
    for (String line : Files.readAllLines(root.resolve("LABELS.tsv"))) {
      String[] c = line.split("\t");
      if (c.length >= 2 && LABEL_RULES.containsKey(c[1]) && reports.containsKey(c[0])) {
        labelled.computeIfAbsent(c[1], k -> new TreeSet<>()).add(c[0]);
      }
    }
    StringBuilder tsv = new StringBuilder("label\tfiles\tfound\trecall\tmissed\n");
    Map<String, Double> recall = new LinkedHashMap<>();
    for (Map.Entry<String, Set<String>> e : labelled.entrySet()) {
      Set<String> accepted = LABEL_RULES.get(e.getKey());
      List<String> countable = e.getValue().stream().filter(f -> !failedClosed(reports.get(f))).toList();
      List<String> missed = countable.stream()
          .filter(f -> rules(reports.get(f)).stream().noneMatch(accepted::contains)).toList();
      double r = countable.isEmpty() ? 1.0 : (double) (countable.size() - missed.size()) / countable.size();
      recall.put(e.getKey(), r);
      tsv.append(e.getKey()).append('\t').append(countable.size()).append('\t')
          .append(countable.size() - missed.size()).append('\t')
          .append(String.format(Locale.ROOT, "%.2f", r)).append('\t')
          .append(String.join(",", missed)).append('\n');
    }
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/" + name + "-corpus-recall.tsv"), tsv);
    System.out.print(tsv);
    return recall;
  }

  /** Asserts each label's recall is at least its {@code minimum} (a label no file has: 1). */
  void assertRecallAtLeast(Map<String, Double> minimum) throws IOException {
    Map<String, Double> recall = recall();
    for (Map.Entry<String, Double> e : minimum.entrySet()) {
      assertThat(recall.getOrDefault(e.getKey(), 1.0)).as("recall of " + e.getKey())
          .isGreaterThanOrEqualTo(e.getValue());
    }
  }

  /** Tika's plain text of the file (all of it); false when Tika throws. */
  private static boolean tikaText(Parser parser, Path f) {
    try (InputStream in = Files.newInputStream(f)) {
      parser.parse(in, new BodyContentHandler(-1), new Metadata(), new ParseContext());
      return true;
    } catch (Exception | StackOverflowError e) {
      return false;
    }
  }

  /** The file itself was not read: encrypted, damaged or over a limit. */
  static boolean failedClosed(FileReport r) {
    return r.findings().stream().anyMatch(x -> x.location().container().isEmpty()
        && x.severity() == Severity.BLOCK
        && Set.of("encrypted-file", "unreadable-file", "limit-exceeded").contains(x.rule()));
  }

  static Set<String> rules(FileReport r) {
    return r.findings().stream().map(Finding::rule).collect(Collectors.toCollection(TreeSet::new));
  }

  private static long median(long[] a) {
    long[] s = a.clone();
    Arrays.sort(s);
    return s.length == 0 ? 0 : s[s.length / 2];
  }

  private static long max(long[] a) {
    return Arrays.stream(a).max().orElse(0);
  }
}
