package io.foilint.extract.xls;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.ExtractionException;
import io.foilint.model.Fact;
import io.foilint.model.FactKind;
import io.foilint.model.TableOrigin;
import io.foilint.model.TextKind;
import io.foilint.model.Visibility;
import io.foilint.testing.Corpus;
import io.foilint.testing.RecordingHandler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Real files from the shared corpus, checked against the features LABELS.tsv says they hold.
 * Specific files are asserted one by one; a recall summary over all labelled .xls files is
 * printed and held to a floor per label.
 */
class XlsCorpusLabelsTest {

  private static final Set<Visibility> ROW_HIDING =
      EnumSet.of(Visibility.HIDDEN_ROW, Visibility.ZERO_HEIGHT_ROW, Visibility.COLLAPSED_OUTLINE, Visibility.FILTERED_OUT);
  private static final Set<Visibility> COLUMN_HIDING =
      EnumSet.of(Visibility.HIDDEN_COLUMN, Visibility.ZERO_WIDTH_COLUMN, Visibility.COLLAPSED_OUTLINE);

  private static RecordingHandler read(String relative) throws Exception {
    Path file = Corpus.file(relative);
    RecordingHandler h = new RecordingHandler();
    new XlsExtractor().extract(file, ExtractionContext.standalone(), h);
    return h;
  }

  @Test
  void hiddenAndVeryHiddenSheetsFromCalamine() throws Exception {
    RecordingHandler h = read("xls/calamine__any_sheets.xls");
    assertThat(h.table("Hidden").start().visibility()).isEqualTo(Visibility.HIDDEN_SHEET);
    assertThat(h.table("VeryHidden").start().visibility()).isEqualTo(Visibility.VERY_HIDDEN_SHEET);
    assertThat(h.facts(FactKind.VBA_PROJECT)).hasSize(1);
  }

  @Test
  void tikaExtraMetadataHasEveryHidingPlace() throws Exception {
    RecordingHandler h = read("xls/tika__testEXCEL_extra_metadata.xls");
    assertThat(h.table("hidden-sheet").start().visibility()).isEqualTo(Visibility.HIDDEN_SHEET);
    assertThat(h.table("very-hidden-sheet").start().visibility()).isEqualTo(Visibility.VERY_HIDDEN_SHEET);
    assertThat(h.tables.stream().flatMap(t -> t.cells().stream()).map(c -> c.visibility()))
        .anyMatch(ROW_HIDING::contains)
        .anyMatch(COLUMN_HIDING::contains)
        .contains(Visibility.VISIBLE);
    assertThat(h.texts).anyMatch(t -> t.kind() == TextKind.COMMENT && !t.text().isBlank());
  }

  @Test
  void commentsCarryTextAndAuthor() throws Exception {
    RecordingHandler h = read("xls/poi__SimpleWithComments.xls");
    assertThat(h.texts.stream().filter(t -> t.kind() == TextKind.COMMENT)).hasSize(3)
        .allMatch(t -> !t.text().isBlank() && t.visibility() == Visibility.COMMENT);
    assertThat(h.facts(FactKind.COMMENT_AUTHOR)).isNotEmpty();
  }

  @Test
  void externalLinkWithTargetPath() throws Exception {
    RecordingHandler h = read("xls/poi__46670_local.xls");
    List<Fact> links = h.facts(FactKind.EXTERNAL_LINK);
    assertThat(links).hasSize(1);
    assertThat(links.get(0).value()).isNotBlank().doesNotContainPattern("[\\x00-\\x1f]");
    // located by the linked workbook's file name, as Excel's Data > Edit Links lists it
    String file = links.get(0).value().substring(links.get(0).value().lastIndexOf('/') + 1);
    assertThat(links.get(0).location().place()).isEqualTo("linked workbook 1 (" + file + ")")
        .doesNotContain("SUPBOOK");
  }

  @Test
  void externalLinkCachesAreTables() throws Exception {
    RecordingHandler h = read("xls/poi__XRefCalc.xls");
    assertThat(h.facts(FactKind.EXTERNAL_LINK)).isNotEmpty();
    assertThat(h.tables).anyMatch(t -> t.start().origin() == TableOrigin.EXTERNAL_LINK_CACHE && !t.cells().isEmpty());
    assertThat(h.tables).filteredOn(t -> t.start().origin() == TableOrigin.EXTERNAL_LINK_CACHE)
        .allMatch(t -> t.start().location().place().matches("linked workbook \\d+ \\(.+\\) \\[.+]"));
  }

  @Test
  void embeddedObjectsAreReported() throws Exception {
    RecordingHandler h = read("xls/poi__ole2-embedding.xls");
    assertThat(h.facts(FactKind.EMBEDDED_OBJECT)).hasSize(2);
  }

