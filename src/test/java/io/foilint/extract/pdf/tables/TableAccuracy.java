package io.foilint.extract.pdf.tables;

import io.foilint.extract.ExtractionContext;
import io.foilint.model.Cell;
import io.foilint.model.Row;
import io.foilint.testing.RecordingHandler;
import io.foilint.testing.RecordingHandler.RecordedTable;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Scores the PDF table finder against tables of known shape.
 *
 * <p>A cell counts when its row, column and text (whitespace collapsed) all match an expected
 * non-blank cell of the table it was paired with; cell precision is counted over every cell of
 * every table found on a scored page (tables found where none is expected count against it). A
 * found table is paired with the expected table on the same page with which it shares the most
 * cell texts, and counts as detected when it shares at least half of that table's cells.
 */
public final class TableAccuracy {

  /** A page to score: the tables expected on it (none for a page of prose). */
  public record Case(String set, Path file, int page, List<List<List<String>>> expected) {}

  /** Running totals for one set of cases. */
  public static final class Score {
    public int expectedTables;
    public int foundTables;
    public int matchedTables;
    public int expectedCells;
    public int foundCells;
    public int matchedCells;
    public int pages;

    public double tablePrecision() {
      return ratio(matchedTables, foundTables);
    }

    public double tableRecall() {
      return ratio(matchedTables, expectedTables);
    }

    public double cellPrecision() {
      return ratio(matchedCells, foundCells);
    }

    public double cellRecall() {
      return ratio(matchedCells, expectedCells);
    }

    void add(Score o) {
      expectedTables += o.expectedTables;
      foundTables += o.foundTables;
      matchedTables += o.matchedTables;
      expectedCells += o.expectedCells;
      foundCells += o.foundCells;
      matchedCells += o.matchedCells;
      pages += o.pages;
    }

    private static double ratio(int a, int b) {
      return b == 0 ? 1.0 : (double) a / b;
    }
  }

  private TableAccuracy() {}

  /** The generated samples as cases, one per page. */
  public static List<Case> generated(Path dir) throws IOException {
    List<Case> cases = new ArrayList<>();
    for (PdfTableSamples.Sample s : PdfTableSamples.write(dir)) {
      Map<Integer, List<List<List<String>>>> byPage = new LinkedHashMap<>();
      for (PdfTableSamples.Expected e : s.tables()) {
        byPage.computeIfAbsent(e.page(), k -> new ArrayList<>()).add(e.rows());
      }
      for (int p : s.pagesWithoutTables()) {
        byPage.put(p, List.of());
      }
      byPage.forEach((page, tables) -> cases.add(new Case("generated", s.file(), page, tables)));
    }
    return cases;
  }

