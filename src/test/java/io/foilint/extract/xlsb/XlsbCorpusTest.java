package io.foilint.extract.xlsb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.groups.Tuple.tuple;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.ExtractionException;
import io.foilint.extract.ExtractionException.Reason;
import io.foilint.model.Cell;
import io.foilint.model.Fact;
import io.foilint.model.FactKind;
import io.foilint.model.Location;
import io.foilint.model.TableOrigin;
import io.foilint.model.TextBlock;
import io.foilint.model.TextKind;
import io.foilint.model.Visibility;
import io.foilint.testing.Corpus;
import io.foilint.testing.RecordingHandler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The xlsb extractor on real Excel (and Excel-compatible) files from the shared corpus. */
class XlsbCorpusTest {

  private static RecordingHandler extract(String relative) throws Exception {
    RecordingHandler h = new RecordingHandler();
    new XlsbExtractor().extract(Corpus.file(relative), ExtractionContext.standalone(), h);
    return h;
  }

  private static String value(RecordingHandler.RecordedTable t, String ref) {
    return t.cell(ref).map(Cell::value).orElseThrow(() -> new AssertionError("no " + ref + " in " + t.cells()));
  }

  @Test
  void hiddenAndVeryHiddenSheetsOfAnExcelFile() throws Exception {
    RecordingHandler h = extract("xlsb/calamine__any_sheets.xlsb");

    assertThat(h.tables).filteredOn(t -> t.start().origin() == TableOrigin.SHEET)
        .extracting(t -> t.start().name(), t -> t.start().visibility())
        .containsExactly(
            tuple("Visible", Visibility.VISIBLE),
            tuple("Hidden", Visibility.HIDDEN_SHEET),
            tuple("VeryHidden", Visibility.VERY_HIDDEN_SHEET));
    RecordingHandler.RecordedTable visible = h.table("Visible");
    assertThat(value(visible, "A1")).isEqualTo("1");
    assertThat(value(visible, "B3")).isEqualTo("6");
    assertThat(value(visible, "A5")).isEqualTo("This workbook contains 4 sheets: Visible, Hidden, VeryHidden and Chart");
    assertThat(h.facts(FactKind.CHART)).singleElement()
        .satisfies(f -> assertThat(f.intAttr("cachedPoints")).isEqualTo(6));
    assertThat(h.table("xl/charts/chart1.xml").cells()).extracting(Cell::value)
        .containsExactly("1", "3", "5", "2", "4", "6");
    assertThat(h.facts(FactKind.SAVE_PATH)).extracting(Fact::value).containsExactly("C:\\Users\\Алена\\Desktop\\");
    assertThat(h.facts(FactKind.DOCUMENT_PROPERTY)).extracting(Fact::name, Fact::value)
        .contains(tuple("creator", "Алена"), tuple("TitlesOfParts", "Visible; Hidden; Chart"));
  }

  @Test
  void commentsWithTheirAuthors() throws Exception {
    RecordingHandler h = extract("xlsb/poi__comments.xlsb");

    assertThat(h.texts).filteredOn(t -> t.kind() == TextKind.COMMENT)
        .extracting(TextBlock::location, TextBlock::author)
        .containsExactly(
            tuple(Location.of("Sheet1", "A1"), "Sven Nissel"),
            tuple(Location.of("Sheet1", "A2"), "Allison, Timothy B."),
            tuple(Location.of("Sheet1", "A3"), "Sven Nissel"),
            tuple(Location.of("Sheet1", "A4"), "Sven Nissel"));
    assertThat(h.texts.get(0).text()).startsWith("comment top row1 (index0)");
    assertThat(h.texts).extracting(TextBlock::visibility).containsOnly(Visibility.COMMENT);
    assertThat(h.facts(FactKind.COMMENT_AUTHOR)).extracting(Fact::value)
        .containsExactly("Sven Nissel", "Allison, Timothy B.");
  }

