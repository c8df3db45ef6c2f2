package io.foilint.detect.personal;

import io.foilint.detect.Detector;
import io.foilint.detect.Evidence;
import io.foilint.detect.HeaderRowRecognizer;
import io.foilint.detect.Rule;
import io.foilint.detect.Severity;
import io.foilint.detect.personal.columns.Category;
import io.foilint.detect.personal.columns.ColumnClassifier;
import io.foilint.detect.personal.columns.ColumnClassifier.ColumnClass;
import io.foilint.detect.personal.columns.ColumnProfile;
import io.foilint.detect.personal.columns.PersonRecord;
import io.foilint.detect.personal.columns.SmallNameColumn;
import io.foilint.detect.personal.names.NameShapes;
import io.foilint.model.Cell;
import io.foilint.model.Row;
import io.foilint.model.TableOrigin;
import io.foilint.model.TableStart;
import io.foilint.model.Visibility;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A table whose rows are individuals: it has a column of names, staff numbers, dates of birth or
 * another direct identifier (the PSNI table: surname, initial, rank, location, unit). Columns are
 * profiled as rows stream past (bounded sample and distinct count per column) and classified when
 * the table ends. Tables too small for the column rules are judged too: a single record (a name
 * beside its NI number, date of birth, staff number or home address; a name beside a phone number
 * in a hidden or far-off cell) is BLOCK, and two to nine names under a name header REVIEW
 * ({@link RecordWatch}, {@link SmallNameColumn}).
 */
@Rule(
    id = "personal-data-table",
    severity = Severity.BLOCK,
    summary = "A table lists individuals by name, staff number or another direct identifier",
    fix = "Release counts, not rows: remove the columns that identify people (names, numbers, dates"
        + " of birth) or replace the table with an aggregate; if a list of people must be released,"
        + " record the decision as a waiver",
    pdfFix = "Release counts, not rows: correct the table in the source document (remove the"
        + " identifying columns or replace it with an aggregate) and produce the PDF again;"
        + " covering columns with boxes in the PDF is not enough. If a list of people must be"
        + " released, record the decision as a waiver")
public final class PersonalDataTableDetector extends Detector {

  /** Fewer data rows than this is a contact line or a signature, not a list of people. */
  private static final int MIN_ROWS = 2;

  /** Columns profiled per table; a sheet 16,384 columns wide must not cost 16,384 profiles. */
  private static final int MAX_COLUMNS = 256;

  private final ColumnClassifier classifier = ColumnClassifier.bundled();
  private final NameShapes nameShapes = NameShapes.bundled();
  private TableStart table;
  private boolean eligible;
  private int headerRow = -1;
  private final Map<Integer, String> headers = new TreeMap<>();
  /** By column index, for the first {@link #MAX_COLUMNS} columns (an array: looked up per cell). */
  private ColumnProfile[] profiles = new ColumnProfile[MAX_COLUMNS];
  private long dataRows;
  private long hiddenCells;
  private Visibility hiddenReason = Visibility.VISIBLE;
  private int firstRow = -1;
  private int lastRow = -1;
  private final RecordWatch records = new RecordWatch();

  @Override
  public void startTable(TableStart start) {
    close();
    table = start;
    eligible = start.origin() != TableOrigin.CHART_CACHE && start.origin() != TableOrigin.REVISION_LOG;
  }

  @Override
  public void row(Row row) {
    if (table == null || !eligible || row.cells().isEmpty()) {
      return;
    }
    records.offerFormLine(row);
    if (headerRow < 0) {
      if (HeaderRowRecognizer.isHeader(row)) {
        records.offerRow(row, profiles, MAX_COLUMNS); // labels never block; a headless record may
        headerRow = row.index();
        for (Cell c : row.cells()) {
          headers.put(c.column(), c.value());
        }
        return;
      }
      if (row.cells().size() < 2) {
        records.offerRow(row, profiles, MAX_COLUMNS); // a title line, or a record in one cell
        return;
      }
      headerRow = Integer.MIN_VALUE; // no header: profile from this row on
    }
    dataRows++;
    if (firstRow < 0) {
      firstRow = row.number();
    }
    lastRow = row.number();
    for (Cell c : row.cells()) {
      int col = c.column();
      if (col >= 0 && col < MAX_COLUMNS) {
        ColumnProfile p = profiles[col];
        if (p == null) {
          p = new ColumnProfile(col, headers.get(col));
          profiles[col] = p;
        }
        p.offer(c.value());
      }
      if (c.visibility().isHidden()) {
        hiddenCells++;
        if (hiddenReason == Visibility.VISIBLE) {
          hiddenReason = c.visibility();
        }
      }
    }
    records.offerRow(row, profiles, MAX_COLUMNS);
  }

