package io.foilint.extract.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.ExtractionException;
import io.foilint.model.FactKind;
import io.foilint.model.TextKind;
import io.foilint.testing.Corpus;
import io.foilint.testing.RecordingHandler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.junit.jupiter.api.Test;

/**
 * Runs the reader over every xlsx in the shared corpus: nothing may escape but an
 * ExtractionException, and every file LABELS.tsv marks with a feature must yield the matching
 * fact (recall is printed per label).
 */
class XlsxPartsReaderCorpusTest {

  /** How to recognise, in the recorded events, each feature LABELS.tsv names. */
  static final Map<String, Predicate<RecordingHandler>> FEATURES =
      Map.ofEntries(
          Map.entry("pivot_cache_records", h -> h.facts(FactKind.PIVOT_CACHE).stream()
              .anyMatch(f -> f.intAttr("records") > 0)
              && h.tableNames().stream().anyMatch(n -> n.endsWith(": source records"))),
          Map.entry("pivot_table", h -> !h.facts(FactKind.PIVOT_TABLE).isEmpty()),
          Map.entry("pivot_cache_definition_only", h -> h.facts(FactKind.PIVOT_CACHE).stream()
              .anyMatch(f -> f.intAttr("records") == 0 && f.attr("recordsPart").isEmpty())),
          Map.entry("external_link", h -> !h.facts(FactKind.EXTERNAL_LINK).isEmpty()),
          Map.entry("comments", h -> h.texts.stream().anyMatch(t -> t.kind() == TextKind.COMMENT)),
          Map.entry("threaded_comments",
              h -> h.texts.stream().anyMatch(t -> t.kind() == TextKind.THREADED_COMMENT)),
          Map.entry("persons_part", h -> h.facts(FactKind.COMMENT_AUTHOR).stream()
              .anyMatch(f -> f.name().equals("person"))),
          Map.entry("custom_xml_parts", h -> !h.facts(FactKind.CUSTOM_XML_PART).isEmpty()),
          Map.entry("custom_properties", h -> h.facts(FactKind.DOCUMENT_PROPERTY).stream()
              .anyMatch(f -> f.name().startsWith("custom:"))),
          Map.entry("data_connections", h -> !h.facts(FactKind.DATA_CONNECTION).isEmpty()),
          Map.entry("vba_macros", h -> !h.facts(FactKind.VBA_PROJECT).isEmpty()),
          Map.entry("embedded_objects", h -> !h.facts(FactKind.EMBEDDED_OBJECT).isEmpty()));

  /** Labelled files with nothing to report, and why. */
  static final Map<String, String> EXPECTED_MISSES =
      Map.of(
          "persons_part xlsx/calamine__table_with_insertrow_attribute.xlsx",
          "its persons part is an empty <personList/>: no person to report");

  @Test
  void everyCorpusWorkbookIsReadAndEveryLabelledFeatureIsFound() throws IOException {
    Path root = Corpus.root();
    Map<String, List<String>> labelled = new TreeMap<>();
    for (String line : Files.readAllLines(root.resolve("LABELS.tsv"))) {
      String[] f = line.split("\t");
      if (f.length >= 2 && f[0].startsWith("xlsx/") && FEATURES.containsKey(f[1])) {
        labelled.computeIfAbsent(f[1], k -> new ArrayList<>()).add(f[0]);
      }
    }
    Map<String, RecordingHandler> results = new TreeMap<>();
    List<String> refused = new ArrayList<>();
    List<String> unopened = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> s = Stream.concat(Files.list(root.resolve("xlsx")),
        Files.isDirectory(root.resolve("robustness/xlsx"))
            ? Files.list(root.resolve("robustness/xlsx")) : Stream.empty())) {
      files = s.sorted().toList();
    }
    for (Path file : files) {
      String rel = root.relativize(file).toString();
      OPCPackage pkg;
      try {
        pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
      } catch (Exception e) {
        unopened.add(rel); // opening is the extractor's job; not this reader's
        continue;
      }
      RecordingHandler h = new RecordingHandler();
      try {
        new XlsxPartsReader(pkg, ExtractionContext.standalone(), h).readAll();
        results.put(rel, h);
      } catch (ExtractionException e) {
        refused.add(rel + " (" + e.reason() + ": " + e.getMessage() + ")");
      } finally {
        pkg.revert();
      }
    }
    System.out.println("[parts sweep] read " + results.size() + ", refused " + refused.size()
        + ", not openable " + unopened.size());
    refused.forEach(r -> System.out.println("[parts sweep] refused " + r));
    List<String> missed = new ArrayList<>();
    labelled.forEach((label, list) -> {
      long found = list.stream().filter(f -> results.containsKey(f)
          && FEATURES.get(label).test(results.get(f))).count();
      System.out.printf("[parts sweep] %-28s %d/%d%n", label, found, list.size());
      list.stream().filter(f -> !(results.containsKey(f) && FEATURES.get(label).test(results.get(f))))
          .forEach(f -> missed.add(label + " " + f));
    });
    missed.forEach(m -> System.out.println("[parts sweep] missed " + m));
    results.forEach((file, h) -> h.facts(FactKind.UNINSPECTED_PART).forEach(f ->
        System.out.println("[parts sweep] uninspected " + f.value() + " " + file + " " + f.name())));
    missed.removeAll(EXPECTED_MISSES.keySet());
    assertThat(results).hasSizeGreaterThan(500);
    assertThat(missed).isEmpty();
  }
}
