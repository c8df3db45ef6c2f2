package io.foilint.detect.personal;

import io.foilint.detect.Detector;
import io.foilint.detect.HeaderRowRecognizer;
import io.foilint.detect.Rule;
import io.foilint.detect.Severity;
import io.foilint.detect.personal.columns.Category;
import io.foilint.detect.personal.columns.HeaderVocabulary;
import io.foilint.model.Cell;
import io.foilint.model.Row;
import io.foilint.model.TableOrigin;
import io.foilint.model.TableStart;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A row-level table with no names or numbers can still single people out: if only one row has
 * rank "Chief Inspector", station "Northmere" and unit "Surveillance", that row is one person.
 * Rows are grouped by their quasi-identifier columns (read from the header: rank or grade, work
 * location, unit, gender, age, ethnicity, postcode, role in an incident); the smallest group is
 * k (k-anonymity) and groups of one are people singled out.
 */
@Rule(
    id = "reidentification-risk",
    severity = Severity.REVIEW,
    summary = "Rows without names are unique on their rank, location, unit or similar columns, so they single people out",
    fix = "Release counts rather than rows, or coarsen the columns (bands instead of ranks, areas"
        + " instead of stations) and merge small groups until every combination covers several people")
public final class ReidentificationRiskDetector extends Detector {

  private static final Set<Category> QUASI_IDENTIFIERS =
      EnumSet.of(Category.RANK_GRADE, Category.WORK_LOCATION, Category.UNIT, Category.GENDER,
          Category.AGE, Category.ETHNICITY, Category.POSTCODE, Category.ROLE_IN_INCIDENT,
          Category.VETTING, Category.SENSITIVE_ATTRIBUTE);

  /** Combinations counted per table; beyond this the table is judged on what was counted. */
  private static final int MAX_GROUPS = 200_000;
  private static final int MIN_ROWS = 10;

  private TableStart table;
  private boolean headerSeen;
  private boolean direct;
  private final Map<Integer, String> quasi = new TreeMap<>();
  private final Map<String, Integer> groups = new HashMap<>();
  private long rows;
  private boolean truncated;
  private boolean aggregate;
  private boolean personalAttribute;

  private static final Set<Category> PERSONAL_ATTRIBUTES =
      EnumSet.of(Category.RANK_GRADE, Category.GENDER, Category.AGE, Category.ETHNICITY,
          Category.ROLE_IN_INCIDENT, Category.VETTING, Category.SENSITIVE_ATTRIBUTE);

  private static final java.util.regex.Pattern COUNT_HEADER =
      java.util.regex.Pattern.compile(
          "(?i)(\\b(count|headcount|number of|no\\.? of|total|fte|sum|frequency|percent(age)?)\\b|%)");

  @Override
  public void startTable(TableStart start) {
    close();
    table = start.origin() == TableOrigin.CHART_CACHE || start.origin() == TableOrigin.REVISION_LOG ? null : start;
  }

  @Override
  public void row(Row row) {
    if (table == null || row.cells().isEmpty()) {
      return;
    }
    if (!headerSeen) {
      if (row.cells().size() < 2) {
        return; // a title line
      }
      headerSeen = true;
      if (!HeaderRowRecognizer.isHeader(row)) {
        table = null; // data from the first row: no labels to read quasi-identifiers from
        return;
      }
      for (Cell c : row.cells()) {
        if (COUNT_HEADER.matcher(c.value()).find()) {
          aggregate = true; // "Count", "Headcount", "Number of officers": rows are groups, not people
        }
        HeaderVocabulary.match(c.value()).ifPresent(m -> {
          if (QUASI_IDENTIFIERS.contains(m.category())) {
            quasi.put(c.column(), c.value().strip());
            personalAttribute |= PERSONAL_ATTRIBUTES.contains(m.category());
          } else if (m.category().direct()) {
            direct = true; // a table of named people: personal-data-table's business
          }
        });
      }
      // places and units alone describe places ("Area + Parent area"); a person needs a personal
      // attribute among them (rank, gender, age, ethnicity, role, vetting)
      if (quasi.size() < 2 || direct || aggregate || !personalAttribute) {
        table = null;
      }
      return;
    }
    rows++;
    StringBuilder key = new StringBuilder();
    int present = 0;
    for (Cell c : row.cells()) {
      if (quasi.containsKey(c.column())) {
        key.append(c.column()).append('=').append(c.value().strip().toLowerCase(Locale.ROOT)).append('\u0001');
        present++;
      }
    }
    if (present == 0) {
      return;
    }
    String k = key.toString();
    Integer n = groups.get(k);
    if (n != null) {
      groups.put(k, n + 1);
    } else if (groups.size() < MAX_GROUPS) {
      groups.put(k, 1);
    } else {
      truncated = true;
    }
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
    if (table != null && headerSeen && rows >= MIN_ROWS && !groups.isEmpty()) {
      int k = Integer.MAX_VALUE;
      long unique = 0;
      for (int size : groups.values()) {
        k = Math.min(k, size);
        if (size == 1) {
          unique++;
        }
      }
      if (unique > 0) {
        List<String> columns = new ArrayList<>(quasi.values());
        report(
            Severity.REVIEW,
            table.location(),
            String.format(Locale.ROOT,
                "%s '%s' has %,d row%s (of %,d) unique on %s — each such row describes one"
                    + " identifiable person (smallest group k = %d)%s",
                Character.toUpperCase(table.origin().phrase().charAt(0)) + table.origin().phrase().substring(1),
                table.name(), unique, unique == 1 ? "" : "s", rows, String.join(" + ", columns), k,
                truncated ? "; the table has more combinations than were counted" : ""),
            "");
      }
    }
    table = null;
    headerSeen = false;
    direct = false;
    quasi.clear();
    groups.clear();
    rows = 0;
    truncated = false;
    aggregate = false;
    personalAttribute = false;
  }
}
