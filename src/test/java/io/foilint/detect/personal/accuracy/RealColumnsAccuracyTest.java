package io.foilint.detect.personal.accuracy;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.detect.personal.columns.Category;
import io.foilint.detect.personal.columns.ColumnClassifier;
import io.foilint.detect.personal.columns.ColumnProfile;
import io.foilint.detect.personal.columns.HeaderVocabulary;
import io.foilint.detect.personal.columns.SmallNameColumn;
import io.foilint.detect.personal.names.NameShapes;
import io.foilint.extract.ExtractionContext;
import io.foilint.extract.Extractors;
import io.foilint.extract.TypeSniffer;
import io.foilint.model.Cell;
import io.foilint.model.ContentHandler;
import io.foilint.model.Row;
import io.foilint.model.TableStart;
import io.foilint.testing.Corpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Columns of real files — the repository's fixtures and third-party corpus files — labelled by
 * hand, classified through the real extractors. Complements the generated set of
 * {@link ClassifierAccuracyTest}. Writes target/real-columns-accuracy.tsv.
 */
class RealColumnsAccuracyTest {

  /** A column of a file: the table's name, the header's 1-based row and the 0-based column. */
  record Labelled(String file, String table, int headerRow, int column, Category truth) {}

  private static final List<Labelled> FIXTURE_COLUMNS = List.of(
      new Labelled("test-fixtures/csv/staff-list-visible.csv", "staff-list-visible.csv", 1, 0, Category.SURNAME),
      new Labelled("test-fixtures/csv/staff-list-visible.csv", "staff-list-visible.csv", 1, 1, Category.FORENAME),
      new Labelled("test-fixtures/csv/staff-list-visible.csv", "staff-list-visible.csv", 1, 2, Category.RANK_GRADE),
      new Labelled("test-fixtures/csv/staff-list-visible.csv", "staff-list-visible.csv", 1, 3, Category.WORK_LOCATION),
      new Labelled("test-fixtures/csv/staff-list-visible.csv", "staff-list-visible.csv", 1, 4, Category.UNIT),
      new Labelled("test-fixtures/csv/staff-list-visible.csv", "staff-list-visible.csv", 1, 5, Category.STAFF_NUMBER),
      new Labelled("test-fixtures/csv/victim-identifiers-visible.csv", "victim-identifiers-visible.csv", 1, 0, Category.INCIDENT_REFERENCE),
      new Labelled("test-fixtures/csv/victim-identifiers-visible.csv", "victim-identifiers-visible.csv", 1, 1, Category.NI_NUMBER),
      new Labelled("test-fixtures/csv/victim-identifiers-visible.csv", "victim-identifiers-visible.csv", 1, 2, Category.NHS_NUMBER),
      new Labelled("test-fixtures/csv/victim-identifiers-visible.csv", "victim-identifiers-visible.csv", 1, 3, Category.PHONE),
      new Labelled("test-fixtures/csv/clean-aggregate-counts.csv", "clean-aggregate-counts.csv", 1, 1, null),
      new Labelled("test-fixtures/csv/ward-victim-counts-small.csv", "ward-victim-counts-small.csv", 2, 0, null),
      new Labelled("test-fixtures/csv/ward-victim-counts-small.csv", "ward-victim-counts-small.csv", 2, 1, null),
      new Labelled("test-fixtures/csv/clean-ward-counts-large.csv", "clean-ward-counts-large.csv", 2, 2, null),
      new Labelled("test-fixtures/csv/injection-formulas.csv", "injection-formulas.csv", 1, 0, null),
      new Labelled("test-fixtures/csv/misconduct-percentages-small-base.csv", "misconduct-percentages-small-base.csv", 2, 1, null));

  private static final List<Labelled> CORPUS_COLUMNS = List.of(
      new Labelled("xls/poi__46904.xls", "Worksheet", 1, 2, Category.PERSON_NAME),
      new Labelled("xls/poi__46904.xls", "Worksheet", 1, 8, null),
      new Labelled("xls/poi__46904.xls", "Worksheet", 1, 9, null),
      new Labelled("xlsx/poi__xlookup.xlsx", "Sheet1", 1, 1, Category.STAFF_NUMBER),
      new Labelled("xlsx/poi__xlookup.xlsx", "Sheet1", 1, 2, Category.PERSON_NAME),
      new Labelled("xlsx/poi__xlookup.xlsx", "Sheet1", 1, 3, Category.UNIT),
      new Labelled("xlsx/poi__ConditionalFormattingSamples.xlsx", "Customers1", 2, 0, Category.PERSON_NAME),
      new Labelled("xlsx/poi__ConditionalFormattingSamples.xlsx", "Customers1", 2, 1, Category.ADDRESS),
      new Labelled("xlsx/poi__ConditionalFormattingSamples.xlsx", "Customers1", 2, 4, null),
      new Labelled("xlsx/poi__ConditionalFormattingSamples.xlsx", "Products1", 2, 1, null),
      new Labelled("xlsx/poi__ConditionalFormattingSamples.xlsx", "Products1", 2, 2, null),
      new Labelled("xlsx/poi__ConditionalFormattingSamples.xlsx", "Products1", 2, 3, null),
      // German staff directory: forename and surname under their German headers, e-mail
      new Labelled("xlsx/poi__52716.xlsx", "Tabelle1", 1, 0, null),
      new Labelled("xlsx/poi__52716.xlsx", "Tabelle1", 1, 2, Category.FORENAME),
      new Labelled("xlsx/poi__52716.xlsx", "Tabelle1", 1, 3, Category.SURNAME),
      new Labelled("xlsx/poi__52716.xlsx", "Tabelle1", 1, 5, Category.EMAIL),
      // remittance statement: residents "SURNAME, FORENAME" in capitals beside their Medicaid numbers
      new Labelled("xls/poi__bug66319.xls", "Sheet1", 5, 0, Category.PERSON_NAME),
      new Labelled("xls/poi__bug66319.xls", "Sheet1", 5, 17, null),
      // a single contact record (its name is judged as a record, CorpusVerdictLabelsTest): the
      // e-mail address column still reads as one
      new Labelled("xlsx/poi__51626_contact.xlsx", "Sheet1", 1, 12, Category.EMAIL),
      // an Excel table of three named people with their ages: too few names for the classifier,
      // a small name column (SmallNameColumn) beside an age
      new Labelled("xlsx/poi__ExcelTables.xlsx", "ExcelTable", 1, 0, Category.PERSON_NAME),
      new Labelled("xlsx/poi__ExcelTables.xlsx", "ExcelTable", 1, 1, Category.AGE),
      // a BIFF5 electoral roll (1900s Cape Colony): surname and forenames of voters
      new Labelled("xls/calamine__biff5-rich-text-string.xls", "Sheet1", 3, 0, null),
      new Labelled("xls/calamine__biff5-rich-text-string.xls", "Sheet1", 3, 1, Category.SURNAME),
      new Labelled("xls/calamine__biff5-rich-text-string.xls", "Sheet1", 3, 2, Category.FORENAME));

