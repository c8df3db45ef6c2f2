package io.foilint.store;

import io.foilint.detect.Finding;
import io.foilint.detect.Severity;
import io.foilint.model.FileType;
import io.foilint.model.Location;
import io.foilint.scan.FileReport;
import io.foilint.verdict.Verdict;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.Flyway;

/**
 * The results of batch scans in a database: an SQLite file (a path) or a PostgreSQL server (a
 * {@code jdbc:postgresql:} URL). The schema is created and upgraded by Flyway from the versioned
 * scripts in {@code io/foilint/store/migration}. Each input is written in one transaction: after a
 * crash or a kill the store holds every input whole or not at all.
 *
 * <p>It holds what reports hold: findings after policy with evidence masked ({@link FileReport}
 * masks names in paths and locations before anything reaches it), never cell values.
 *
 * <p>One connection, used by one thread at a time (the methods are synchronized): scan workers
 * hash their files and scan in parallel and only take turns to write.
 */
public final class ResultStore implements AutoCloseable {

  /**
   * PostgreSQL's text type cannot hold U+0000 (a PDF's script name may end with one), so text is
   * stored with U+0000 written as U+E000 '0' and U+E000 (a private-use character) as U+E000 U+E000,
   * in every database alike, and read back exactly: a report from the store is the scan's report.
   */
  private static final char ESCAPE = '\uE000';

  private final String url;
  private final Connection db;

  private ResultStore(String url, Connection db) {
    this.url = url;
    this.db = db;
  }

  /**
   * Opens (creating or upgrading its schema) the store at {@code target}: a JDBC URL
   * ({@code jdbc:postgresql://host/db?user=…}, {@code jdbc:sqlite:…}) or else a file path for SQLite.
   */
  public static ResultStore open(String target) throws StoreException {
    String url = jdbcUrl(target);
    try {
      Flyway.configure(ResultStore.class.getClassLoader())
          .dataSource(url, null, null)
          .locations("classpath:io/foilint/store/migration")
          .table("foilint_schema_history")
          .load()
          .migrate();
    } catch (RuntimeException e) {
      throw new StoreException("cannot set up the results store " + shown(url) + ": " + rootMessage(e), e);
    }
    try {
      Connection c = DriverManager.getConnection(url);
      if (url.startsWith("jdbc:sqlite:")) {
        try (Statement s = c.createStatement()) {
          // write-ahead log: a killed run leaves the last committed input in place, and readers
          // (a report) do not wait for a running scan
          s.execute("PRAGMA journal_mode=WAL");
          s.execute("PRAGMA busy_timeout=10000");
        }
      }
      c.setAutoCommit(false);
      return new ResultStore(url, c);
    } catch (SQLException e) {
      throw new StoreException("cannot open the results store " + shown(url) + ": " + e.getMessage(), e);
    }
  }

  static String jdbcUrl(String target) {
    if (target.startsWith("jdbc:")) {
      return target;
    }
    return "jdbc:sqlite:" + Path.of(target).toAbsolutePath();
  }

  /** The URL without its parameters (where a password may be). */
  static String shown(String url) {
    int q = url.indexOf('?');
    return q < 0 ? url : url.substring(0, q) + "?…";
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }

  public String describe() {
    return shown(url);
  }

  Connection connection() {
    return db;
  }

  /** A store failure in words for the user. */
  public static final class StoreException extends Exception {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** What is stored for one input, when it was scanned with these contents and rules. */
  public synchronized Optional<StoredInput> find(String path, String sha256, String rulesVersion) throws SQLException {
    try {
      int inspected;
      try (PreparedStatement q = db.prepareStatement(
          "SELECT inspected FROM inputs WHERE path = ? AND sha256 = ? AND rules_version = ?")) {
        q.setString(1, text(path));
        q.setString(2, sha256);
        q.setString(3, rulesVersion);
        try (ResultSet r = q.executeQuery()) {
          if (!r.next()) {
            return Optional.empty();
          }
          inspected = r.getInt(1);
        }
      }
      return Optional.of(new StoredInput(inspected, reports(text(path))));
    } finally {
      db.rollback(); // read only; ends the transaction so SQLite's snapshot does not grow old
    }
  }

