package io.foilint.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.FoiLint;
import io.foilint.detect.Finding;
import io.foilint.detect.Severity;
import io.foilint.extract.Limits;
import io.foilint.scan.FileReport;
import io.foilint.testing.Corpus;
import io.foilint.verdict.Policy;
import io.foilint.verdict.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Hand labels of corpus files keep the verdicts honest (issue 9): a file labelled clean must not
 * BLOCK, a labelled leak must not PASS. Labels come from {@code verdict-labels.tsv} (hand checks,
 * the false BLOCKs fixed in issue 9) and from the corpus's own LABELS.tsv: a file of a format
 * foilint reads, labelled with a hiding place that holds content, must not PASS unless the TSV
 * says (may-pass) that the place was found empty by hand. Every file is scanned once, in one run.
 */
class CorpusVerdictLabelsTest {

  /** LABELS.tsv features that are hiding places holding content. */
  static final Set<String> HIDING_PLACES = Set.of("hidden_sheet", "very_hidden_sheet", "comments",
      "threaded_comments", "hidden_rows", "hidden_cols", "pivot_cache_records", "tracked_changes",
      "hidden_text", "embedded_files", "annotations_markup");

  /** Formats foilint reads, by the corpus folder (robustness/ keeps the same names). */
  static final Set<String> READ_FOLDERS = Set.of("xlsx", "xls", "xlsb", "ods", "csv", "pdf",
      "pdf-redaction");

  @Test
  void labelledCleanFilesDoNotBlockAndLabelledLeaksDoNotPass() throws IOException {
    Path root = Corpus.root();
    Map<String, List<String[]>> expected = new TreeMap<>();
    Set<String> mayPass = new java.util.TreeSet<>();
    for (String[] label : handLabels()) {
      if (label[3].equals("may-pass")) {
        mayPass.add(label[0]);
      } else if (!label[3].equals("-")) {
        expected.computeIfAbsent(label[0], k -> new ArrayList<>()).add(label);
      }
    }
    int fromCorpusLabels = 0;
    for (String line : Files.readAllLines(root.resolve("LABELS.tsv"), StandardCharsets.UTF_8)) {
      String[] c = line.split("\t", 3);
      if (c.length >= 2 && HIDING_PLACES.contains(c[1]) && readByFoilint(c[0])
          && !mayPass.contains(c[0]) && Files.isRegularFile(root.resolve(c[0]))) {
        if (!expected.containsKey(c[0])) {
          fromCorpusLabels++;
        }
        expected.computeIfAbsent(c[0], k -> new ArrayList<>())
            .add(new String[] {c[0], c[1], "label", "not-pass", "LABELS.tsv: " + c[1]});
      }
    }
    assertThat(expected).hasSizeGreaterThan(100);

    List<Path> files = expected.keySet().stream().map(root::resolve).toList();
    long start = System.nanoTime();
    List<FileReport> reports = FoiLint.check(files, Policy.DEFAULT,
        Limits.DEFAULT.withTimePerFile(Duration.ofSeconds(60))).files();
    Map<String, FileReport> byFile = new LinkedHashMap<>();
    for (FileReport r : reports) {
      byFile.put(root.relativize(Path.of(r.path()).toAbsolutePath().normalize()).toString(), r);
    }
    System.out.printf(java.util.Locale.ROOT,
        "[foilint] corpus verdict labels: %d files (%d only from LABELS.tsv) scanned in %.1f s%n",
        files.size(), fromCorpusLabels, (System.nanoTime() - start) / 1e9);

    List<String> wrong = new ArrayList<>();
    for (var e : expected.entrySet()) {
      FileReport r = byFile.get(e.getKey());
      assertThat(r).as("report of " + e.getKey()).isNotNull();
      for (String[] label : e.getValue()) {
        if (!holds(label[3], r)) {
          wrong.add(e.getKey() + ": expected " + label[3] + ", got " + r.verdict() + " "
              + blockRules(r) + " (" + label[4] + ")");
        }
      }
    }
    assertThat(wrong).as("corpus files whose verdict contradicts a hand label").isEmpty();
  }

  static boolean holds(String expected, FileReport r) {
    if (expected.startsWith("not-block:")) {
      String rule = expected.substring("not-block:".length());
      return r.findings().stream()
          .noneMatch(f -> f.rule().equals(rule) && f.severity() == Severity.BLOCK);
    }
    return switch (expected) {
      case "not-block" -> r.verdict() != Verdict.BLOCK;
      case "not-pass" -> r.verdict() != Verdict.PASS;
      default -> r.verdict() == Verdict.valueOf(expected);
    };
  }

  private static List<String> blockRules(FileReport r) {
    return r.findings().stream().filter(f -> f.severity() == Severity.BLOCK).map(Finding::rule)
        .distinct().toList();
  }

  static boolean readByFoilint(String file) {
    String[] parts = file.split("/");
    String folder = parts[0].equals("robustness") && parts.length > 2 ? parts[1] : parts[0];
    return READ_FOLDERS.contains(folder);
  }

  /** Rows of verdict-labels.tsv: file, rule, checked, expected, why. */
  static List<String[]> handLabels() throws IOException {
    List<String[]> out = new ArrayList<>();
    try (InputStream in = CorpusVerdictLabelsTest.class.getResourceAsStream("verdict-labels.tsv")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      for (String line : text.split("\n")) {
        if (line.isBlank() || line.startsWith("#") || line.startsWith("file\t")) {
          continue;
        }
        String[] c = line.split("\t", 5);
        assertThat(c).as(line).hasSize(5);
        out.add(c);
      }
    }
    return out;
  }
}