  /** The hand-labelled corpus tables; empty when the corpus is absent. */
  public static List<Case> corpus(Path corpusRoot) throws IOException {
    List<Case> cases = new ArrayList<>();
    if (corpusRoot == null || !Files.isDirectory(corpusRoot)) {
      return cases;
    }
    Map<String, List<List<List<String>>>> byPage = new LinkedHashMap<>();
    try (InputStream in = TableAccuracy.class.getResourceAsStream("corpus-tables.tsv");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      List<List<String>> open = null;
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("#")) {
          continue;
        }
        if (line.isEmpty()) {
          open = null;
          continue;
        }
        String[] f = line.split("\t", -1);
        if (open == null && (f[0].equals("table") || f[0].equals("notable"))) {
          List<List<List<String>>> tables = byPage.computeIfAbsent(f[1] + "\t" + f[2], k -> new ArrayList<>());
          if (f[0].equals("table")) {
            open = new ArrayList<>();
            tables.add(open);
          }
          continue;
        }
        if (open != null) {
          open.add(List.of(f));
        }
      }
    }
    for (Map.Entry<String, List<List<List<String>>>> e : byPage.entrySet()) {
      String[] k = e.getKey().split("\t");
      Path file = corpusRoot.resolve(k[0]);
      if (Files.exists(file)) {
        cases.add(new Case("corpus", file, Integer.parseInt(k[1]), e.getValue()));
      }
    }
    return cases;
  }

  /** Scores the cases grouped by set, plus an "all" line. */
  public static Map<String, Score> score(List<Case> cases) throws IOException {
    Map<String, Score> scores = new LinkedHashMap<>();
    Map<Path, Map<Integer, List<RecordedTable>>> found = new HashMap<>();
    Score all = new Score();
    for (Case c : cases) {
      Map<Integer, List<RecordedTable>> pages = found.get(c.file());
      if (pages == null) {
        pages = tablesByPage(c.file());
        found.put(c.file(), pages);
      }
      Score s = scorePage(c.expected(), pages.getOrDefault(c.page(), List.of()));
      scores.computeIfAbsent(c.set(), k -> new Score()).add(s);
      all.add(s);
    }
    scores.put("all", all);
    return scores;
  }

  /**
   * Runs the whole PDF extractor over a file — the path a scan takes, tables read within the
   * page-text pass — and files its tables by page.
   */
  public static Map<Integer, List<RecordedTable>> tablesByPage(Path file) throws IOException {
    RecordingHandler out = new RecordingHandler();
    try {
      new io.foilint.extract.pdf.PdfExtractor().extract(file, ExtractionContext.standalone(), out);
    } catch (io.foilint.extract.ExtractionException e) {
      throw new IOException(e);
    }
    Map<Integer, List<RecordedTable>> byPage = new HashMap<>();
    for (RecordedTable t : out.tables) {
      int page = Integer.parseInt(t.start().location().place().replace("page ", ""));
      byPage.computeIfAbsent(page, k -> new ArrayList<>()).add(t);
    }
    return byPage;
  }

  static Score scorePage(List<List<List<String>>> expected, List<RecordedTable> tables) {
    Score s = new Score();
    s.pages = 1;
    s.expectedTables = expected.size();
    s.foundTables = tables.size();
    List<Set<String>> expectedCells = new ArrayList<>();
    for (List<List<String>> e : expected) {
      Set<String> cells = cells(e);
      expectedCells.add(cells);
      s.expectedCells += cells.size();
    }
    boolean[] used = new boolean[expected.size()];
    for (RecordedTable t : tables) {
      Set<String> got = new HashSet<>();
      for (Row r : t.rows()) {
        for (Cell c : r.cells()) {
          got.add(key(r.index(), c.column(), c.value()));
        }
      }
      s.foundCells += got.size();
      int best = -1;
      int bestShared = 0;
      for (int i = 0; i < expected.size(); i++) {
        if (used[i]) {
          continue;
        }
        int shared = sharedTexts(expectedCells.get(i), got);
        if (shared > bestShared) {
          best = i;
          bestShared = shared;
        }
      }
      if (best >= 0 && bestShared * 2 >= expectedCells.get(best).size()) {
        used[best] = true;
        s.matchedTables++;
        Set<String> hit = new HashSet<>(got);
        hit.retainAll(expectedCells.get(best));
        s.matchedCells += hit.size();
      }
    }
    return s;
  }

  private static Set<String> cells(List<List<String>> rows) {
    Set<String> out = new HashSet<>();
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < rows.get(r).size(); c++) {
        String v = norm(rows.get(r).get(c));
        if (!v.isEmpty()) {
          out.add(key(r, c, v));
        }
      }
    }
    return out;
  }

  private static int sharedTexts(Set<String> expected, Set<String> got) {
    Map<String, Integer> texts = new HashMap<>();
    for (String k : expected) {
      texts.merge(k.substring(k.indexOf('|', k.indexOf('|') + 1) + 1), 1, Integer::sum);
    }
    int n = 0;
    for (String k : got) {
      String t = k.substring(k.indexOf('|', k.indexOf('|') + 1) + 1);
      Integer left = texts.get(t);
      if (left != null && left > 0) {
        texts.put(t, left - 1);
        n++;
      }
    }
    return n;
  }

  private static String key(int row, int column, String text) {
    return row + "|" + column + "|" + norm(text);
  }

  static String norm(String s) {
    return s.strip().replaceAll("\\s+", " ");
  }

  /** The figures as a markdown table. */
  public static String markdown(Map<String, Score> scores) {
    StringBuilder sb = new StringBuilder();
    sb.append("| set | pages | tables expected | tables found | table precision | table recall |"
        + " cells expected | cell precision | cell recall |\n");
    sb.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Map.Entry<String, Score> e : scores.entrySet()) {
      Score s = e.getValue();
      sb.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %.3f | %.3f | %d | %.3f | %.3f |%n",
          e.getKey(), s.pages, s.expectedTables, s.foundTables, s.tablePrecision(), s.tableRecall(),
          s.expectedCells, s.cellPrecision(), s.cellRecall()));
    }
    return sb.toString();
  }
}
