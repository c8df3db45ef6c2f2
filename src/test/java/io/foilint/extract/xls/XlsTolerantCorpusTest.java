package io.foilint.extract.xls;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.extract.ExtractionContext;
import io.foilint.model.Cell;
import io.foilint.model.Fact;
import io.foilint.model.FactKind;
import io.foilint.testing.Corpus;
import io.foilint.testing.RecordingHandler;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The corpus files POI (and so Tika) refuses because one settings, style or object record departs
 * from the BIFF8 layout: foilint reads their cells and names the record it read only in part.
 */
class XlsTolerantCorpusTest {

  private static RecordingHandler read(String relative) throws Exception {
    RecordingHandler h = new RecordingHandler();
    new XlsExtractor().extract(Corpus.file(relative), ExtractionContext.standalone(), h);
    return h;
  }

  private static Cell cell(RecordingHandler h, String sheet, String ref) {
    return h.table(sheet).cell(ref).orElseThrow(() -> new AssertionError("no cell " + sheet + "!" + ref));
  }

  private static List<String> repairedRecords(RecordingHandler h) {
    return h.facts(FactKind.UNINSPECTED_PART).stream()
        .filter(f -> f.name().startsWith("record 0x"))
        .map(Fact::name)
        .toList();
  }

  @Test
  void dataTableWithAnOverLongTableRecord() throws Exception {
    RecordingHandler h = read("xls/poi__44958_1.xls");
    String sheet = "OneVariable Table Completed";
    assertThat(cell(h, sheet, "A3").value()).isEqualTo("Amount of loan");
    assertThat(cell(h, sheet, "B3").value()).isEqualTo("30000");
    assertThat(cell(h, sheet, "B5").value()).isEqualTo("0.0897");
    assertThat(cell(h, sheet, "E3").value()).isEqualTo("379.54041535516");
    assertThat(cell(h, sheet, "E3").formula()).isTrue();
    assertThat(repairedRecords(h)).containsExactly("record 0x0236");
  }

  @Test
  void reportWithAnOverLongDeltaAndBiff5StyleObjects() throws Exception {
    RecordingHandler h = read("xls/poi__43493.xls");
    assertThat(cell(h, "Sheet1", "C2").value()).isEqualTo("BMS Cases : Status of Patient Assistance");
    assertThat(cell(h, "Sheet1", "G4").value()).isEqualTo("09/24/2007");
    assertThat(cell(h, "Sheet1", "C11").value()).isEqualTo("Total # of Case Opend");
    assertThat(h.table("Sheet1").cells()).hasSizeGreaterThan(200);
    assertThat(repairedRecords(h)).containsExactly("record 0x0010", "record 0x005D");
  }

  @Test
  void fuzzedStyleRecordsAroundAnEmbeddedPdf() throws Exception {
    RecordingHandler h = read("xls/poi__61300.xls");
    // The one sheet holds no cells, only the embedded object.
    assertThat(h.tableNames()).containsExactly("Sheet1");
    assertThat(h.table("Sheet1").cells()).isEmpty();
    assertThat(h.facts(FactKind.EMBEDDED_OBJECT)).singleElement()
        .satisfies(f -> {
          assertThat(f.attr("storage")).isEqualTo("MBD006CBD3A");
          assertThat(f.location().place()).isEqualTo("embedded PDF document (storage MBD006CBD3A)");
        });
    assertThat(repairedRecords(h)).containsExactly("record 0x00E0", "record 0x00E2");
  }
}
