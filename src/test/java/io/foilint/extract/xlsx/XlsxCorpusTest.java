package io.foilint.extract.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.ExtractionException;
import io.foilint.extract.ExtractionException.Reason;
import io.foilint.model.Cell;
import io.foilint.model.ContentHandler;
import io.foilint.model.Fact;
import io.foilint.model.FactKind;
import io.foilint.model.Row;
import io.foilint.model.TableStart;
import io.foilint.model.Visibility;
import io.foilint.testing.Corpus;
import io.foilint.testing.RecordingHandler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The extractor on the shared corpus of real workbooks. */
class XlsxCorpusTest {

  private static final Set<Visibility> HIDDEN_ROW_REASONS =
      EnumSet.of(Visibility.HIDDEN_ROW, Visibility.FILTERED_OUT, Visibility.COLLAPSED_OUTLINE, Visibility.ZERO_HEIGHT_ROW);
  private static final Set<Visibility> HIDDEN_COLUMN_REASONS =
      EnumSet.of(Visibility.HIDDEN_COLUMN, Visibility.ZERO_WIDTH_COLUMN, Visibility.COLLAPSED_OUTLINE);

  /** What one scan saw, without keeping rows. */
  private static final class Summary implements ContentHandler {
    final Map<String, Visibility> tables = new HashMap<>();
    final Set<Visibility> rowReasons = EnumSet.noneOf(Visibility.class);
    final Set<Visibility> cellReasons = EnumSet.noneOf(Visibility.class);
    final List<Fact> facts = new ArrayList<>();
    int cells;

    @Override
    public void startTable(TableStart table) {
      tables.put(table.name(), table.visibility());
    }

    @Override
    public void row(Row row) {
      rowReasons.add(row.visibility());
      for (Cell c : row.cells()) {
        cells++;
        cellReasons.add(c.visibility());
      }
    }

    @Override
    public void fact(Fact fact) {
      facts.add(fact);
    }
  }

  private static Summary scan(Path file) throws Exception {
    Summary s = new Summary();
    new XlsxExtractor().extract(file, ExtractionContext.standalone(), s);
    return s;
  }

