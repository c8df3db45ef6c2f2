package io.foilint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.store.StoreDump;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch killed with SIGKILL mid-way and run again ends with the store an uninterrupted run
 * leaves, nothing counted twice, and the same report; the real CLI in a child JVM.
 */
class ResumeAfterKillTest {

  @TempDir Path dir;

  private Path published() throws Exception {
    Path in = dir.resolve("published");
    // every fixture folder twice, so the batch runs long enough to be killed part-way
    for (String copy : List.of("2019", "2020")) {
      for (String folder : List.of("csv", "docx", "xlsx")) {
        try (Stream<Path> files = Files.list(Path.of("test-fixtures", folder))) {
          for (Path f : files.filter(Files::isRegularFile).toList()) {
            Path to = in.resolve(copy).resolve(folder).resolve(f.getFileName().toString());
            Files.createDirectories(to.getParent());
            Files.copy(f, to, StandardCopyOption.COPY_ATTRIBUTES);
          }
        }
      }
    }
    return in;
  }

  private static Process cli(Path out, String... args) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx512m");
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add("io.foilint.cli.Main");
    cmd.addAll(List.of(args));
    return new ProcessBuilder(cmd).redirectError(out.resolveSibling(out.getFileName() + ".err").toFile())
        .redirectOutput(out.toFile()).start();
  }

  private static long stored(String db) {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT COUNT(*) FROM inputs")) {
      return r.next() ? r.getLong(1) : 0;
    } catch (java.sql.SQLException e) {
      return 0; // not created yet, or the schema is being made
    }
  }

  @Test
  @Timeout(value = 300, unit = TimeUnit.SECONDS)
  void aKilledBatchResumesToTheStoreOfAnUninterruptedRun() throws Exception {
    Path in = published();
    long total;
    try (Stream<Path> s = Files.walk(in)) {
      total = s.filter(Files::isRegularFile).count();
    }
    String killed = dir.resolve("killed.db").toString();
    String[] args = {"scan", "--format", "json", "--jobs", "1", "--store", killed, in.toString()};

    Process child = cli(dir.resolve("first.json"), args);
    long atKill;
    try {
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (stored(killed) < 10 && child.isAlive() && System.nanoTime() < until) {
        Thread.sleep(10);
      }
      child.destroyForcibly(); // SIGKILL: no shutdown hook, no last commit
      assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(child.exitValue()).as("ended by SIGKILL, not by finishing").isEqualTo(137);
    } finally {
      child.destroyForcibly();
    }
    atKill = stored(killed);
    System.err.println("ResumeAfterKillTest: killed with " + atKill + " of " + total + " inputs stored");
    assertThat(atKill).as("killed mid-way").isBetween(10L, total - 1);
    // every input in the store is whole: each has its file rows
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + killed);
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(
            "SELECT COUNT(*) FROM inputs i WHERE NOT EXISTS (SELECT 1 FROM files f WHERE f.input_path = i.path)")) {
      r.next();
      assertThat(r.getLong(1)).isZero();
    }

    Process again = cli(dir.resolve("resumed.json"), args);
    assertThat(again.waitFor(240, TimeUnit.SECONDS)).isTrue();
    String err = Files.readString(dir.resolve("resumed.json.err"));
    assertThat(again.exitValue()).as(err).isEqualTo(1); // some fixtures BLOCK
    Matcher m = Pattern.compile("(\\d+) input\\(s\\) scanned and stored, (\\d+) unchanged").matcher(err);
    assertThat(m.find()).as(err).isTrue();
    long scanned = Long.parseLong(m.group(1));
    long resumed = Long.parseLong(m.group(2));
    assertThat(resumed).isGreaterThanOrEqualTo(atKill);
    assertThat(scanned + resumed).isEqualTo(total);

    String clean = dir.resolve("clean.db").toString();
    CliTest.Run uninterrupted = CliTest.run("scan", "--format", "json", "--jobs", "2", "--store", clean, in.toString());
    assertThat(uninterrupted.exit()).isEqualTo(1);
    assertThat(StoreDump.count(killed, "inputs")).isEqualTo(total);
    assertThat(StoreDump.of(killed)).isEqualTo(StoreDump.of(clean));
    // the same report but for the run's start time and duration
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    assertThat(BatchCliTest.withoutRunTimes(json.readTree(Files.readString(dir.resolve("resumed.json")))))
        .isEqualTo(BatchCliTest.withoutRunTimes(json.readTree(uninterrupted.out())));
  }
}
