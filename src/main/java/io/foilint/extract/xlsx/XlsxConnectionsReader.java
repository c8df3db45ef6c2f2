package io.foilint.extract.xlsx;

import io.foilint.extract.ExtractionException;
import io.foilint.model.ContentHandler;
import io.foilint.model.Fact;
import io.foilint.model.FactKind;
import io.foilint.model.Location;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.opc.PackagePart;

/**
 * Data connections (xl/connections.xml) and the query tables that fill sheets from them. A
 * connection string can name database servers, user ids and SQL that reveal more than the sheet.
 */
final class XlsxConnectionsReader {

  static final String CONNECTIONS =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.connections+xml";
  static final String QUERY_TABLE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.queryTable+xml";

  /** The connection Excel creates for a Power Pivot data model. */
  static final String DATA_MODEL_CONNECTION = "ThisWorkbookDataModel";

  private static final Pattern SERVER =
      Pattern.compile("(?i)(?:^|;)\\s*(?:Data Source|Server|Address|Addr|Network Address|DBQ|Host)\\s*=\\s*([^;]+)");

  private static final Map<String, String> TYPES =
      Map.of("1", "ODBC", "2", "DAO", "3", "file", "4", "web", "5", "OLE DB", "6", "text",
          "7", "ADO", "8", "DSP");

  private final XlsxPackageParts parts;
  private final ContentHandler out;
  private final Map<String, String> connectionById = new HashMap<>();

  XlsxConnectionsReader(XlsxPackageParts parts, ContentHandler out) {
    this.parts = parts;
    this.out = out;
  }

  /** A connection being read. */
  private static final class Connection {
    String id = "";
    String name = "";
    String type = "";
    String description = "";
    String target = "";
    String command = "";
  }

  void readAll() throws ExtractionException {
    for (PackagePart part : parts.withContentType(CONNECTIONS)) {
      readConnections(part);
    }
    for (PackagePart part : parts.withContentType(QUERY_TABLE)) {
      readQueryTable(part);
    }
  }

  private void readConnections(PackagePart part) throws ExtractionException {
    String name = XlsxPartsReader.nameOf(part);
    parts.handled(name);
    try (XlsxXmlReader xml = XlsxXmlReader.open(part)) {
      int depth = 0;
      Connection c = null;
      while (xml.next()) {
        if (xml.isStart()) {
          depth++;
          String local = xml.local();
          if (depth == 2 && local.equals("connection")) {
            c = new Connection();
            c.id = xml.attr("id");
            c.name = xml.attr("name");
            c.type = TYPES.getOrDefault(xml.attr("type"), xml.attr("type"));
            c.description = xml.attr("description");
            if (!xml.attr("sourceFile").isEmpty()) {
              c.target = xml.attr("sourceFile");
            }
          } else if (c != null) {
            switch (local) {
              case "dbPr" -> {
                c.target = xml.attr("connection");
                c.command = xml.attr("command");
              }
              case "olapPr" -> c.command = c.command.isEmpty() ? xml.attr("localConnection") : c.command;
              case "webPr" -> c.target = firstNonEmpty(xml.attr("url"), c.target);
              case "textPr" -> c.target = firstNonEmpty(xml.attr("sourceFile"), c.target);
              case "rangePr" -> c.target = firstNonEmpty(c.target, xml.attr("sourceName"));
              default -> {}
            }
          }
        } else if (xml.isEnd()) {
          if (depth == 2 && c != null) {
            emit(name, c);
            c = null;
          }
          depth--;
        }
      }
    }
  }

  private void emit(String partName, Connection c) {
    String value = c.command.isEmpty() ? c.target : c.target + " | " + c.command;
    connectionById.put(c.id, value);
    Map<String, String> attrs = new LinkedHashMap<>();
    attrs.put("type", c.type);
    attrs.put("command", c.command);
    attrs.put("server", server(c.target));
    attrs.put("id", c.id);
    attrs.put("description", c.description);
    out.fact(new Fact(FactKind.DATA_CONNECTION, Location.of(partName), c.name, value, attrs));
    if (c.name.equals(DATA_MODEL_CONNECTION)) {
      out.fact(new Fact(FactKind.DATA_MODEL, Location.of(partName), c.name, value,
          Map.of("connection", c.name)));
    }
  }

  private void readQueryTable(PackagePart part) throws ExtractionException {
    String name = XlsxPartsReader.nameOf(part);
    parts.handled(name);
    Map<String, String> attrs = new LinkedHashMap<>();
    attrs.put("type", "queryTable");
    String tableName = "";
    try (XlsxXmlReader xml = XlsxXmlReader.open(part)) {
      if (xml.nextStart()) {
        tableName = xml.attr("name");
        attrs.put("connectionId", xml.attr("connectionId"));
      }
    }
    attrs.put("sheet", parts.sheetOf(name));
    String value = connectionById.getOrDefault(attrs.get("connectionId"), "");
    attrs.put("server", server(value));
    out.fact(new Fact(FactKind.DATA_CONNECTION, Location.of(name), tableName, value, attrs));
  }

  /** The server or data source named in a connection string, or "". */
  static String server(String connection) {
    Matcher m = SERVER.matcher(connection == null ? "" : connection);
    return m.find() ? m.group(1).strip() : "";
  }

  private static String firstNonEmpty(String a, String b) {
    return a == null || a.isEmpty() ? b : a;
  }
}
