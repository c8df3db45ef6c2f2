package io.foilint.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * A store's contents as sorted text lines, one per row, for comparing two stores: everything but
 * the columns that differ between two runs of the same scan (when, and how long).
 */
public final class StoreDump {

  private static final Set<String> RUN_COLUMNS = Set.of("scanned_at", "duration_ms");

  private StoreDump() {}

  public static List<String> of(String target) throws SQLException {
    try (Connection c = DriverManager.getConnection(ResultStore.jdbcUrl(target))) {
      List<String> lines = new ArrayList<>();
      for (String table : List.of("inputs", "files", "findings")) {
        lines.addAll(rows(c, table, false));
      }
      return lines;
    }
  }

  /** Every text value in the store's tables, for looking for what must not be there. */
  public static String allText(String target) throws SQLException {
    try (Connection c = DriverManager.getConnection(ResultStore.jdbcUrl(target))) {
      StringBuilder sb = new StringBuilder();
      for (String table : List.of("inputs", "files", "findings")) {
        rows(c, table, true).forEach(l -> sb.append(l).append('\n'));
      }
      return sb.toString();
    }
  }

  static List<String> rows(Connection c, String table, boolean everything) throws SQLException {
    List<String> lines = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT * FROM " + table)) {
      ResultSetMetaData md = r.getMetaData();
      while (r.next()) {
        StringBuilder sb = new StringBuilder(table);
        for (int i = 1; i <= md.getColumnCount(); i++) {
          String column = md.getColumnName(i).toLowerCase(java.util.Locale.ROOT);
          if (everything || !RUN_COLUMNS.contains(column)) {
            sb.append(" | ").append(column).append('=').append(r.getString(i));
          }
        }
        lines.add(sb.toString());
      }
    }
    Collections.sort(lines);
    return lines;
  }

  public static long count(String target, String table) throws SQLException {
    try (Connection c = DriverManager.getConnection(ResultStore.jdbcUrl(target));
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
      r.next();
      return r.getLong(1);
    }
  }
}