  private static List<Path> files(Path dir) throws Exception {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().matches("(?i).*\\.xls[xm]$")).sorted().toList();
    }
  }

  @Test
  void everyCorpusWorkbookEndsInContentOrAnExtractionException() throws Exception {
    Path root = Corpus.root();
    List<Path> all = new ArrayList<>(files(root.resolve("xlsx")));
    all.addAll(files(root.resolve("robustness/xlsx")));
    assertThat(all).isNotEmpty();
    Map<String, Integer> outcomes = new TreeMap<>();
    for (Path f : all) {
      try {
        scan(f);
        outcomes.merge("read", 1, Integer::sum);
      } catch (ExtractionException e) {
        outcomes.merge(e.reason().name(), 1, Integer::sum);
        assertThat(e.getMessage()).as(f.toString()).isNotBlank().doesNotContain("Exception");
      } catch (Throwable t) {
        fail(f + " threw " + t, t);
      }
    }
    System.err.println("[xlsx corpus] " + all.size() + " files: " + outcomes);
  }

  @Test
  void labelledHiddenSheetsRowsAndColumnsAreSeen() throws Exception {
    Path root = Corpus.root();
    Path labels = Corpus.file("LABELS.tsv");
    Map<String, int[]> seen = new TreeMap<>(); // feature -> {seen, labelled}
    List<String> missedSheets = new ArrayList<>();
    for (String line : Files.readAllLines(labels)) {
      String[] f = line.split("\t", 3);
      if (f.length < 3 || !f[0].startsWith("xlsx/")) {
        continue;
      }
      String feature = f[1];
      if (!Set.of("hidden_sheet", "very_hidden_sheet", "hidden_rows", "hidden_cols", "hidden_rows_default")
          .contains(feature)) {
        continue;
      }
      Path file = root.resolve(f[0]);
      if (!Files.exists(file)) {
        continue;
      }
      Summary s = scan(file);
      boolean hit =
          switch (feature) {
            case "hidden_sheet", "very_hidden_sheet" -> {
              Visibility want = feature.equals("hidden_sheet") ? Visibility.HIDDEN_SHEET : Visibility.VERY_HIDDEN_SHEET;
              String names = f[2].substring(f[2].indexOf(':') + 1).trim();
              boolean all = true;
              for (String name : names.split(",")) {
                if (s.tables.get(name.trim()) != want) {
                  all = false;
                  missedSheets.add(f[0] + " " + name);
                }
              }
              yield all;
            }
            case "hidden_rows" -> s.rowReasons.stream().anyMatch(HIDDEN_ROW_REASONS::contains);
            case "hidden_cols" -> s.cellReasons.stream().anyMatch(HIDDEN_COLUMN_REASONS::contains);
            default -> s.rowReasons.contains(Visibility.ZERO_HEIGHT_ROW);
          };
      int[] counts = seen.computeIfAbsent(feature, k -> new int[2]);
      counts[1]++;
      if (hit) {
        counts[0]++;
      }
    }
    StringBuilder report = new StringBuilder();
    seen.forEach((k, v) -> report.append(k).append(' ').append(v[0]).append('/').append(v[1]).append("; "));
    System.err.println("[xlsx labels] seen/labelled: " + report);
    // every hidden or very hidden sheet must be reported as such
    assertThat(missedSheets).isEmpty();
    // rows and columns: labels count empty hidden rows/columns too, which hold nothing to report
    assertThat(seen.get("hidden_rows")[0]).isGreaterThanOrEqualTo(20); // all 20 whose hidden rows hold values
    assertThat(seen.get("hidden_cols")[0]).isGreaterThanOrEqualTo(5);
  }

  @Test
  void strictOoxmlWorkbooksAreRead() throws Exception {
    RecordingHandler h = new RecordingHandler();
    new XlsxExtractor().extract(Corpus.file("xlsx/poi__SimpleStrict.xlsx"), ExtractionContext.standalone(), h);
    assertThat(h.tables).isNotEmpty();
    assertThat(h.tables.stream().mapToLong(t -> t.cells().size()).sum()).isGreaterThan(0);

    Summary iso = scan(Corpus.file("xlsx/calamine__strict_iso_paths.xlsx"));
    assertThat(iso.cells).isGreaterThan(100);
  }

  @Test
  void xlmMacroSheetIsReportedAndItsCellsStreamed() throws Exception {
    RecordingHandler h = new RecordingHandler();
    new XlsxExtractor().extract(Corpus.file("xlsx/poi__xlmmacro.xlsm"), ExtractionContext.standalone(), h);
    List<Fact> macro = h.facts(FactKind.XLM_MACRO_SHEET);
    assertThat(macro).isNotEmpty();
    String name = macro.get(0).name();
    assertThat(h.tableNames()).contains(name);
    assertThat(macro.get(0).attr("state")).isNotEmpty();
  }

  @Test
  void defaultPasswordWorkbookIsDecryptedAndOthersFailClosed() throws Exception {
    RecordingHandler h = new RecordingHandler();
    new XlsxExtractor().extract(Corpus.file("robustness/xlsx/tika__protect.xlsx"), ExtractionContext.standalone(), h);
    assertThat(h.facts(FactKind.ENCRYPTED_DEFAULT_PASSWORD)).hasSize(1);
    assertThat(h.facts(FactKind.ENCRYPTED_DEFAULT_PASSWORD).get(0).value()).isNotEmpty();
    assertThat(h.tables).isNotEmpty();

    java.nio.file.Path protectedFile = Corpus.file("robustness/xlsx/calamine__pass_protected.xlsx");
    assertThatThrownBy(() -> scan(protectedFile))
        .isInstanceOf(ExtractionException.class)
        .hasMessage("The file is password-protected; foilint cannot see inside it")
        .extracting(e -> ((ExtractionException) e).reason())
        .isEqualTo(Reason.ENCRYPTED);
  }

  @Test
  void hostileFilesFailClosedWithTheRightReason() throws Exception {
    assertReason("robustness/xlsx/poi__poc-xmlbomb.xlsx", Reason.XML_ENTITY);
    assertReason("robustness/xlsx/poi__54764.xlsx", Reason.XML_ENTITY);
    assertReason("robustness/xlsx/poi__duplicate-filename.xlsx", Reason.DUPLICATE_ZIP_ENTRY);
    assertReason("robustness/xlsx/poi__poc-shared-strings.xlsx", Reason.LIMIT_EXCEEDED);
  }

  private static void assertReason(String file, Reason reason) {
    java.nio.file.Path path = Corpus.file(file); // outside the lambda: a missing corpus skips
    assertThatThrownBy(() -> scan(path))
        .as(file)
        .isInstanceOf(ExtractionException.class)
        .extracting(e -> ((ExtractionException) e).reason())
        .isEqualTo(reason);
  }

  @Test
  void savePathIsReported() throws Exception {
    RecordingHandler h = new RecordingHandler();
    new XlsxExtractor().extract(Corpus.file("xlsx/poi__SimpleStrict.xlsx"), ExtractionContext.standalone(), h);
    assertThat(h.facts(FactKind.SAVE_PATH))
        .singleElement()
        .satisfies(f -> {
          assertThat(f.name()).isEqualTo("absPath");
          assertThat(f.value()).isNotBlank();
          assertThat(f.location().place()).endsWith("workbook.xml");
        });
  }
}
