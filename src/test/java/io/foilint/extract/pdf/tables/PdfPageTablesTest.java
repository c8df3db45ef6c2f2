package io.foilint.extract.pdf.tables;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.ExtractionException;
import io.foilint.extract.Limits;
import io.foilint.extract.pdf.PdfExtractor;
import io.foilint.model.Cell;
import io.foilint.model.Location;
import io.foilint.model.Row;
import io.foilint.model.TableOrigin;
import io.foilint.model.Visibility;
import io.foilint.testing.Corpus;
import io.foilint.testing.RecordingHandler;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfPageTablesTest {

  @TempDir Path dir;

  private RecordingHandler tables(Path pdf) throws Exception {
    RecordingHandler out = new RecordingHandler();
    new PdfExtractor().extract(pdf, ExtractionContext.standalone(), out);
    return out;
  }

  @Test
  void ruledStaffListBecomesATableWithNumberedColumnsAndCellRefs() throws Exception {
    Path pdf = PdfTableSamples.ruledStaffList(dir.resolve("staff.pdf")).file();

    RecordingHandler out = tables(pdf);

    assertThat(out.tableNames()).containsExactly("page 1 table 1");
    RecordingHandler.RecordedTable t = out.tables.get(0);
    assertThat(t.start().origin()).isEqualTo(TableOrigin.PDF_PAGE);
    assertThat(t.start().visibility()).isEqualTo(Visibility.VISIBLE);
    assertThat(t.start().location().place()).isEqualTo("page 1");
    // the grid's outer lines: x 60..520, y 550..730 in PDF user space
    assertThat(t.start().location().ref()).isEqualTo("box at 60,550 (460x180 pt)");
    assertThat(t.rows()).hasSize(9);
    Row second = t.rows().get(1);
    assertThat(second.index()).isEqualTo(1);
    assertThat(second.cells())
        .extracting(Cell::ref, Cell::column, Cell::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("A2", 0, "Anderson"),
            org.assertj.core.groups.Tuple.tuple("B2", 1, "Mark"),
            org.assertj.core.groups.Tuple.tuple("C2", 2, "Constable"),
            org.assertj.core.groups.Tuple.tuple("D2", 3, "Lisburn Road"));
    assertThat(t.cell("C8")).map(Cell::value).hasValue("Chief Inspector");
  }

  @Test
  void unruledRightAlignedNumbersKeepTheirColumns() throws Exception {
    Path pdf = PdfTableSamples.budgetRightAligned(dir.resolve("budget.pdf")).file();

    RecordingHandler.RecordedTable t = tables(pdf).tables.get(0);

    assertThat(t.cell("A3")).map(Cell::value).hasValue("Custody");
    assertThat(t.cell("D3")).map(Cell::value).hasValue("-41,750");
    assertThat(t.cell("B5")).map(Cell::value).hasValue("2,110,000");
  }

  @Test
  void aWrappedCellIsOneCellWithItsLinesJoined() throws Exception {
    for (PdfTableSamples.Sample s : List.of(
        PdfTableSamples.wrappedRuled(dir.resolve("r.pdf")),
        PdfTableSamples.wrappedUnruled(dir.resolve("u.pdf")))) {
      RecordingHandler.RecordedTable t = tables(s.file()).tables.get(0);
      assertThat(t.rows()).as(s.name()).hasSize(4);
      assertThat(t.cell("B2")).as(s.name()).map(Cell::value)
          .hasValue("Number of officers on long-term sick leave by station");
    }
  }

  @Test
  void proseBulletsAndTwoColumnPagesHoldNoTable() throws Exception {
    for (PdfTableSamples.Sample s : List.of(
        PdfTableSamples.proseOnly(dir.resolve("prose.pdf")),
        PdfTableSamples.twoColumnProse(dir.resolve("columns.pdf")),
        PdfTableSamples.bulletList(dir.resolve("bullets.pdf")))) {
      assertThat(tables(s.file()).tables).as(s.name()).isEmpty();
    }
  }

  @Test
  void aLetterYieldsItsOneTableAndNotItsAddressOrParagraphs() throws Exception {
    Path pdf = PdfTableSamples.letterWithTable(dir.resolve("letter.pdf")).file();

    RecordingHandler out = tables(pdf);

    assertThat(out.tables).hasSize(1);
    assertThat(out.tables.get(0).rows()).hasSize(6);
    assertThat(out.tables.get(0).cell("A1")).map(Cell::value).hasValue("Ward");
  }

  @Test
  void checksTheDeadlineOncePerPage() throws Exception {
    Path pdf = PdfTableSamples.proseOnly(dir.resolve("prose.pdf")).file();
    int[] checks = {0};
    ExtractionContext counting = new ExtractionContext() {
      @Override
      public Limits limits() {
        return Limits.DEFAULT;
      }

      @Override
      public void embedded(String name, InputStream content) {}

      @Override
      public void checkDeadline() throws ExtractionException {
        checks[0]++;
      }
    };
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      new PdfPageTables(doc, counting, new RecordingHandler()).report();
    }
    assertThat(checks[0]).isEqualTo(2);
  }

  @Test
  void spreadsheetStyleColumnLetters() {
    assertThat(PdfPageTables.columnLetters(0)).isEqualTo("A");
    assertThat(PdfPageTables.columnLetters(25)).isEqualTo("Z");
    assertThat(PdfPageTables.columnLetters(26)).isEqualTo("AA");
    assertThat(PdfPageTables.columnLetters(701)).isEqualTo("ZZ");
  }

  @Test
  void readsTheRuledTablesOfARealReport() throws Exception {
    Path pdf = Corpus.file("robustness/pdf/pdfbox__input_eu-001.pdf");

    RecordingHandler out = tables(pdf);

    RecordingHandler.RecordedTable first = out.table("page 1 table 1");
    assertThat(first.start().location()).isEqualTo(Location.of("page 1", first.start().location().ref()));
    assertThat(first.cell("A3")).map(Cell::value).hasValue("Carbon dioxide (CO2)");
    assertThat(first.cell("B3")).map(Cell::value).hasValue("100 million");
    assertThat(out.tables.stream().filter(t -> t.start().name().startsWith("page 1 "))).hasSize(3);
  }
}
