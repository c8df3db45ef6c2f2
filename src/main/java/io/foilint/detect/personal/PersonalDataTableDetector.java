package io.foilint.detect.personal;

import io.foilint.detect.CellValues;
import io.foilint.detect.Detector;
import io.foilint.detect.Evidence;
import io.foilint.detect.Rule;
import io.foilint.detect.Severity;
import io.foilint.detect.personal.columns.Category;
import io.foilint.detect.personal.columns.ColumnClassifier;
import io.foilint.detect.personal.columns.ColumnClassifier.ColumnClass;
import io.foilint.detect.personal.columns.ColumnProfile;
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
 * the table ends.
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
    if (headerRow < 0) {
      if (looksLikeHeader(row)) {
        headerRow = row.index();
        for (Cell c : row.cells()) {
          headers.put(c.column(), c.value());
        }
        return;
      }
      if (row.cells().size() < 2) {
        return; // a title line above the table
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
  }

  /** Two or more cells, none of them a number: a row of labels. */
  private static boolean looksLikeHeader(Row row) {
    if (row.cells().size() < 2) {
      return false;
    }
    for (Cell c : row.cells()) {
      if (CellValues.isNumber(c.value())) {
        return false;
      }
    }
    return true;
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
    if (table != null && eligible && dataRows >= MIN_ROWS) {
      judge();
    }
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
    Set<String> identifying = new LinkedHashSet<>();
    Set<String> context = new LinkedHashSet<>();
    List<String> samples = new ArrayList<>();
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
        if (samples.size() < 3 && !p.sample().isEmpty()) {
          samples.add(Evidence.mask(p.sample().get(0)));
        }
      } else {
        context.add(c.phrase());
      }
    }
    if (identifying.isEmpty()) {
      return;
    }
    Visibility where = table.visibility().isHidden() ? table.visibility() : hiddenReason;
    String what = describe(table);
    // a pivot cache's field-values table lists distinct values, one per row, not people per row
    boolean distinctValues = table.origin() == TableOrigin.PIVOT_CACHE
        && !table.name().toLowerCase(Locale.ROOT).contains("record");
    String people = distinctValues
        ? String.format(Locale.ROOT, "values identifying people in %,d rows of distinct field values", dataRows)
        : dataRows == 1 ? "1 individual" : String.format(Locale.ROOT, "%,d individuals", dataRows);
    String columns = String.join(", ", identifying) + (context.isEmpty() ? "" : "; with " + String.join(", ", context));
    String message;
    if (where.isHidden()) {
      message = what + " lists " + people + " (" + columns + "), " + where.phrase()
          + " — personal data a reader of the file cannot see";
    } else {
      message = what + " lists " + people + " (" + columns + ") — a row-level table of people;"
          + " it may be released only after an officer has decided it can be";
    }
    report(
        Severity.BLOCK,
        table.location().withRef(firstRow > 0 ? "rows " + firstRow + "-" + lastRow : ""),
        message,
        samples.isEmpty() ? "" : "e.g. " + String.join("; ", samples));
  }

  private static String describe(TableStart t) {
    String kind = t.origin().phrase();
    return Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + " '" + t.name() + "'";
  }
}