  @Test
  void fixtureColumns() throws Exception {
    report("fixtures", FIXTURE_COLUMNS, Path.of("."));
  }

  @Test
  void corpusColumns() throws Exception {
    report("corpus", CORPUS_COLUMNS, Corpus.root());
  }

  private static void report(String set, List<Labelled> columns, Path root) throws Exception {
    int correct = 0;
    int tp = 0;
    int fp = 0;
    int fn = 0;
    StringBuilder out = new StringBuilder();
    for (Labelled l : columns) {
      Category predicted = classify(root.resolve(l.file()), l);
      boolean ok = Objects.equals(predicted, l.truth());
      correct += ok ? 1 : 0;
      boolean td = l.truth() != null && l.truth().direct();
      boolean pd = predicted != null && predicted.direct();
      tp += td && pd ? 1 : 0;
      fp += !td && pd ? 1 : 0;
      fn += td && !pd ? 1 : 0;
      out.append(String.format(Locale.ROOT, "%s\t%s\tcol %d\t%s\t%s\t%s%n", l.file(), l.table(), l.column(),
          l.truth(), predicted, ok ? "ok" : "WRONG"));
    }
    String summary = String.format(Locale.ROOT,
        "%s: %d labelled columns, %d classified exactly; direct identifiers: tp %d, fp %d, fn %d",
        set, columns.size(), correct, tp, fp, fn);
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/real-columns-accuracy-" + set + ".tsv"), summary + "\n" + out);
    System.out.println("[foilint] " + summary + "\n" + out);
    // no column of figures or places may be taken for one that identifies people
    assertThat(fp).as("false direct identifiers\n" + out).isZero();
    assertThat(fn).as("missed direct identifiers\n" + out).isZero();
  }

  /** Headers that make a table's rows people (as {@code PersonalDataTableDetector} reads them). */
  private static final Set<Category> PERSONAL_ATTRIBUTES = EnumSet.of(Category.GENDER, Category.AGE,
      Category.ETHNICITY, Category.SENSITIVE_ATTRIBUTE, Category.ROLE_IN_INCIDENT, Category.VETTING,
      Category.DATE_OF_BIRTH);

  private static Category classify(Path file, Labelled l) throws Exception {
    Map<Integer, String> headers = new HashMap<>();
    List<String> values = new ArrayList<>();
    List<String> headerRow = new ArrayList<>();
    Extractors.forType(TypeSniffer.sniff(file)).orElseThrow().extract(file, ExtractionContext.standalone(),
        new ContentHandler() {
          boolean inTable;

          @Override
          public void startTable(TableStart t) {
            inTable = t.name().equals(l.table());
          }

          @Override
          public void row(Row r) {
            if (!inTable || r.number() < l.headerRow()) {
              return;
            }
            for (Cell c : r.cells()) {
              if (r.number() == l.headerRow()) {
                headerRow.add(c.value());
              }
              if (c.column() == l.column()) {
                if (r.number() == l.headerRow()) {
                  headers.put(c.column(), c.value());
                } else {
                  values.add(c.value());
                }
              }
            }
          }
        });
    ColumnProfile p = new ColumnProfile(l.column(), headers.get(l.column()));
    values.forEach(p::offer);
    Optional<Category> established = ColumnClassifier.bundled().classify(p)
        .filter(c -> c.confidence() >= ColumnClassifier.ESTABLISHED)
        .map(ColumnClassifier.ColumnClass::category);
    if (established.isPresent()) {
      return established.get();
    }
    // too few names for the classifier: the table rule's small-table judgement, as it reads it
    boolean aboutPeople = headerRow.stream()
        .map(HeaderVocabulary::match)
        .flatMap(Optional::stream)
        .anyMatch(h -> PERSONAL_ATTRIBUTES.contains(h.category()));
    return SmallNameColumn.holdsFewNames(p, NameShapes.bundled(), aboutPeople)
        ? p.headerMatch().orElseThrow().category()
        : null;
  }
}
