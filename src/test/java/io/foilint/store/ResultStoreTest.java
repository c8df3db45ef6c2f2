package io.foilint.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.foilint.detect.Finding;
import io.foilint.detect.Severity;
import io.foilint.model.FileType;
import io.foilint.model.Location;
import io.foilint.scan.FileReport;
import io.foilint.verdict.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store on a real SQLite file: schema from the migrations, round trips, whole-or-nothing writes. */
class ResultStoreTest {

  @TempDir Path dir;

  private static final FileFacts FACTS = new FileFacts(1234L, "ab".repeat(32), "2019-05-01T10:00:00Z");

  private static FileReport report(String path, String rule) {
    Finding f = new Finding(rule, Severity.BLOCK, new Location("", "Data", "A1:F201"),
        "Sheet 'Data' is hidden but holds 200 rows", "S**** J.", "Delete the sheet");
    return new FileReport(path, FileType.XLSX, Verdict.BLOCK, List.of(f));
  }

  @Test
  void createsTheSchemaOnceAndReadsBackWhatItWrote() throws Exception {
    String db = dir.resolve("results.db").toString();
    List<FileReport> reports = List.of(
        report("in/bundle.zip!/a.xlsx", "hidden-sheet"),
        new FileReport("in/bundle.zip!/b.csv", FileType.CSV, Verdict.PASS, List.of()));
    try (ResultStore s = ResultStore.open(db)) {
      s.save(new InputRecord("in/bundle.zip", FACTS, "v1", "2026-01-01T00:00:00Z", 12, 2, reports));
    }
    assertThat(Files.size(Path.of(db))).isPositive();
    try (ResultStore s = ResultStore.open(db)) { // migrating again changes nothing
      StoredInput back = s.find("in/bundle.zip", FACTS.sha256(), "v1").orElseThrow();
      assertThat(back.inspected()).isEqualTo(2);
      assertThat(back.reports()).isEqualTo(reports);
      assertThat(s.find("in/bundle.zip", FACTS.sha256(), "v2")).as("other rules").isEmpty();
      assertThat(s.find("in/bundle.zip", "cd".repeat(32), "v1")).as("other content").isEmpty();
      assertThat(s.find("in/other.zip", FACTS.sha256(), "v1")).as("other path").isEmpty();
    }
    assertThat(StoreDump.count(db, "foilint_schema_history")).isEqualTo(1);
    assertThat(StoreDump.of(db)).anyMatch(l -> l.startsWith("files") && l.contains("path=in/bundle.zip!/a.xlsx")
        && l.contains("reader=XlsxExtractor") && l.contains("modified_at=2019-05-01T10:00:00Z"));
  }

  @Test
  void anInputIsWrittenWholeOrNotAtAll() throws Exception {
    String db = dir.resolve("results.db").toString();
    try (ResultStore s = ResultStore.open(db)) {
      s.save(new InputRecord("in/a.xlsx", FACTS, "v1", "2026-01-01T00:00:00Z", 12, 1,
          List.of(report("in/a.xlsx", "hidden-sheet"))));
      List<String> before = StoreDump.of(db);
      // the second file's finding breaks a NOT NULL constraint after the input and the first
      // file are written: the whole replacement must roll back, leaving the earlier result
      FileReport broken = report("in/a.xlsx", null);
      assertThatThrownBy(() -> s.save(new InputRecord("in/a.xlsx", FACTS, "v2", "2026-01-02T00:00:00Z", 9, 2,
          List.of(report("in/a.xlsx", "hidden-sheet"), broken)))).isInstanceOf(SQLException.class);
      assertThat(StoreDump.of(db)).isEqualTo(before);
      assertThat(s.find("in/a.xlsx", FACTS.sha256(), "v1")).isPresent();
    }
  }

  @Test
  void textWithNulAndPrivateUseCharactersReadsBackExactly() throws Exception {
    String db = dir.resolve("results.db").toString();
    String path = "in/a\0b\uE000c.pdf";
    Finding f = new Finding("pdf-actions", Severity.REVIEW, Location.of("document", "JS 'x\0'"),
        "a script 'ADBE::FileAttachmentsCompatibility\0'", "\uE0000", "");
    List<FileReport> reports = List.of(new FileReport(path, FileType.PDF, Verdict.REVIEW, List.of(f)));
    try (ResultStore s = ResultStore.open(db)) {
      s.save(new InputRecord(path, FACTS, "v1", "2026-01-01T00:00:00Z", 1, 1, reports));
      assertThat(s.find(path, FACTS.sha256(), "v1").orElseThrow().reports()).isEqualTo(reports);
      assertThat(new StoreQuery(s).files(StoreFilter.ALL)).extracting(StoreQuery.StoredFile::report).isEqualTo(reports);
    }
    assertThat(StoreDump.of(db)).noneMatch(l -> l.indexOf('\0') >= 0);
    for (String t : List.of("", "plain", "\0", "\uE000", "\uE0000", "a\0\0b\uE000\uE000", "\uE000")) {
      assertThat(ResultStore.read(ResultStore.text(t))).isEqualTo(t);
      assertThat(ResultStore.text(t)).doesNotContain("\0");
    }
  }

  @Test
  void aDatabaseThatIsNotAStoreIsLeftAlone() throws Exception {
    String other = dir.resolve("other.db").toString();
    try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + other);
        java.sql.Statement st = c.createStatement()) {
      st.execute("CREATE TABLE accounts (name TEXT)");
    }
    assertThatThrownBy(() -> ResultStore.open(other)).isInstanceOf(ResultStore.StoreException.class)
        .hasMessageContaining("cannot set up the results store");
    try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + other)) {
      assertThat(StoreDump.rows(c, "sqlite_master", true)).hasSize(1).allMatch(l -> l.contains("accounts"));
    }
  }

  @Test
  void aPathIsAnSqliteFileAndAUrlIsTakenAsItIs() {
    assertThat(ResultStore.jdbcUrl("results.db")).startsWith("jdbc:sqlite:/").endsWith("/results.db");
    assertThat(ResultStore.jdbcUrl("jdbc:postgresql://db/foi?user=x")).isEqualTo("jdbc:postgresql://db/foi?user=x");
    assertThat(ResultStore.shown("jdbc:postgresql://db/foi?user=x&password=secret")).isEqualTo("jdbc:postgresql://db/foi?…");
  }
}