  @Test
  void variousValuesCommentsShapesAndMacros() throws Exception {
    RecordingHandler h = extract("xlsb/poi__testVarious.xlsb");

    RecordingHandler.RecordedTable sheet = h.table("mySheet1");
    assertThat(value(sheet, "B1")).isEqualTo("This is a string");
    assertThat(value(sheet, "B2")).isEqualTo("13");
    assertThat(value(sheet, "B3")).isEqualTo("13.1211231321");
    assertThat(value(sheet, "B7")).isEqualTo("123456789012345");
    assertThat(h.texts).filteredOn(t -> t.kind() == TextKind.COMMENT).hasSize(10)
        .extracting(TextBlock::location).contains(Location.of("mySheet1", "C8"), Location.of("mySheet1", "I66"));
    assertThat(h.texts).filteredOn(t -> t.kind() == TextKind.SHAPE_TEXT)
        .extracting(TextBlock::location, TextBlock::text)
        .containsExactly(tuple(Location.of("mySheet1", "TextBox 1"), "test textbox"),
            tuple(Location.of("mySheet1", "Rectangle 3"), "test WordArt"));
    assertThat(h.facts(FactKind.VBA_PROJECT)).singleElement()
        .satisfies(f -> assertThat(f.intAttr("bytes")).isEqualTo(13312));
    assertThat(h.facts(FactKind.DEFINED_NAME)).extracting(Fact::name, f -> f.flag("hidden"))
        .containsExactly(tuple("NA", true));
  }

  @Test
  void rkNumbersFromPoiBug62815() throws Exception {
    RecordingHandler.RecordedTable t = extract("xlsb/poi__62815.xlsb").table("RkNumber");

    assertThat(t.cells().subList(0, 8)).extracting(Cell::value).containsExactly(
        "10000000", "1200455", "0.01", "12004.55", "-10000000", "-1200455", "-0.01", "-12004.55");
  }

  @Test
  void formulaResultsAndDefinedNames() throws Exception {
    RecordingHandler h = extract("xlsb/calamine__issues.xlsb");

    RecordingHandler.RecordedTable types = h.table("datatypes");
    assertThat(types.cells()).extracting(Cell::ref, Cell::value, Cell::formula).containsExactly(
        tuple("A1", "1", false), tuple("A2", "1.5", false), tuple("A3", "ab", true),
        tuple("A4", "FALSE", true), tuple("A5", "test", false), tuple("A6", "42663", false));
    assertThat(h.facts(FactKind.DEFINED_NAME)).extracting(Fact::name, Fact::value).containsExactly(
        tuple("MyBrokenRange", "Sheet1!#REF!"),
        tuple("MyDataTypes", "datatypes!$A$1:$A$6"),
        tuple("OneRange", "Sheet1!$A$1"));
  }

  @Test
  void anExcel2007BetaFileIsRead() throws Exception {
    RecordingHandler h = extract("xlsb/poi__Simple.xlsb");

    assertThat(h.tableNames()).containsExactly("Sheet1", "Sheet2", "Sheet3");
    assertThat(value(h.table("Sheet1"), "A1"))
        .isEqualTo("This is an example spreadsheet created with Microsoft Excel 2007 Beta 2.");
  }

  @Test
  void smartArtTextAndExternalLinks() throws Exception {
    assertThat(extract("xlsb/tika__testEXCEL_diagramData.xlsb").texts)
        .filteredOn(t -> t.kind() == TextKind.SHAPE_TEXT).extracting(TextBlock::text)
        .containsExactly("SmartArt text#1.", "SmartArt text#2.", "SmartArt text#3.");
    assertThat(extract("xlsb/poi__bug66682.xlsb").facts(FactKind.EXTERNAL_LINK)).singleElement()
        .satisfies(f -> assertThat(f.name()).isEqualTo("xl/externalLinks/externalLink1.bin"));
  }