  @Override
  public void endTable() {
    close();
  }

  @Override
  public void finish() {
    close();
  }

  private void close() {
    if (table != null && eligible && (dataRows >= MIN_ROWS || records.found())) {
      judge();
    }
    records.reset();
    table = null;
    headerRow = -1;
    headers.clear();
    java.util.Arrays.fill(profiles, null);
    dataRows = 0;
    hiddenCells = 0;
    hiddenReason = Visibility.VISIBLE;
    firstRow = -1;
    lastRow = -1;
  }

  private void judge() {
    if (dataRows < MIN_ROWS) {
      judgeSmallTable(Set.of()); // one data row: only a record of one person can be judged
      return;
    }
    Set<String> identifying = new LinkedHashSet<>();
    Set<String> context = new LinkedHashSet<>();
    List<String> samples = new ArrayList<>();
    // the people listed: the most distinct column that holds one value per person
    long people = 0;
    boolean peopleExact = true;
    for (ColumnProfile p : profiles) {
      if (p == null) {
        continue;
      }
      Optional<ColumnClass> cls = classifier.classify(p);
      if (cls.isEmpty() || cls.get().confidence() < ColumnClassifier.ESTABLISHED) {
        continue;
      }
      Category c = cls.get().category();
      if (c.direct()) {
        identifying.add(c.phrase());
        if (ONE_PER_PERSON.contains(c) && p.distinct() > people) {
          people = p.distinct();
          peopleExact = p.distinctIsExact();
        }
        if (samples.size() < 3 && !p.sample().isEmpty()) {
          samples.add(Evidence.mask(p.sample().get(0)));
        }
      } else {
        context.add(c.phrase());
      }
    }
    if (identifying.isEmpty()) {
      judgeSmallTable(context);
      return;
    }
    Visibility where = table.visibility().isHidden() ? table.visibility() : hiddenReason;
    String what = describe(table);
    // a pivot cache's field-values table lists distinct values, one per row, not people per row
    boolean distinctValues = table.origin() == TableOrigin.PIVOT_CACHE
        && !table.name().toLowerCase(Locale.ROOT).contains("record");
    String listed = distinctValues
        ? String.format(Locale.ROOT, "values identifying people in %,d rows of distinct field values", dataRows)
        : individuals(dataRows, people, peopleExact);
    String columns = String.join(", ", identifying) + (context.isEmpty() ? "" : "; with " + String.join(", ", context));
    String message;
    if (where.isHidden()) {
      message = what + " lists " + listed + " (" + columns + "), " + where.phrase()
          + " — personal data a reader of the file cannot see";
    } else {
      message = what + " lists " + listed + " (" + columns + ") — a row-level table of people;"
          + " it may be released only after an officer has decided it can be";
    }
    report(
        Severity.BLOCK,
        table.location().withRef(firstRow > 0 ? "rows " + firstRow + "-" + lastRow : ""),
        message,
        samples.isEmpty() ? "" : "e.g. " + String.join("; ", samples));
  }

  /**
   * Columns that hold one value per person (a name, a staff or NI number, an e-mail address), so
   * their distinct values count the people listed; a date of birth or an address may be shared.
   */
  private static final Set<Category> ONE_PER_PERSON = Set.of(Category.PERSON_NAME, Category.STAFF_NUMBER,
      Category.EMAIL, Category.NI_NUMBER, Category.NHS_NUMBER, Category.PASSPORT_OR_LICENCE);

