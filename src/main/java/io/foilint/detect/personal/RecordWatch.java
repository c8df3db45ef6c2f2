package io.foilint.detect.personal;

import io.foilint.detect.personal.columns.ColumnProfile;
import io.foilint.detect.personal.columns.HeaderVocabulary;
import io.foilint.detect.personal.columns.PersonRecord;
import io.foilint.detect.personal.columns.RecordReader;
import io.foilint.detect.personal.columns.RecordReader.Field;
import io.foilint.model.Cell;
import io.foilint.model.Row;
import io.foilint.model.Visibility;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads each row of one table as a record of its own ({@link RecordReader}), and the table's
 * "label | value" lines as one form ("Name | Q. Hartwell", "Date of birth | 01/02/1980"), and
 * remembers the first record that must not go out and how many there are. Bounded: rows past
 * {@link #MAX_ROWS_READ} are not read (larger tables are the column rules' business), and a row
 * is read only when it may hold an identifier.
 */
final class RecordWatch {

  static final int MAX_ROWS_READ = 20_000;
  static final int MAX_FORM_LINES = 100;

  private final RecordReader reader = RecordReader.bundled();
  private int rowsRead;
  private PersonRecord first;
  private String firstPlace = "";
  private Visibility firstHiddenAs = Visibility.VISIBLE;
  private long count;

  private final List<Field> form = new ArrayList<>();
  private int formLinesSeen;
  private int formFirstRow = -1;
  private int formLastRow = -1;
  private Visibility formHiddenAs = Visibility.VISIBLE;
  private boolean formRead;

  /** Reads one row with the header readings of its columns (profiles indexed by column). */
  void offerRow(Row row, ColumnProfile[] profiles, int maxColumns) {
    if (rowsRead >= MAX_ROWS_READ || row.cells().isEmpty()) {
      return;
    }
    rowsRead++;
    List<Field> fields = new ArrayList<>(row.cells().size());
    Visibility hiddenAs = Visibility.VISIBLE;
    for (Cell c : row.cells()) {
      int col = c.column();
      HeaderVocabulary.HeaderMatch h = col >= 0 && col < maxColumns && profiles[col] != null
          ? profiles[col].headerMatch().orElse(null) : null;
      fields.add(new Field(h == null ? null : h.category(), h == null ? 0 : h.confidence(), c.value(),
          c.visibility().isHidden()));
      if (hiddenAs == Visibility.VISIBLE && c.visibility().isHidden()) {
        hiddenAs = c.visibility();
      }
    }
    if (!RecordReader.mayHoldIdentifier(fields)) {
      return;
    }
    PersonRecord r = reader.read(fields);
    if (r.blocks()) {
      count++;
      if (first == null) {
        first = r;
        firstPlace = "row " + row.number();
        firstHiddenAs = hiddenAs;
      }
    }
  }

  /** A line of two cells whose first is a field label: one line of a form about one person. */
  void offerFormLine(Row row) {
    if (formLinesSeen >= MAX_FORM_LINES) {
      return;
    }
    formLinesSeen++;
    if (row.cells().size() != 2 || row.cells().get(0).value().length() > 40) {
      return;
    }
    Cell label = row.cells().get(0);
    Cell value = row.cells().get(1);
    HeaderVocabulary.match(label.value()).ifPresent(h -> {
      form.add(new Field(h.category(), h.confidence(), value.value(), value.visibility().isHidden()));
      if (formFirstRow < 0) {
        formFirstRow = row.number();
      }
      formLastRow = row.number();
      if (formHiddenAs == Visibility.VISIBLE && value.visibility().isHidden()) {
        formHiddenAs = value.visibility();
      }
    });
  }

  /** Whether a record that blocks was found (a form is read here, once, when the table ends). */
  boolean found() {
    if (!formRead && form.size() >= 2) {
      formRead = true;
      PersonRecord r = reader.read(form);
      if (r.blocks()) {
        count++;
        if (first == null) {
          first = r;
          firstPlace = "rows " + formFirstRow + "-" + formLastRow;
          firstHiddenAs = formHiddenAs;
        }
      }
    }
    return first != null;
  }

  PersonRecord first() {
    return first;
  }

  /** "row 7" or "rows 2-5" (a form). */
  String firstPlace() {
    return firstPlace;
  }

  String firstRef() {
    return firstPlace;
  }

  Visibility firstHiddenAs() {
    return firstHiddenAs;
  }

  long count() {
    return count;
  }

  void reset() {
    rowsRead = 0;
    first = null;
    firstPlace = "";
    firstHiddenAs = Visibility.VISIBLE;
    count = 0;
    form.clear();
    formLinesSeen = 0;
    formFirstRow = -1;
    formLastRow = -1;
    formHiddenAs = Visibility.VISIBLE;
    formRead = false;
  }
}
