package io.foilint.store;

import io.foilint.detect.Finding;
import io.foilint.detect.Severity;
import io.foilint.model.FileType;
import io.foilint.scan.FileReport;
import io.foilint.verdict.Verdict;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads a store back for {@code foilint report}: the files (as the scan reported them), the
 * take-down list and the summary by folder and year. Order is decided here, in Java, so SQLite
 * and PostgreSQL (whose text collations differ) give the same report.
 */
public final class StoreQuery {

  /** One stored file with the facts reports from the store need besides its report. */
  public record StoredFile(FileReport report, String modifiedAt, String scannedAt) {}

  /** One line of the take-down list: a finding that blocks a file, with the file's date. */
  public record TakedownLine(String modifiedAt, String path, String rule, String location, String message) {}

  private final ResultStore store;

  public StoreQuery(ResultStore store) {
    this.store = store;
  }

  /**
   * The files the filter keeps, in the order a scan reports them (by input path, a bundle's entries
   * in the bundle's order); with a rule filter, only that rule's findings.
   */
  public List<StoredFile> files(StoreFilter filter) throws SQLException {
    record Row(String input, int ordinal, String path, String type, String verdict, String modified, String scanned,
        long size, String sha256) {}
    List<Row> rows = new ArrayList<>();
    Connection db = store.connection();
    synchronized (store) {
      try {
        StringBuilder sql = new StringBuilder(
            "SELECT input_path, ordinal, path, type, verdict, modified_at, scanned_at, size, sha256 FROM files f"
                + " WHERE 1 = 1");
        List<String> args = new ArrayList<>();
        if (filter.verdict() != null) {
          sql.append(" AND verdict = ?");
          args.add(filter.verdict().name());
        }
        if (filter.rule() != null) {
          sql.append(" AND EXISTS (SELECT 1 FROM findings x WHERE x.input_path = f.input_path"
              + " AND x.file_ordinal = f.ordinal AND x.rule = ?)");
          args.add(filter.rule());
        }
        try (PreparedStatement q = db.prepareStatement(sql.toString())) {
          for (int i = 0; i < args.size(); i++) {
            q.setString(i + 1, args.get(i));
          }
          try (ResultSet r = q.executeQuery()) {
            while (r.next()) {
              // the input's path stays as stored: it is the key findings are read by
              long size = r.getLong(8);
              long knownSize = r.wasNull() ? -1 : size;
              Row row = new Row(r.getString(1), r.getInt(2), ResultStore.read(r.getString(3)), r.getString(4), r.getString(5),
                  r.getString(6), r.getString(7), knownSize, r.getString(9));
              if (filter.keeps(row.path(), row.modified())) {
                rows.add(row);
              }
            }
          }
        }
        rows.sort(Comparator.comparing(Row::input).thenComparingInt(Row::ordinal));
        List<StoredFile> out = new ArrayList<>(rows.size());
        for (Row row : rows) {
          List<Finding> findings = store.findings(row.input(), row.ordinal(), filter.rule());
          out.add(new StoredFile(
              new FileReport(row.path(), FileType.valueOf(row.type()), Verdict.valueOf(row.verdict()), findings,
                  row.size(), row.sha256()),
              row.modified(), row.scanned()));
        }
        return out;
      } finally {
        db.rollback();
      }
    }
  }

  /**
   * Files that BLOCK (whatever the filter's verdict), one line per blocking finding, oldest file
   * first (last-modified time; files without one last), then by path.
   */
  public List<TakedownLine> takedown(StoreFilter filter) throws SQLException {
    StoreFilter blocking = new StoreFilter(Verdict.BLOCK, filter.rule(), filter.since(), filter.pathPrefix());
    List<StoredFile> files = new ArrayList<>(files(blocking));
    files.sort(Comparator.comparing(StoredFile::modifiedAt, Comparator.nullsLast(Comparator.naturalOrder())));
    List<TakedownLine> out = new ArrayList<>();
    for (StoredFile f : files) {
      for (Finding x : f.report().findings()) {
        if (x.severity() == Severity.BLOCK) {
          out.add(new TakedownLine(f.modifiedAt(), f.report().path(), x.rule(), x.location().toString(), x.message()));
        }
      }
    }
    return out;
  }
}
