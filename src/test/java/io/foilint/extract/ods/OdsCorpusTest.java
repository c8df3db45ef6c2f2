package io.foilint.extract.ods;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.ExtractionException;
import io.foilint.extract.ExtractionException.Reason;
import io.foilint.model.FactKind;
import io.foilint.model.TextKind;
import io.foilint.model.Visibility;
import io.foilint.testing.Corpus;
import io.foilint.testing.RecordingHandler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The OpenDocument files of the shared corpus: robustness, known features, LABELS.tsv recall. */
class OdsCorpusTest {

  private static RecordingHandler extract(Path file) throws Exception {
    RecordingHandler h = new RecordingHandler();
    new OdsExtractor().extract(file, ExtractionContext.standalone(), h);
    return h;
  }

  @Test
  void everyOdsFileGoesThroughOrFailsClosed() throws Exception {
    Path root = Corpus.root();
    List<Path> files = new ArrayList<>();
    for (String dir : List.of("ods", "robustness/ods")) {
      try (Stream<Path> s = Files.list(root.resolve(dir))) {
        s.filter(Files::isRegularFile).sorted().forEach(files::add);
      }
    }
    assertThat(files).isNotEmpty();
    Map<String, String> outcomes = new LinkedHashMap<>();
    for (Path f : files) {
      try {
        RecordingHandler h = extract(f);
        outcomes.put(root.relativize(f).toString(),
            h.tables.size() + " tables, " + h.texts.size() + " texts, " + h.facts.size() + " facts");
      } catch (ExtractionException e) {
        assertThat(e.getMessage()).isNotBlank();
        outcomes.put(root.relativize(f).toString(), "ExtractionException " + e.reason() + ": " + e.getMessage());
      }
    }
    outcomes.forEach((k, v) -> System.out.println("[ods corpus] " + k + " -> " + v));
  }

  @Test
  void hiddenSheetsOfAnySheets() throws Exception {
    RecordingHandler h = extract(Corpus.file("ods/calamine__any_sheets.ods"));
    assertThat(h.table("Visible").start().visibility()).isEqualTo(Visibility.VISIBLE);
    assertThat(h.table("Hidden").start().visibility()).isEqualTo(Visibility.HIDDEN_SHEET);
    assertThat(h.table("VeryHidden").start().visibility()).isEqualTo(Visibility.HIDDEN_SHEET);
    assertThat(h.table("Visible").cell("B2").orElseThrow().value()).isEqualTo("4");
  }

  @Test
  void annotationWithAuthor() throws Exception {
    RecordingHandler h = extract(Corpus.file("ods/calamine__with-annotation.ods"));
    assertThat(h.texts).filteredOn(t -> t.kind() == TextKind.COMMENT).singleElement().satisfies(t -> {
      assertThat(t.text()).isEqualTo("This is annotation of a.1");
      assertThat(t.author()).isEqualTo("Marc Schreiber");
    });
    assertThat(h.table("table1").cell("A1").orElseThrow().value()).isEqualTo("cell a.1");
  }

  @Test
  void coveredCellKeepsItsValue() throws Exception {
    RecordingHandler h = extract(Corpus.file("ods/calamine__covered.ods"));
    assertThat(h.table("sheet1").cell("A3").orElseThrow().value()).isEqualTo("a3");
    assertThat(h.table("sheet1").cell("A3").orElseThrow().visibility()).isEqualTo(Visibility.COVERED_BY_MERGE);
  }

  @Test
  void footerText() throws Exception {
    RecordingHandler h = extract(Corpus.file("ods/tika__testFooter.ods"));
    assertThat(h.texts).filteredOn(t -> t.kind() == TextKind.HEADER_FOOTER)
        .anySatisfy(t -> assertThat(t.text()).isEqualTo("Here is a footer in the center area"));
  }

  @Test
  void repeatBombIsCappedNotMaterialised() throws Exception {
    RecordingHandler h = extract(Corpus.file("robustness/ods/calamine__issue_594_dos.ods"));
    assertThat(h.table("Sheet1").rows()).hasSize(SheetReader.MAX_ROW_REPEAT);
    assertThat(h.facts(FactKind.UNINSPECTED_PART)).isNotEmpty();
  }

  @Test
  void passwordProtectedIsEncrypted() {
    Path f = Corpus.file("robustness/ods/calamine__pass_protected.ods");
    assertThatThrownBy(() -> extract(f)).isInstanceOf(ExtractionException.class)
        .satisfies(e -> assertThat(((ExtractionException) e).reason()).isEqualTo(Reason.ENCRYPTED));
  }

  /** Every LABELS.tsv feature of an OpenDocument file must be found (recall printed). */
  @Test
  void labelledFeaturesAreFound() throws Exception {
    Path root = Corpus.root();
    List<String> lines = Files.readAllLines(root.resolve("LABELS.tsv"));
    int labels = 0;
    List<String> missed = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cols = line.split("\t", 3);
      if (cols.length < 3 || !(cols[0].endsWith(".ods") || cols[0].endsWith(".fods"))) {
        continue;
      }
      labels++;
      if (!found(root.resolve(cols[0]), cols[1], cols[2])) {
        missed.add(line);
      }
    }
    System.out.printf("[ods corpus] LABELS recall: %d/%d%n", labels - missed.size(), labels);
    assertThat(labels).isPositive();
    assertThat(missed).isEmpty();
  }

  private static boolean found(Path file, String feature, String evidence) throws IOException {
    RecordingHandler h;
    try {
      h = extract(file);
    } catch (ExtractionException e) {
      return feature.equals("encrypted") && e.reason() == Reason.ENCRYPTED;
    } catch (Exception e) {
      return false;
    }
    return switch (feature) {
      case "hidden_sheet" -> h.tables.stream().anyMatch(t -> t.start().visibility() == Visibility.HIDDEN_SHEET);
      case "metadata_author" -> {
        String value = evidence.substring(evidence.indexOf('=') + 1).strip();
        yield h.facts(FactKind.DOCUMENT_PROPERTY).stream().anyMatch(p -> p.value().equals(value));
      }
      case "comments" -> h.texts.stream().anyMatch(t -> t.kind() == TextKind.COMMENT);
      case "macros" -> !h.facts(FactKind.VBA_PROJECT).isEmpty();
      default -> false;
    };
  }
}
