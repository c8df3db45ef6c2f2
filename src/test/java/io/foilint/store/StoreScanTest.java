package io.foilint.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.detect.BuiltInDetectors;
import io.foilint.extract.Limits;
import io.foilint.report.JsonReporter;
import io.foilint.scan.FileReport;
import io.foilint.scan.ScanEngine;
import io.foilint.scan.ScanReport;
import io.foilint.verdict.Policy;
import io.foilint.verdict.Verdict;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scans into a store on a real SQLite file: every input stored as it finishes, a re-run answers
 * unchanged inputs from the store with the same report, a changed file or new rules are scanned
 * again, and the store reads back as the scan reported.
 */
class StoreScanTest {

  @TempDir Path dir;
  Path in;
  String db;

  /** A few fixture folders (a bundle among them), copied so a test may change a file. */
  @BeforeEach
  void copyFixtures() throws Exception {
    in = dir.resolve("published");
    for (String folder : List.of("csv", "bundle", "docx")) {
      Path from = Path.of("test-fixtures", folder);
      try (Stream<Path> files = Files.list(from)) {
        for (Path f : files.filter(Files::isRegularFile).toList()) {
          Path to = in.resolve(folder).resolve(f.getFileName().toString());
          Files.createDirectories(to.getParent());
          Files.copy(f, to, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
    db = dir.resolve("results.db").toString();
  }

  record Run(List<FileReport> reports, int inspected, int scanned, int resumed) {}

  static Run scan(String store, Policy policy, Path... inputs) throws Exception {
    ScanEngine engine = new ScanEngine(Limits.DEFAULT, policy, 2);
    try (ResultStore s = ResultStore.open(store)) {
      StoringHook hook = new StoringHook(s, RulesVersion.of("test", policy, Limits.DEFAULT));
      engine.withInputHook(hook);
      List<FileReport> reports = new java.util.ArrayList<>();
      int inspected = engine.scan(List.of(inputs), reports::add);
      return new Run(reports, inspected, hook.scanned(), hook.resumed());
    }
  }

  static String json(List<FileReport> reports) throws Exception {
    StringWriter out = new StringWriter();
    new JsonReporter().write(new ScanReport("test", reports), out);
    return out.toString();
  }

  @Test
  void storesEveryInputAndAReRunAnswersFromTheStoreWithTheSameReport() throws Exception {
    List<FileReport> plain = new ScanEngine(Limits.DEFAULT, Policy.DEFAULT).scan(List.of(in));
    Run first = scan(db, Policy.DEFAULT, in);
    assertThat(json(first.reports())).isEqualTo(json(plain));
    long inputs;
    try (Stream<Path> s = Files.walk(in)) {
      inputs = s.filter(Files::isRegularFile).count();
    }
    assertThat(first.scanned()).isEqualTo(inputs);
    assertThat(first.resumed()).isZero();
    assertThat(StoreDump.count(db, "inputs")).isEqualTo(inputs);
    assertThat(StoreDump.count(db, "files")).isEqualTo(plain.size()).isGreaterThan(inputs); // bundle entries
    List<String> stored = StoreDump.of(db);

    Run again = scan(db, Policy.DEFAULT, in);
    assertThat(again.scanned()).isZero();
    assertThat(again.resumed()).isEqualTo(inputs);
    assertThat(again.inspected()).isEqualTo(first.inspected());
    assertThat(json(again.reports())).isEqualTo(json(plain));
    assertThat(StoreDump.of(db)).isEqualTo(stored);

    // the store reads back as the scan reported it
    try (ResultStore s = ResultStore.open(db)) {
      List<FileReport> back = new StoreQuery(s).files(StoreFilter.ALL).stream().map(StoreQuery.StoredFile::report).toList();
      assertThat(json(back)).isEqualTo(json(plain));
    }
  }

  @Test
  void aChangedFileIsScannedAgainAndTheRestIsNot() throws Exception {
    scan(db, Policy.DEFAULT, in);
    Path changed = in.resolve("csv").resolve("clean-aggregate-counts.csv");
    Files.copy(Path.of("test-fixtures/csv/single-record-name-dob-ni.csv"), changed, StandardCopyOption.REPLACE_EXISTING);
    Run again = scan(db, Policy.DEFAULT, in);
    assertThat(again.scanned()).isEqualTo(1);
    assertThat(again.reports()).filteredOn(r -> r.path().equals(changed.toString()))
        .singleElement().extracting(FileReport::verdict).isEqualTo(Verdict.BLOCK);
    try (ResultStore s = ResultStore.open(db)) {
      assertThat(new StoreQuery(s).files(new StoreFilter(null, null, null, changed.toString())))
          .singleElement().extracting(f -> f.report().verdict()).isEqualTo(Verdict.BLOCK);
    }
  }

  @Test
  void newRulesScanEverythingAgain() throws Exception {
    Run first = scan(db, Policy.DEFAULT, in);
    Path policyFile = dir.resolve("policy.yaml");
    Files.writeString(policyFile, "rules:\n  hidden-sheet: review\n");
    Policy other = Policy.load(policyFile, BuiltInDetectors.rules());
    assertThat(RulesVersion.of("test", other, Limits.DEFAULT)).isNotEqualTo(RulesVersion.of("test", Policy.DEFAULT, Limits.DEFAULT));
    assertThat(RulesVersion.of("1.1", Policy.DEFAULT, Limits.DEFAULT)).isNotEqualTo(RulesVersion.of("1.0", Policy.DEFAULT, Limits.DEFAULT));
    assertThat(RulesVersion.of("test", Policy.DEFAULT, Limits.DEFAULT.withMaxFileBytes(1)))
        .isNotEqualTo(RulesVersion.of("test", Policy.DEFAULT, Limits.DEFAULT));
    assertThat(RulesVersion.of("test", Policy.DEFAULT, Limits.DEFAULT)).isEqualTo(RulesVersion.of("test", Policy.DEFAULT, Limits.DEFAULT));
    Run again = scan(db, other, in);
    assertThat(again.resumed()).isZero();
    assertThat(again.scanned()).isEqualTo(first.scanned());
    assertThat(StoreDump.count(db, "inputs")).isEqualTo(first.scanned()); // replaced, not added
  }

  @Test
  void filtersAndTheTakedownListOldestFirst() throws Exception {
    Path old = in.resolve("docx").resolve("tracked-deletion-name.docx");
    Path oldest = in.resolve("csv").resolve("single-record-name-dob-ni.csv");
    Files.setLastModifiedTime(old, FileTime.from(Instant.parse("2016-03-01T09:00:00Z")));
    Files.setLastModifiedTime(oldest, FileTime.from(Instant.parse("2015-06-01T09:00:00Z")));
    scan(db, Policy.DEFAULT, in);
    try (ResultStore s = ResultStore.open(db)) {
      StoreQuery q = new StoreQuery(s);
      List<StoreQuery.TakedownLine> takedown = q.takedown(StoreFilter.ALL);
      assertThat(takedown).isNotEmpty();
      assertThat(takedown.get(0).path()).isEqualTo(oldest.toString());
      assertThat(takedown.get(0).modifiedAt()).isEqualTo("2015-06-01T09:00:00Z");
      assertThat(takedown).extracting(StoreQuery.TakedownLine::modifiedAt).isSorted();
      List<StoreQuery.StoredFile> block = q.files(new StoreFilter(Verdict.BLOCK, null, null, null));
      assertThat(takedown.stream().map(StoreQuery.TakedownLine::path).distinct())
          .containsExactlyInAnyOrderElementsOf(block.stream().map(f -> f.report().path()).toList());
      assertThat(block).allMatch(f -> f.report().verdict() == Verdict.BLOCK);

      assertThat(q.files(new StoreFilter(null, null, LocalDate.parse("2015-01-01"), null)).size())
          .isGreaterThan(q.files(new StoreFilter(null, null, LocalDate.parse("2020-01-01"), null)).size());
      assertThat(q.files(new StoreFilter(null, null, null, in.resolve("csv").toString())))
          .isNotEmpty().allMatch(f -> f.report().path().startsWith(in.resolve("csv").toString()));
      String rule = takedown.get(0).rule();
      assertThat(q.files(new StoreFilter(null, rule, null, null)))
          .isNotEmpty().allMatch(f -> !f.report().findings().isEmpty()
              && f.report().findings().stream().allMatch(x -> x.rule().equals(rule)));

      Summary summary = Summary.of(q.files(StoreFilter.ALL));
      assertThat(summary.byYear()).containsKeys("2015", "2016");
      assertThat(summary.byYear().get("2015").get(Verdict.BLOCK)).isEqualTo(1);
      assertThat(summary.byFolder()).containsKeys(in.resolve("csv").toString(), in.resolve("bundle").toString());
      assertThat(summary.all().total()).isEqualTo(q.files(StoreFilter.ALL).size());
    }
  }

  @Test
  void aBundleEntryCountsInTheBundlesFolder() {
    assertThat(Summary.folder("a/b/bundle.zip!/x/y.csv")).isEqualTo("a/b");
    assertThat(Summary.folder("top.csv")).isEqualTo(".");
    assertThat(Summary.folder("/abs/f.pdf")).isEqualTo("/abs");
  }
}
