package io.foilint.extract.ods;

import io.foilint.extract.ExtractionException;
import io.foilint.extract.sheet.CellRefs;
import io.foilint.model.ContentHandler;
import io.foilint.model.Fact;
import io.foilint.model.FactKind;
import io.foilint.model.Location;
import io.foilint.model.TextBlock;
import io.foilint.model.TextKind;
import io.foilint.model.Visibility;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;

/**
 * Reads table:tracked-changes (recorded edits). Every earlier cell value kept for undo
 * (table:change-track-table-cell inside a change) is reported as TRACKED_DELETION text with the
 * change's author; the log as a whole becomes one REVISION_LOG fact.
 */
final class TrackedChangesReader {

  /** One earlier cell value found inside a change, reported once the change's author is known. */
  private record OldValue(String ref, String text) {}

  private final OdfXml x;
  private final ContentHandler out;
  private final String part;
  private final Set<String> users = new LinkedHashSet<>();
  private int changes;

  TrackedChangesReader(OdfXml x, ContentHandler out, String part) {
    this.x = x;
    this.out = out;
    this.part = part;
  }

  /** Reader at the START_ELEMENT of table:tracked-changes; consumes it. */
  void read() throws ExtractionException {
    while (true) {
      int ev = x.next();
      if (ev == XMLStreamConstants.END_ELEMENT) {
        break;
      }
      if (ev == XMLStreamConstants.START_ELEMENT) {
        changes++;
        readChange(x.localName() + " " + x.attr(Odf.TABLE, "id", String.valueOf(changes)));
      }
    }
    if (changes > 0) {
      out.fact(
          new Fact(
              FactKind.REVISION_LOG,
              Location.of(part),
              "table:tracked-changes",
              "",
              Map.of("changes", String.valueOf(changes), "users", String.join(", ", users))));
    }
  }

  private void readChange(String changeName) throws ExtractionException {
    String author = "";
    String cellRef = "";
    List<OldValue> oldValues = new ArrayList<>();
    int depth = 1;
    while (depth > 0) {
      int ev = x.next();
      if (ev == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else if (ev == XMLStreamConstants.END_DOCUMENT) {
        break;
      } else if (ev == XMLStreamConstants.START_ELEMENT) {
        if (x.is(Odf.DC, "creator")) {
          author = x.text().strip();
          users.add(author);
        } else if (x.is(Odf.TABLE, "cell-address")) {
          cellRef = address();
          x.skipElement();
        } else if (x.is(Odf.TABLE, "change-track-table-cell")) {
          String ref = x.attr(Odf.TABLE, "cell-address") != null
              ? x.attr(Odf.TABLE, "cell-address") : cellRef;
          String value = oldValue();
          if (!value.isEmpty()) {
            oldValues.add(new OldValue(ref.isEmpty() ? changeName : ref, value));
          }
        } else {
          depth++;
        }
      }
    }
    for (OldValue v : oldValues) {
      out.text(
          new TextBlock(
              TextKind.OTHER, Location.of(part, v.ref()), v.text(), author, Visibility.TRACKED_DELETION));
    }
  }

  /** The value of a change-track-table-cell (reader at its START_ELEMENT); consumes it. */
  private String oldValue() throws ExtractionException {
    String value = firstNonNull(
        x.attr(Odf.OFFICE, "value"),
        x.attr(Odf.OFFICE, "date-value"),
        x.attr(Odf.OFFICE, "time-value"),
        x.attr(Odf.OFFICE, "boolean-value"),
        x.attr(Odf.OFFICE, "string-value"));
    String text = x.text().strip();
    return value != null && !value.isEmpty() ? value : text;
  }

  /** table:cell-address table:table/column/row (zero-based numbers) → "sheet 1!C7". */
  private String address() {
    try {
      int table = Integer.parseInt(x.attr(Odf.TABLE, "table", "0"));
      long column = Long.parseLong(x.attr(Odf.TABLE, "column", "0"));
      long row = Long.parseLong(x.attr(Odf.TABLE, "row", "0"));
      return "sheet " + (table + 1) + "!" + CellRefs.ref(row, column);
    } catch (NumberFormatException e) {
      return "";
    }
  }

  private static String firstNonNull(String... values) {
    for (String v : values) {
      if (v != null) {
        return v;
      }
    }
    return null;
  }
}
