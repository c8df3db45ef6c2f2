package io.foilint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.foilint.report.Rfc4180;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code foilint report} on a store written by {@code foilint scan --store}: views, formats, filters, errors. */
class ReportCliTest {

  @TempDir Path dir;
  Path in;
  String db;
  CliTest.Run scan;

  @BeforeEach
  void scanIntoAStore() throws Exception {
    in = dir.resolve("published");
    Files.createDirectories(in);
    try (Stream<Path> files = Files.list(Path.of("test-fixtures/csv"))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.copy(f, in.resolve(f.getFileName().toString()), StandardCopyOption.COPY_ATTRIBUTES);
      }
    }
    Files.setLastModifiedTime(in.resolve("single-record-name-dob-ni.csv"), FileTime.from(Instant.parse("2015-04-02T08:00:00Z")));
    Files.setLastModifiedTime(in.resolve("clean-aggregate-counts.csv"), FileTime.from(Instant.parse("2016-01-01T00:00:00Z")));
    db = dir.resolve("results.db").toString();
    scan = CliTest.run("scan", "--format", "json", "--store", db, in.toString());
  }

  @Test
  void theFilesViewIsTheScansReportInEveryFormat() {
    assertThat(scan.exit()).isEqualTo(1);
    assertThat(scan.err()).contains("results store jdbc:sqlite:").contains("scanned and stored");
    // the same files, hashes and findings; the run header is the scan's (a stored view has no run)
    assertThat(withoutRun(CliTest.run("report", "--store", db, "--format", "json").out())).isEqualTo(withoutRun(scan.out()));
    for (String format : List.of("text", "sarif", "html", "csv")) {
      CliTest.Run fromScan = CliTest.run("scan", "--format", format, "--store", db, in.toString());
      assertThat(fromScan.err()).contains("0 input(s) scanned");
      assertThat(CliTest.run("report", "--store", db, "--format", format).out()).as(format).isEqualTo(fromScan.out());
    }
  }

  @Test
  void theTakedownListStartsWithTheOldestBlockingFile() throws Exception {
    CliTest.Run text = CliTest.run("report", "--store", db, "--view", "takedown");
    assertThat(text.exit()).isZero();
    assertThat(text.out()).startsWith("Take-down list: files that BLOCK, oldest first");
    assertThat(text.out().lines().filter(l -> !l.isBlank()).skip(1).findFirst().orElseThrow())
        .isEqualTo("2015-04-02  " + in.resolve("single-record-name-dob-ni.csv"));
    JsonNode json = new ObjectMapper().readTree(CliTest.run("report", "--store", db, "--view", "takedown", "--format", "json").out());
    assertThat(json.get("takedown").get(0).get("modified").asText()).isEqualTo("2015-04-02T08:00:00Z");
    assertThat(json.get("takedown")).allMatch(n -> !n.get("rule").asText().isEmpty());
    List<List<String>> csv = Rfc4180.parse(CliTest.run("report", "--store", db, "--view", "takedown", "--format", "csv").out());
    assertThat(csv.get(0)).containsExactly("modified", "path", "rule", "location", "message");
    assertThat(csv).hasSize(json.get("takedown").size() + 1);
  }

  @Test
  void filtersNarrowTheReport() throws Exception {
    ObjectMapper m = new ObjectMapper();
    int all = m.readTree(CliTest.run("report", "--store", db, "--format", "json").out()).get("files").size();
    JsonNode block = m.readTree(CliTest.run("report", "--store", db, "--format", "json", "--verdict", "block").out()).get("files");
    assertThat(block.size()).isPositive().isLessThan(all);
    assertThat(block).allMatch(f -> f.get("verdict").asText().equals("BLOCK"));
    JsonNode old = m.readTree(CliTest.run("report", "--store", db, "--format", "json", "--since", "2015-01-01").out()).get("files");
    JsonNode recent = m.readTree(CliTest.run("report", "--store", db, "--format", "json", "--since", "2017-01-01").out()).get("files");
    assertThat(old.size() - recent.size()).isEqualTo(2);
    JsonNode prefix = m.readTree(CliTest.run("report", "--store", db, "--format", "json", "--path-prefix",
        in.resolve("clean-").toString()).out()).get("files");
    assertThat(prefix).isNotEmpty().allMatch(f -> f.get("path").asText().startsWith(in.resolve("clean-").toString()));
    JsonNode rule = m.readTree(CliTest.run("report", "--store", db, "--format", "json", "--rule", "personal-data-table").out()).get("files");
    assertThat(rule).isNotEmpty().allMatch(f -> f.get("findings").findValuesAsText("rule").stream().allMatch("personal-data-table"::equals));
    String summary = CliTest.run("report", "--store", db, "--view", "summary").out();
    assertThat(summary).contains("By folder").contains("By year").contains(in.toString()).containsPattern("(?m)^2015 +1 +1 +0 +0$");
  }

  @Test
  void usageErrorsExitTwo() {
    CliTest.Run missing = CliTest.run("report", "--store", dir.resolve("nothing.db").toString());
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("No results store at");
    assertThat(Files.exists(dir.resolve("nothing.db"))).isFalse();
    assertThat(CliTest.run("report", "--store", db, "--view", "takedown", "--format", "sarif").err())
        .contains("written as text, json or csv");
    assertThat(CliTest.run("report", "--store", db, "--verdict", "maybe").exit()).isEqualTo(2);
    assertThat(CliTest.run("report", "--store", db, "--since", "last week").err()).contains("YYYY-MM-DD");
    CliTest.Run badStore = CliTest.run("scan", "--store", dir.toString(), in.toString());
    assertThat(badStore.exit()).isEqualTo(2);
    assertThat(badStore.err()).contains("foilint: cannot set up the results store");
  }

  private static com.fasterxml.jackson.databind.JsonNode withoutRun(String json) {
    try {
      com.fasterxml.jackson.databind.node.ObjectNode n =
          (com.fasterxml.jackson.databind.node.ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
      n.remove("run");
      return n;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