  /**
   * "5,095 individuals" when every row names another person; "at least 37 individuals in 5,095
   * rows" when rows repeat names or numbers (distinct names are a lower bound on the people: two
   * people may share a name, one person has one; "about" past the exact count's limit); the rows
   * alone when no column counts people (dates of birth, addresses).
   */
  static String individuals(long rows, long people, boolean exact) {
    if (people <= 0 || people >= rows) {
      return rows == 1 ? "1 individual" : String.format(Locale.ROOT, "%,d individuals", rows);
    }
    return (exact ? "at least " : "about ") + String.format(Locale.ROOT, "%,d %s in %,d rows", people,
        people == 1 ? "individual" : "individuals", rows);
  }

  /**
   * No column established as identifying: a single record (a name beside its NI number or date of
   * birth, or beside a phone number where nobody sees it) is still BLOCK, and a short list of
   * people's names under a name header is REVIEW — BLOCK when the table also gives their gender,
   * age, ethnicity or another personal attribute.
   */
  private void judgeSmallTable(Set<String> context) {
    if (records.found()) {
      reportRecord();
      return;
    }
    if (dataRows < MIN_ROWS) {
      return;
    }
    List<String> attributes = personalAttributes();
    ColumnProfile names = null;
    for (ColumnProfile p : profiles) {
      if (p != null && SmallNameColumn.holdsFewNames(p, nameShapes, !attributes.isEmpty())) {
        names = p;
        break;
      }
    }
    if (names == null) {
      return;
    }
    String what = describe(table);
    Visibility where = table.visibility().isHidden() ? table.visibility() : hiddenReason;
    // the header is a label from the vocabulary ("Surname", "Full name"): shown as written
    String header = names.header().strip();
    String listed = String.format(Locale.ROOT, "%,d people by name (column '%s')", names.distinct(),
        header.length() > 40 ? header.substring(0, 40) + "…" : header);
    if (!attributes.isEmpty() || where.isHidden()) {
      report(
          Severity.BLOCK,
          table.location().withRef(firstRow > 0 ? "rows " + firstRow + "-" + lastRow : ""),
          what + " lists " + listed
              + (attributes.isEmpty() ? "" : " with their " + String.join(", ", attributes))
              + (where.isHidden() ? ", " + where.phrase() + " — personal data a reader of the file cannot see"
                  : " — a small table of people is still personal data, whatever its length"),
          "e.g. " + Evidence.mask(names.sample().get(0)));
      return;
    }
    report(
        Severity.REVIEW,
        table.location().withRef(firstRow > 0 ? "rows " + firstRow + "-" + lastRow : ""),
        what + " lists " + listed + " — check that these people may be named in this release",
        "e.g. " + Evidence.mask(names.sample().get(0)),
        "Check that everyone listed may be named (senior officers, published office holders);"
            + " where not, remove the names or release counts instead");
  }

  /** Columns whose headers give personal attributes of the people listed (gender, age, ...). */
  private List<String> personalAttributes() {
    List<String> found = new ArrayList<>();
    for (ColumnProfile p : profiles) {
      if (p == null) {
        continue;
      }
      p.headerMatch().map(m -> m.category()).filter(PERSONAL_ATTRIBUTES::contains)
          .ifPresent(c -> {
            if (!found.contains(c.phrase())) {
              found.add(c.phrase());
            }
          });
    }
    return found;
  }

  private static final Set<Category> PERSONAL_ATTRIBUTES =
      java.util.EnumSet.of(Category.GENDER, Category.AGE, Category.ETHNICITY,
          Category.SENSITIVE_ATTRIBUTE, Category.ROLE_IN_INCIDENT, Category.VETTING,
          Category.DATE_OF_BIRTH);

  /** One record of one person: a finding of its own, whatever the number of rows. */
  private void reportRecord() {
    PersonRecord r = records.first();
    Visibility where = records.firstHiddenAs();
    String what = describe(table);
    String place = records.firstPlace();
    String rows = records.count() == 1 ? place : place + " and " + (records.count() - 1) + " more";
    String message = what + ", " + rows + ", names a person with their " + r.identifierPhrase()
        + (r.hidden() && where.isHidden()
            ? ", " + where.phrase() + " — personal data a reader of the file cannot see"
            : " — a record of one person is personal data, however few rows the table has");
    report(
        Severity.BLOCK,
        table.location().withRef(records.firstRef()),
        message,
        "e.g. " + Evidence.mask(r.name()));
  }

  private static String describe(TableStart t) {
    String kind = t.origin().phrase();
    return Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + " '" + t.name() + "'";
  }
}
