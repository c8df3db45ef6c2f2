package io.foilint.extract.xlsx;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.ExtractionException;
import io.foilint.model.Cell;
import io.foilint.model.ContentHandler;
import io.foilint.model.Fact;
import io.foilint.model.FactKind;
import io.foilint.model.Location;
import io.foilint.model.Row;
import io.foilint.model.TableOrigin;
import io.foilint.model.TableStart;
import io.foilint.model.Visibility;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.openxml4j.opc.PackagePart;

/**
 * Shared-workbook change tracking: revision headers (who saved when), revision logs (every cell
 * change with its old and new value, including cells of deleted rows) and the user list. Old
 * values stay in the file after they vanish from the grid.
 *
 * <p>Each log becomes a table "Revision log" (columns: sheet, cell, old value, new value; row 1
 * is that header, A1-style references).
 */
final class XlsxRevisionLogReader {

  static final String HEADERS =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.revisionHeaders+xml";
  static final String LOG =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.revisionLog+xml";
  static final String USERS =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.userNames+xml";

  private static final int DEADLINE_EVERY = 2_000;

  private final XlsxPackageParts parts;
  private final ExtractionContext context;
  private final ContentHandler out;
  private final Map<String, String> userByLog = new HashMap<>();
  private final Set<String> reportedUsers = new LinkedHashSet<>();
  /** Ids of the changes counted so far, over all logs of the workbook. */
  private final Set<String> changeIds = new java.util.HashSet<>();

  XlsxRevisionLogReader(XlsxPackageParts parts, ExtractionContext context, ContentHandler out) {
    this.parts = parts;
    this.context = context;
    this.out = out;
  }

  void readAll() throws ExtractionException {
    for (PackagePart part : parts.withContentType(HEADERS)) {
      readHeaders(part);
    }
    for (PackagePart part : parts.withContentType(LOG)) {
      readLog(part);
    }
    for (PackagePart part : parts.withContentType(USERS)) {
      readUsers(part);
    }
  }

  private void readHeaders(PackagePart part) throws ExtractionException {
    String name = XlsxPartsReader.nameOf(part);
    parts.handled(name);
    Set<String> users = new LinkedHashSet<>();
    int headers = 0;
    try (XlsxXmlReader xml = XlsxXmlReader.open(part)) {
      while (xml.nextStart()) {
        if (xml.isStart("header")) {
          headers++;
          String user = xml.attr("userName");
          users.add(user);
          String user1 = user;
          parts.target(name, xml.relAttr("id")).ifPresent(log -> userByLog.put(log, user1));
        }
      }
    }
    // each header is one saved version, not a change: the changes are counted in the logs
    emitFact(name, 0, users);
  }

  /**
   * True the first time a change id is met in any log of the workbook: Excel keeps a log per
   * saved version, and copies of a log repeat the changes they hold. A change without an id is
   * always new.
   */
  private boolean isNewChange(String id) {
    return id == null || id.isEmpty() || changeIds.add(id);
  }

  private void readLog(PackagePart part) throws ExtractionException {
    String name = XlsxPartsReader.nameOf(part);
    parts.handled(name);
    int changes = 0;
    int rowIndex = 0;
    out.startTable(
        new TableStart(TableOrigin.REVISION_LOG, "Revision log", Location.of(name), Visibility.REVISION_LOG));
    out.row(new Row(0, Visibility.REVISION_LOG,
        List.of(cell(0, 0, "sheet"), cell(1, 0, "cell"), cell(2, 0, "old value"), cell(3, 0, "new value"))));
    try (XlsxXmlReader xml = XlsxXmlReader.open(part)) {
      int depth = 0;
      while (xml.next()) {
        if (xml.isStart()) {
          depth++;
          if (depth == 2 && isNewChange(xml.attr("rId"))) {
            changes++; // each child of <revisions> is one change, counted once by its id
          }
          if (xml.isStart("rcc")) {
            rowIndex++;
            out.row(new Row(rowIndex, Visibility.REVISION_LOG, cellChange(xml, rowIndex)));
            depth--; // cellChange consumed the element
            if (rowIndex % DEADLINE_EVERY == 0) {
              context.checkDeadline();
            }
          }
        } else if (xml.isEnd()) {
          depth--;
        }
      }
    }
    out.endTable();
    Set<String> users = new LinkedHashSet<>();
    if (userByLog.containsKey(name)) {
      users.add(userByLog.get(name));
    }
    emitFact(name, changes, users);
  }

  /** One {@code <rcc>}: the sheet, the cell, the old value ({@code oc}) and the new ({@code nc}). */
  private List<Cell> cellChange(XlsxXmlReader xml, int rowIndex) throws ExtractionException {
    String sheet = parts.sheetNameById(xml.attr("sId"));
    if (sheet.isEmpty()) {
      sheet = "sheet id " + xml.attr("sId");
    }
    String ref = "";
    String oldValue = "";
    String newValue = "";
    while (xml.next() && !xml.isEnd("rcc")) {
      if (xml.isStart("oc") || xml.isStart("nc")) {
        boolean old = xml.isStart("oc");
        if (ref.isEmpty()) {
          ref = xml.attr("r");
        }
        String value = cellValue(xml, old ? "oc" : "nc");
        if (old) {
          oldValue = value;
        } else {
          newValue = value;
        }
      }
    }
    List<Cell> cells = new ArrayList<>();
    cells.add(cell(0, rowIndex, sheet));
    if (!ref.isEmpty()) {
      cells.add(cell(1, rowIndex, ref));
    }
    if (!oldValue.isEmpty()) {
      cells.add(cell(2, rowIndex, oldValue));
    }
    if (!newValue.isEmpty()) {
      cells.add(cell(3, rowIndex, newValue));
    }
    return cells;
  }

  /** A cell's value: {@code <v>}, inline string {@code <is>}, or "=formula" when only that is kept. */
  private static String cellValue(XlsxXmlReader xml, String end) throws ExtractionException {
    String value = "";
    String formula = "";
    while (xml.next() && !xml.isEnd(end)) {
      if (xml.isStart("v") || xml.isStart("is")) {
        value = xml.elementText("rPh");
      } else if (xml.isStart("f")) {
        formula = xml.elementText();
      }
    }
    return value.isEmpty() && !formula.isEmpty() ? "=" + formula : value;
  }

  private void readUsers(PackagePart part) throws ExtractionException {
    String name = XlsxPartsReader.nameOf(part);
    parts.handled(name);
    Set<String> users = new LinkedHashSet<>();
    try (XlsxXmlReader xml = XlsxXmlReader.open(part)) {
      while (xml.nextStart()) {
        if (xml.isStart("userInfo")) {
          users.add(xml.attr("name"));
        }
      }
    }
    emitFact(name, 0, users);
  }

  private void emitFact(String partName, int changes, Set<String> users) {
    users.remove("");
    Map<String, String> attrs = new LinkedHashMap<>();
    attrs.put("changes", String.valueOf(changes));
    attrs.put("users", String.join("|", users));
    out.fact(new Fact(FactKind.REVISION_LOG, Location.of(partName), partName, "", attrs));
    for (String user : users) {
      if (reportedUsers.add(user)) {
        out.fact(new Fact(FactKind.DOCUMENT_PROPERTY, Location.of(partName), "revisionUser", user));
      }
    }
  }

  private static Cell cell(int column, int rowIndex, String value) {
    return new Cell(XlsxPartsReader.columnName(column) + (rowIndex + 1), column, value, Visibility.REVISION_LOG);
  }
}
