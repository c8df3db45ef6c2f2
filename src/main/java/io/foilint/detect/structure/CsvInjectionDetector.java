package io.foilint.detect.structure;

import io.foilint.detect.Detector;
import io.foilint.detect.Rule;
import io.foilint.detect.Severity;
import io.foilint.model.Cell;
import io.foilint.model.Location;
import io.foilint.model.Row;
import io.foilint.model.TableOrigin;
import io.foilint.model.TableStart;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * CSV values that a spreadsheet would run as a formula when the file is opened ({@code =},
 * {@code +}, {@code -}, {@code @}, also after a leading tab or carriage return). Plain numbers
 * ({@code -5}, {@code +1.5}, {@code -£5}) and phone numbers ({@code +44 20 7946 0000}) are not formulas. One
 * REVIEW finding per CSV file.
 */
@Rule(
    id = "csv-injection",
    severity = Severity.REVIEW,
    summary = "CSV values start with a formula character that a spreadsheet would run",
    fix = "Check where the values came from; prefix each with an apostrophe (') or remove the"
        + " leading =, +, - or @ so spreadsheets treat them as text, then export again")
public final class CsvInjectionDetector extends Detector {

  private static final Pattern FORMULA_START = Pattern.compile("^[\\t\\r]*[=+\\-@].+", Pattern.DOTALL);
  private static final Pattern PLAIN_NUMBER =
      Pattern.compile("[+-]?[£$€]?(?:\\d[\\d,]*(?:\\.\\d+)?|\\.\\d+)(?:[eE][+-]?\\d+)?%?");
  private static final Pattern PLUS_DIGITS = Pattern.compile("\\+[\\d ]+");

  /** Formula-like values of one CSV file. */
  private static final class CsvFile {
    Location location;
    String name = "";
    long count;
    final List<String> cells = new ArrayList<>();
    final MaskedSamples samples = new MaskedSamples(3);
  }

  private final Map<String, CsvFile> files = new LinkedHashMap<>();
  private CsvFile open;

  @Override
  public void startTable(TableStart table) {
    open = null;
    if (table.origin() == TableOrigin.CSV) {
      Location l = table.location();
      open = files.computeIfAbsent(l.container() + "\u0000" + l.place(), k -> new CsvFile());
      if (open.location == null) {
        open.location = l;
        open.name = table.name();
      }
    }
  }

  @Override
  public void row(Row row) {
    if (open == null) {
      return;
    }
    for (Cell c : row.cells()) {
      if (isFormulaLike(c.value())) {
        open.count++;
        if (open.cells.size() < 5) {
          open.cells.add(c.ref().isEmpty() ? "row " + row.number() : c.ref());
        }
        open.samples.offer(c.value());
      }
    }
  }

  /** True when a spreadsheet opening the CSV would treat the value as a formula. */
  static boolean isFormulaLike(String value) {
    if (value == null || !FORMULA_START.matcher(value).matches()) {
      return false;
    }
    String v = value.replaceFirst("^[\\t\\r]+", "").strip();
    return !PLAIN_NUMBER.matcher(v).matches() && !PLUS_DIGITS.matcher(v).matches();
  }

  @Override
  public void endTable() {
    open = null;
  }

  @Override
  public void finish() {
    for (CsvFile f : files.values()) {
      if (f.count == 0) {
        continue;
      }
      report(
          Severity.REVIEW,
          f.location.withRef(f.cells.get(0)),
          "The CSV file has " + Words.count(f.count, "value") + " starting with =, +, - or @ ("
              + Words.listWithMore(f.cells, f.count) + ") — a spreadsheet opening this CSV would"
              + " run them as formulas",
          "e.g. " + f.samples);
    }
  }
}
