package io.foilint.extract.ods;

import io.foilint.extract.ExtractionException;
import io.foilint.model.ContentHandler;
import io.foilint.model.Fact;
import io.foilint.model.FactAttr;
import io.foilint.model.FactKind;
import io.foilint.model.Location;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;

/**
 * Reads the spreadsheet-wide structures that point at data: named ranges and expressions, pivot
 * tables (data-pilot), drop-down validation lists, filtered database ranges and macro scripts.
 * Each method takes the reader at its container's START_ELEMENT and consumes it.
 */
final class WorkbookFactsReader {

  private final OdfXml x;
  private final Location location;

  WorkbookFactsReader(OdfXml x, Location location) {
    this.x = x;
    this.location = location;
  }

  /** table:named-expressions: table:named-range and table:named-expression. */
  void readNamedExpressions(ContentHandler out) throws ExtractionException {
    while (nextChild()) {
      String name = x.attr(Odf.TABLE, "name", "");
      String refersTo = null;
      if (x.is(Odf.TABLE, "named-range")) {
        refersTo = x.attr(Odf.TABLE, "cell-range-address", "");
      } else if (x.is(Odf.TABLE, "named-expression")) {
        refersTo = x.attr(Odf.TABLE, "expression", "");
      }
      x.skipElement();
      if (refersTo != null) {
        Map<String, String> attrs = new HashMap<>();
        attrs.put("hidden", "false");
        attrs.put("external", String.valueOf(refersTo.contains("'file:") || refersTo.contains("://")));
        out.fact(new Fact(FactKind.DEFINED_NAME, location, name, refersTo, attrs));
      }
    }
  }

  /** table:data-pilot-tables: one PIVOT_TABLE fact per pivot, valued with its source. */
  void readDataPilots(ContentHandler out) throws ExtractionException {
    while (nextChild()) {
      if (!x.is(Odf.TABLE, "data-pilot-table")) {
        x.skipElement();
        continue;
      }
      String name = x.attr(Odf.TABLE, "name", "");
      String target = x.attr(Odf.TABLE, "target-range-address", "");
      String source = "";
      String sourceType = "";
      while (nextChild()) {
        if (x.is(Odf.TABLE, "source-cell-range")) {
          source = x.attr(Odf.TABLE, "cell-range-address", "");
          sourceType = "cell-range";
        } else if (x.inNamespace(Odf.TABLE) && x.localName().startsWith("database-source-")) {
          source = x.attr(Odf.TABLE, "database-name", "") + ":"
              + x.attr(Odf.TABLE, "database-table-name",
                  x.attr(Odf.TABLE, "query-name", x.attr(Odf.TABLE, "sql-statement", "")));
          sourceType = x.localName();
        } else if (x.is(Odf.TABLE, "source-service")) {
          source = x.attr(Odf.TABLE, "source-name", x.attr(Odf.TABLE, "name", ""));
          sourceType = "source-service";
        }
        x.skipElement();
      }
      out.fact(
          new Fact(
              FactKind.PIVOT_TABLE,
              location,
              name,
              source,
              Map.of("target", target, "source", source, "sourceType", sourceType)));
    }
  }

  /** table:content-validations: list validations only (their values are data). */
  void readValidations(ContentHandler out) throws ExtractionException {
    while (nextChild()) {
      if (!x.is(Odf.TABLE, "content-validation")) {
        x.skipElement();
        continue;
      }
      String name = x.attr(Odf.TABLE, "name", "");
      String condition = x.attr(Odf.TABLE, "condition", "");
      String base = x.attr(Odf.TABLE, "base-cell-address", "");
      x.skipElement();
      if (condition.contains("cell-content-is-in-list")) {
        out.fact(
            new Fact(
                FactKind.DATA_VALIDATION_LIST,
                location,
                base.isEmpty() ? name : base,
                listOf(condition),
                Map.of("validation", name)));
      }
    }
  }

  /** table:database-ranges: a range with a filter (or filter buttons) is an autofilter. */
  void readDatabaseRanges(ContentHandler out) throws ExtractionException {
    while (nextChild()) {
      if (!x.is(Odf.TABLE, "database-range")) {
        x.skipElement();
        continue;
      }
      String range = x.attr(Odf.TABLE, "target-range-address", "");
      String dbName = x.attr(Odf.TABLE, "name", "");
      boolean filtered = "true".equals(x.attr(Odf.TABLE, "display-filter-buttons"));
      String source = "";
      while (nextChild()) {
        if (x.is(Odf.TABLE, "filter")) {
          filtered = true;
        } else if (x.inNamespace(Odf.TABLE) && x.localName().startsWith("database-source-")) {
          source = x.attr(Odf.TABLE, "database-name", "");
        }
        x.skipElement();
      }
      if (filtered) {
        out.fact(new Fact(FactKind.AUTOFILTER, location, sheetOf(range), range, Map.of("databaseRange", dbName)));
      }
      if (!source.isEmpty()) {
        out.fact(new Fact(FactKind.DATA_CONNECTION, location, dbName, source, FactAttr.attrs().put(FactAttr.TYPE, "database-range").build()));
      }
    }
  }

  /** office:scripts: a script with any content (Basic libraries, event bindings) is a macro. */
  void readScripts(ContentHandler out) throws ExtractionException {
    while (nextChild()) {
      if (!x.is(Odf.OFFICE, "script")) {
        x.skipElement();
        continue;
      }
      String language = x.attr("urn:oasis:names:tc:opendocument:xmlns:script:1.0", "language", "");
      int modules = 0;
      int depth = 1;
      while (depth > 0) {
        int ev = x.next();
        if (ev == XMLStreamConstants.START_ELEMENT) {
          depth++;
          if ("module".equals(x.localName())) {
            modules++;
          }
        } else if (ev == XMLStreamConstants.END_ELEMENT) {
          depth--;
        } else if (ev == XMLStreamConstants.END_DOCUMENT) {
          return;
        }
      }
      if (modules > 0) {
        out.fact(
            new Fact(
                FactKind.VBA_PROJECT,
                location,
                "office:scripts",
                language,
                Map.of("modules", String.valueOf(modules), "language", language)));
      }
    }
  }

  /** Advances to the next child START_ELEMENT; false at the container's END_ELEMENT. */
  private boolean nextChild() throws ExtractionException {
    while (true) {
      int ev = x.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        return true;
      }
      if (ev == XMLStreamConstants.END_ELEMENT) {
        return false;
      }
    }
  }

  /** of:cell-content-is-in-list("a";"b") → "a";"b" */
  private static String listOf(String condition) {
    int open = condition.indexOf('(');
    int close = condition.lastIndexOf(')');
    return open >= 0 && close > open ? condition.substring(open + 1, close) : condition;
  }

  /** "Sheet1.A1:Sheet1.C9" or "'My sheet'.A1:..." → the sheet name. */
  static String sheetOf(String range) {
    String r = range.startsWith("$") ? range.substring(1) : range;
    if (r.startsWith("'")) {
      int end = r.indexOf("'.", 1);
      return end > 0 ? r.substring(1, end).replace("''", "'") : r;
    }
    int dot = r.indexOf('.');
    return dot > 0 ? r.substring(0, dot) : r;
  }
}