  @Test
  void hiddenDefinedNames() throws Exception {
    RecordingHandler h = read("xls/poi__SimpleWithAutofilter.xls");
    assertThat(h.facts(FactKind.DEFINED_NAME)).anyMatch(f -> f.flag("hidden") && f.flag("builtin"));
  }

  @Test
  void chartSheetCachesAreChartCacheTables() throws Exception {
    RecordingHandler h = read("xls/poi__SimpleScatterChart.xls");
    var chart = h.table("Chart1");
    assertThat(chart.start().origin()).isEqualTo(TableOrigin.CHART_CACHE);
    assertThat(chart.cells()).hasSize(2).allMatch(c -> c.visibility() == Visibility.CHART_CACHE);
    assertThat(h.facts(FactKind.CHART)).anyMatch(f -> f.intAttr("cachedPoints") == 2);
  }

  @Test
  void encryptedWithRealPasswordIsRefused() {
    Path file = Corpus.file("robustness/xls/poi__password.xls");
    try {
      new XlsExtractor().extract(file, ExtractionContext.standalone(), new RecordingHandler());
      throw new AssertionError("expected ENCRYPTED");
    } catch (ExtractionException e) {
      assertThat(e.reason()).isEqualTo(ExtractionException.Reason.ENCRYPTED);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void recallPerLabel() throws Exception {
    Path root = Corpus.root();
    Map<String, List<String>> labelled = new TreeMap<>();
    for (String line : Files.readAllLines(root.resolve("LABELS.tsv"))) {
      String[] f = line.split("\t", 3);
      if (f.length >= 2 && f[0].startsWith("xls/")) {
        List<String> files = labelled.computeIfAbsent(f[1], k -> new ArrayList<>());
        if (!files.contains(f[0])) {
          files.add(f[0]);
        }
      }
    }
    Map<String, String> summary = new LinkedHashMap<>();
    Map<String, Double> recall = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> e : labelled.entrySet()) {
      int found = 0;
      int readable = 0;
      List<String> missed = new ArrayList<>();
      for (String file : e.getValue()) {
        RecordingHandler h = new RecordingHandler();
        try {
          new XlsExtractor().extract(root.resolve(file), ExtractionContext.standalone(), h);
        } catch (ExtractionException ex) {
          missed.add(file + " (" + ex.reason() + ")");
          continue;
        }
        readable++;
        if (has(e.getKey(), h)) {
          found++;
        } else {
          missed.add(file);
        }
      }
      summary.put(e.getKey(), found + "/" + e.getValue().size() + " (readable " + readable + ") missed " + missed);
      recall.put(e.getKey(), found / (double) Math.max(1, readable));
    }
    summary.forEach((k, v) -> System.out.println("[xls recall] " + k + ": " + v));
    assertThat(recall).allSatisfy((label, r) -> assertThat(r).as(label).isGreaterThanOrEqualTo(floor(label)));
  }

  private static double floor(String label) {
    // Hidden rows/columns are only evidence when they hold cells: some labelled files hide empty ones.
    return switch (label) {
      case "hidden_rows", "hidden_cols" -> 0.5;
      default -> 0.9;
    };
  }

  private static boolean has(String label, RecordingHandler h) {
    return switch (label) {
      case "hidden_sheet" -> h.tables.stream().anyMatch(t -> t.start().visibility() == Visibility.HIDDEN_SHEET);
      case "very_hidden_sheet" -> h.tables.stream().anyMatch(t -> t.start().visibility() == Visibility.VERY_HIDDEN_SHEET);
      case "hidden_rows" -> h.tables.stream().flatMap(t -> t.rows().stream())
          .anyMatch(r -> r.cells().stream().anyMatch(c -> ROW_HIDING.contains(c.visibility()))
              || ROW_HIDING.contains(r.visibility()));
      case "hidden_cols" -> h.tables.stream().flatMap(t -> t.cells().stream())
          .anyMatch(c -> COLUMN_HIDING.contains(c.visibility()));
      case "comments" -> h.texts.stream().anyMatch(t -> t.kind() == TextKind.COMMENT);
      case "external_link" -> !h.facts(FactKind.EXTERNAL_LINK).isEmpty();
      case "hidden_defined_name" -> h.facts(FactKind.DEFINED_NAME).stream().anyMatch(f -> f.flag("hidden"));
      case "vba_macros" -> !h.facts(FactKind.VBA_PROJECT).isEmpty();
      case "embedded_objects" -> !h.facts(FactKind.EMBEDDED_OBJECT).isEmpty();
      case "metadata_author" -> h.facts(FactKind.DOCUMENT_PROPERTY).stream()
          .anyMatch(f -> Set.of("creator", "lastModifiedBy").contains(f.name()));
      default -> true;
    };
  }
}
