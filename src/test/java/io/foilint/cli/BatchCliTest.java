package io.foilint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Batch use: JSON lines, --output, --files-from, --exclude, progress on stderr only, workers. */
class BatchCliTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CLEAN = "district,count\nNorthmere,12\n";
  private static final String STAFF =
      "Name,NI number\nJohn Smith,QQ 12 34 56 C\nMary Jones,AB 12 34 56 D\nPeter Brown,CE 12 34 56 A\n";

  @TempDir Path dir;

  private Path folder() throws Exception {
    Path f = Files.createDirectories(dir.resolve("answers"));
    Files.writeString(f.resolve("a-count.csv"), CLEAN);
    Files.writeString(f.resolve("b-staff.csv"), STAFF);
    Files.writeString(Files.createDirectories(f.resolve("c-sub")).resolve("count.csv"), CLEAN);
    return f;
  }

  private static List<JsonNode> lines(String out) throws Exception {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : out.split("\n", -1)) {
      if (!line.isEmpty()) {
        nodes.add(JSON.readTree(line));
      }
    }
    return nodes;
  }

  @Test
  void jsonLinesAreTheFilesOfTheJsonReportOneALine() throws Exception {
    Path f = folder();
    CliTest.Run json = CliTest.run("scan", "-q", "--format", "json", f.toString());
    CliTest.Run jsonl = CliTest.run("scan", "-q", "--format", "jsonl", f.toString());
    assertThat(jsonl.exit()).isEqualTo(json.exit()).isEqualTo(1);
    assertThat(jsonl.out()).endsWith("\n").doesNotContain("\r");
    List<JsonNode> files = new ArrayList<>();
    JSON.readTree(json.out()).get("files").forEach(files::add);
    assertThat(files).hasSize(3);
    assertThat(lines(jsonl.out())).isEqualTo(files);
    assertThat(jsonl.out().split("\n")).hasSize(3);
  }

  @Test
  void stdoutCarriesOnlyTheReportAndProgressGoesToStderr() throws Exception {
    Path f = folder();
    CliTest.Run r = CliTest.run("scan", "--format", "json", f.toString());
    JsonNode report = JSON.readTree(r.out()); // the whole of stdout is one JSON document
    assertThat(report.get("files")).hasSize(3);
    assertThat(r.err()).contains("foilint: scanned 3 files").contains("BLOCK 1, REVIEW 0, PASS 2");
    CliTest.Run quiet = CliTest.run("scan", "--quiet", "--format", "json", f.toString());
    assertThat(quiet.err()).isEmpty();
    assertThat(withoutRunTimes(JSON.readTree(quiet.out()))).isEqualTo(withoutRunTimes(report));
  }

  @Test
  void outputWritesTheReportToAFileAndNothingToStdout() throws Exception {
    Path f = folder();
    Path out = dir.resolve("report.jsonl");
    CliTest.Run r = CliTest.run("scan", "-q", "--format", "jsonl", "--output", out.toString(), f.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(lines(Files.readString(out))).hasSize(3)
        .extracting(n -> n.get("verdict").asText()).containsExactly("PASS", "BLOCK", "PASS");
  }

  @Test
  void filesFromListsInputsAndAMissingOneIsReportedNotFatal() throws Exception {
    Path f = folder();
    Path list = dir.resolve("list.txt");
    Files.writeString(list, f.resolve("b-staff.csv") + "\n\n" + f.resolve("gone.csv") + "\n"
        + f.resolve("c-sub") + "\n");
    CliTest.Run r = CliTest.run("scan", "-q", "--format", "jsonl", "--files-from", list.toString());
    List<JsonNode> out = lines(r.out());
    assertThat(out).extracting(n -> n.get("path").asText()).containsExactly(
        f.resolve("b-staff.csv").toString(), f.resolve("gone.csv").toString(),
        f.resolve("c-sub").resolve("count.csv").toString());
    assertThat(out.get(1).get("verdict").asText()).isEqualTo("BLOCK");
    assertThat(out.get(1).get("findings").get(0).get("rule").asText()).isEqualTo("unreadable-file");
    assertThat(r.exit()).isEqualTo(1);

    CliTest.Run none = CliTest.run("scan", "-q", "--files-from", dir.resolve("no-list.txt").toString());
    assertThat(none.exit()).isEqualTo(2);
    assertThat(none.err()).contains("Cannot read --files-from");
    assertThat(CliTest.run("scan").exit()).isEqualTo(2);
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void aFifoInTheListIsNotedAndNeverOpened() throws Exception {
    Path pipe = dir.resolve("answer.csv");
    try {
      Process mk = new ProcessBuilder("mkfifo", pipe.toString()).start();
      assumeTrue(mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0, "mkfifo failed");
    } catch (java.io.IOException e) {
      assumeTrue(false, "no mkfifo here");
    }
    Path ok = Files.writeString(dir.resolve("count.csv"), CLEAN);
    Path list = Files.writeString(dir.resolve("list.txt"), pipe + "\n" + ok + "\n");
    // opening the FIFO would block this test forever (no writer): the timeout would fail it
    CliTest.Run r = CliTest.run("scan", "-q", "--format", "jsonl", "--files-from", list.toString());
    List<JsonNode> out = lines(r.out());
    assertThat(out).hasSize(2);
    assertThat(out.get(0).get("findings").get(0).get("message").asText()).contains("Not a regular file");
    assertThat(out.get(1).get("verdict").asText()).isEqualTo("PASS");
  }

  @Test
  void excludeLeavesOutNamesAndPathsAndSaysHowMany() throws Exception {
    Path f = folder();
    Files.writeString(f.resolve("~$b-staff.csv"), STAFF); // an Office lock file
    Files.writeString(Files.createDirectories(f.resolve("drafts")).resolve("old.csv"), STAFF);
    CliTest.Run r = CliTest.run("scan", "--format", "jsonl", "--exclude", "~$*",
        "--exclude", "drafts", "--exclude", "c-sub/*.csv", f.toString());
    assertThat(lines(r.out())).extracting(n -> n.get("path").asText()).containsExactly(
        f.resolve("a-count.csv").toString(), f.resolve("b-staff.csv").toString());
    assertThat(r.err()).contains("3 file(s) or folder(s) left out by --exclude");
  }

  @Test
  @Timeout(value = 300, unit = TimeUnit.SECONDS)
  void workersGiveTheSameReportAsInProcess() throws Exception {
    Path f = folder();
    CliTest.Run here = CliTest.run("scan", "-q", "--format", "json", f.toString());
    CliTest.Run there = CliTest.run("scan", "--workers", "1", "--worker-heap", "256", "--format", "json",
        f.toString());
    assertThat(there.exit()).isEqualTo(here.exit()).isEqualTo(1);
    assertThat(withoutRunTimes(JSON.readTree(there.out()))).isEqualTo(withoutRunTimes(JSON.readTree(here.out())));
    assertThat(there.err()).contains("1 worker process started, 0 of them");
    CliTest.Run both = CliTest.run("scan", "--workers", "2", "--jobs", "2", f.toString());
    assertThat(both.exit()).isEqualTo(2);
    assertThat(both.err()).contains("--jobs sets threads");
  }

  @Test
  void plainProgressLinesComeEveryFewSeconds() throws Exception {
    StringWriter err = new StringWriter();
    try (Progress p = Progress.lines(new PrintWriter(err), 20)) {
      p.queued(1 << 20);
      p.queued(3 << 20);
      p.finished(1 << 20);
      Thread.sleep(200);
    }
    assertThat(err.toString())
        .contains("foilint: 1 of 2 files found so far (1.0 of 4.0 MB)")
        .contains("foilint: scanned 1 file (1.0 MB)");
  }

  /** The report without the run's start time and duration, which differ from run to run by design. */
  static JsonNode withoutRunTimes(JsonNode report) {
    JsonNode copy = report.deepCopy();
    ((com.fasterxml.jackson.databind.node.ObjectNode) copy.get("run")).remove(List.of("startedAt", "durationMs"));
    return copy;
  }
}