  /** One input's reports as stored, in the order the scan made them; the input's path as stored. */
  private List<FileReport> reports(String inputPath) throws SQLException {
    List<FileReport> out = new ArrayList<>();
    try (PreparedStatement q = db.prepareStatement(
        "SELECT ordinal, path, type, verdict, size, sha256 FROM files WHERE input_path = ? ORDER BY ordinal")) {
      q.setString(1, inputPath);
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          long size = r.getLong(5);
          long knownSize = r.wasNull() ? -1 : size; // read before another query runs
          String sha = r.getString(6);
          out.add(new FileReport(read(r.getString(2)), FileType.valueOf(r.getString(3)),
              Verdict.valueOf(r.getString(4)), findings(inputPath, r.getInt(1), null), knownSize, sha));
        }
      }
    }
    return out;
  }

  /**
   * A file's findings in report order; only those of {@code rule} when it is not null. The input's
   * path is given as stored ({@link #text}).
   */
  List<Finding> findings(String inputPath, int fileOrdinal, String rule) throws SQLException {
    List<Finding> out = new ArrayList<>();
    try (PreparedStatement q = db.prepareStatement(
        "SELECT rule, severity, container, place, ref, message, evidence, fix FROM findings"
            + " WHERE input_path = ? AND file_ordinal = ?" + (rule == null ? "" : " AND rule = ?")
            + " ORDER BY ordinal")) {
      q.setString(1, inputPath);
      q.setInt(2, fileOrdinal);
      if (rule != null) {
        q.setString(3, rule);
      }
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          out.add(new Finding(r.getString(1), Severity.parse(r.getString(2)),
              new Location(read(r.getString(3)), read(r.getString(4)), read(r.getString(5))),
              read(r.getString(6)), read(r.getString(7)), read(r.getString(8))));
        }
      }
    }
    return out;
  }

  /**
   * Replaces whatever was stored for the input with this, in one transaction: a kill before the
   * commit leaves the previous state, after it the whole input.
   */
  public synchronized void save(InputRecord in) throws SQLException {
    try {
      delete(in.path());
      try (PreparedStatement p = db.prepareStatement(
          "INSERT INTO inputs (path, size, sha256, modified_at, rules_version, scanned_at, duration_ms, inspected)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
        p.setString(1, text(in.path()));
        setLong(p, 2, in.facts().size());
        p.setString(3, in.facts().sha256());
        p.setString(4, in.facts().modifiedAt());
        p.setString(5, in.rulesVersion());
        p.setString(6, in.scannedAt());
        p.setLong(7, in.durationMillis());
        p.setInt(8, in.inspected());
        p.executeUpdate();
      }
      try (PreparedStatement f = db.prepareStatement(
              "INSERT INTO files (input_path, ordinal, path, size, sha256, modified_at, type, verdict,"
                  + " rules_version, scanned_at, duration_ms, reader) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
          PreparedStatement x = db.prepareStatement(
              "INSERT INTO findings (input_path, file_ordinal, ordinal, rule, severity, location, container,"
                  + " place, ref, message, evidence, fix) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        int ordinal = 0;
        for (FileReport r : in.reports()) {
          f.setString(1, text(in.path()));
          f.setInt(2, ordinal);
          f.setString(3, text(r.path()));
          // the file's own size and hash as its report gives them (every file read, bundle entries
          // included; null when not measured), so a stored report reads back exactly
          setLong(f, 4, r.size() >= 0 ? Long.valueOf(r.size()) : null);
          f.setString(5, r.sha256());
          f.setString(6, in.facts().modifiedAt());
          f.setString(7, r.type().name());
          f.setString(8, r.verdict().name());
          f.setString(9, in.rulesVersion());
          f.setString(10, in.scannedAt());
          f.setLong(11, in.durationMillis());
          f.setString(12, Readers.of(r));
          f.addBatch();
          int n = 0;
          for (Finding finding : r.findings()) {
            x.setString(1, text(in.path()));
            x.setInt(2, ordinal);
            x.setInt(3, n++);
            x.setString(4, finding.rule());
            x.setString(5, finding.severity().id());
            x.setString(6, text(finding.location().toString()));
            x.setString(7, text(finding.location().container()));
            x.setString(8, text(finding.location().place()));
            x.setString(9, text(finding.location().ref()));
            x.setString(10, text(finding.message()));
            x.setString(11, text(finding.evidence()));
            x.setString(12, text(finding.fix()));
            x.addBatch();
          }
          ordinal++;
        }
        f.executeBatch();
        x.executeBatch();
      }
      db.commit();
    } catch (SQLException | RuntimeException e) {
      db.rollback();
      throw e;
    }
  }

  private void delete(String inputPath) throws SQLException {
    for (String sql : List.of(
        "DELETE FROM findings WHERE input_path = ?",
        "DELETE FROM files WHERE input_path = ?",
        "DELETE FROM inputs WHERE path = ?")) {
      try (PreparedStatement d = db.prepareStatement(sql)) {
        d.setString(1, text(inputPath));
        d.executeUpdate();
      }
    }
  }

  private static void setLong(PreparedStatement p, int i, Long v) throws SQLException {
    if (v == null) {
      p.setNull(i, Types.BIGINT);
    } else {
      p.setLong(i, v);
    }
  }

  /** Text as stored (see {@link #ESCAPE}). */
  static String text(String s) {
    if (s == null || (s.indexOf('\0') < 0 && s.indexOf(ESCAPE) < 0)) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\0') {
        sb.append(ESCAPE).append('0');
      } else if (c == ESCAPE) {
        sb.append(ESCAPE).append(ESCAPE);
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Stored text as it was given to {@link #text}. */
  static String read(String s) {
    if (s == null || s.indexOf(ESCAPE) < 0) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ESCAPE && i + 1 < s.length()) {
        char next = s.charAt(++i);
        sb.append(next == '0' ? '\0' : next);
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  @Override
  public synchronized void close() throws SQLException {
    try {
      db.rollback();
    } finally {
      db.close();
    }
  }
}