  /** Tika's OOXML parser throws on both (iTabID 0 in BrtBundleSh); foilint reads the sheet. */
  @Test
  void calamineIssue666FilesOnWhichTikaFails() throws Exception {
    for (String f : List.of("xlsb/calamine__issue_666_panic.xlsb", "xlsb/calamine__issue_666_lost_sheets.xlsb")) {
      RecordingHandler h = extract(f);
      assertThat(h.tableNames()).as(f).containsExactly("Sheet1");
      assertThat(h.table("Sheet1").rows()).as(f).isEmpty();
      assertThat(h.facts(FactKind.UNINSPECTED_PART)).as(f).isEmpty();
    }
  }

  @Test
  void passwordProtectedFilesFailClosedAsEncrypted() {
    for (String f : List.of("robustness/xlsb/calamine__pass_protected.xlsb", "robustness/xlsb/poi__protected_passtika.xlsb")) {
      Path file = Corpus.file(f);
      assertThatThrownBy(() -> new XlsbExtractor().extract(file, ExtractionContext.standalone(), new RecordingHandler()))
          .as(f).isInstanceOf(ExtractionException.class)
          .extracting(e -> ((ExtractionException) e).reason()).isEqualTo(Reason.ENCRYPTED);
    }
  }

  @Test
  void everyCorpusFileGoesThroughOrFailsClosed() throws IOException {
    List<Path> files = new ArrayList<>();
    for (String dir : List.of("xlsb", "robustness/xlsb")) {
      try (Stream<Path> s = Files.list(Corpus.root().resolve(dir))) {
        s.filter(Files::isRegularFile).forEach(files::add);
      }
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(24);
    List<String> extracted = new ArrayList<>();
    for (Path file : files) {
      try {
        new XlsbExtractor().extract(file, ExtractionContext.standalone(), new RecordingHandler());
        extracted.add(file.getFileName().toString());
      } catch (ExtractionException e) {
        assertThat(e.getMessage()).as(file.toString()).isNotBlank().doesNotContain("Exception");
      } catch (Exception | AssertionError e) {
        fail(file + " threw " + e);
      }
    }
    // all 24 files of the xlsb folder are readable; only the encrypted robustness files fail closed
    assertThat(extracted).hasSize(24);
  }

  /** Every hidden-data feature LABELS.tsv lists for an xlsb file is surfaced. */
  @Test
  void labelledFeaturesAreSurfaced() throws Exception {
    List<String> lines = Files.readAllLines(Corpus.root().resolve("LABELS.tsv"));
    int checked = 0;
    for (String line : lines) {
      String[] cols = line.split("\t");
      if (cols.length < 3 || !cols[0].startsWith("xlsb/")) {
        continue;
      }
      RecordingHandler h = extract(cols[0]);
      String feature = cols[1];
      String detail = cols[2];
      switch (feature) {
        case "metadata_author" -> {
          String expected = detail.substring(detail.indexOf('=') + 1);
          String property = detail.substring(detail.indexOf(':') + 1, detail.indexOf('='));
          assertThat(h.facts(FactKind.DOCUMENT_PROPERTY)).as(line)
              .anyMatch(f -> f.name().equals(property) && f.value().equals(expected));
        }
        case "vba_macros" -> assertThat(h.facts(FactKind.VBA_PROJECT)).as(line).isNotEmpty();
        case "comments" -> assertThat(h.texts).as(line).anyMatch(t -> t.kind() == TextKind.COMMENT);
        case "external_link" -> assertThat(h.facts(FactKind.EXTERNAL_LINK)).as(line).isNotEmpty();
        case "custom_properties" -> assertThat(h.facts(FactKind.DOCUMENT_PROPERTY)).as(line)
            .anyMatch(f -> f.name().startsWith("custom:"));
        default -> fail("unexpected label " + line);
      }
      checked++;
    }
    assertThat(checked).isGreaterThanOrEqualTo(40);
  }
}
