package io.foilint.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.foilint.extract.Limits;
import io.foilint.scan.ScanEngine;
import io.foilint.verdict.Policy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The watch folder with real files in temporary folders, crashes included. */
class WatchFolderTest {

  private static final Path PASS = Path.of("test-fixtures/xlsx/clean-aggregate-rank-by-district.xlsx");
  private static final Path BLOCK = Path.of("test-fixtures/xlsx/hidden-sheet-staff-list.xlsx");
  private static final Path REVIEW = Path.of("test-fixtures/xlsx/custom-xml-part.xlsx");

  @TempDir Path root;
  Path outbox;
  Path ready;
  Path held;
  final List<String> log = new ArrayList<>();

  private void folders() throws IOException {
    outbox = Files.createDirectories(root.resolve("outbox"));
    ready = Files.createDirectories(root.resolve("ready"));
    held = Files.createDirectories(root.resolve("held"));
  }

  private WatchFolder watch(Duration settle) throws IOException {
    return new WatchFolder(outbox, ready, held, settle, new ScanEngine(Limits.DEFAULT, Policy.DEFAULT), log::add);
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /** Everything in OUTBOX but foilint's own journal folder. */
  private List<String> outboxFiles() throws IOException {
    return names(outbox).stream().filter(n -> !n.startsWith(WatchFolder.OWN_PREFIX)).toList();
  }

  @Test
  void filesAlreadyThereAtStartEndInReadyOrHeldWithReports() throws Exception {
    folders();
    Files.copy(PASS, outbox.resolve("counts.xlsx"));
    Files.copy(BLOCK, outbox.resolve("staff.xlsx"));
    Files.copy(REVIEW, outbox.resolve("custom.xlsx"));
    int moved = watch(Duration.ZERO).once();
    assertThat(moved).isEqualTo(3);
    assertThat(outboxFiles()).isEmpty();
    assertThat(names(outbox.resolve(".foilint-watch"))).isEmpty();
    assertThat(names(ready)).containsExactly("counts.xlsx");
    assertThat(names(held)).containsExactly("custom.xlsx", "custom.xlsx.foilint.json", "custom.xlsx.foilint.txt",
        "staff.xlsx", "staff.xlsx.foilint.json", "staff.xlsx.foilint.txt");
    assertThat(Files.mismatch(ready.resolve("counts.xlsx"), PASS)).isEqualTo(-1);
    assertThat(Files.mismatch(held.resolve("staff.xlsx"), BLOCK)).isEqualTo(-1);
    assertThat(Files.readString(held.resolve("staff.xlsx.foilint.json"))).contains("\"verdict\" : \"BLOCK\"");
    assertThat(Files.readString(held.resolve("staff.xlsx.foilint.txt"))).contains("hidden-sheet");
    // one line per file, saying where it went and never what was found
    assertThat(log).hasSize(3);
    assertThat(log).anySatisfy(l -> assertThat(l).startsWith("foilint watch: PASS counts.xlsx -> RELEASE/counts.xlsx"));
    assertThat(log).anySatisfy(l -> assertThat(l).startsWith("foilint watch: BLOCK staff.xlsx -> HOLD/staff.xlsx"));
    assertThat(String.join("\n", log)).doesNotContain("*");
  }

  @Test
  void aNameTakenInTheTargetIsNeverOverwritten() throws Exception {
    folders();
    Files.writeString(ready.resolve("counts.xlsx"), "sent yesterday");
    Files.writeString(held.resolve("staff.xlsx.foilint.txt"), "an officer's notes");
    Files.copy(PASS, outbox.resolve("counts.xlsx"));
    Files.copy(BLOCK, outbox.resolve("staff.xlsx"));
    assertThat(watch(Duration.ZERO).once()).isEqualTo(2);
    assertThat(Files.readString(ready.resolve("counts.xlsx"))).isEqualTo("sent yesterday");
    assertThat(Files.mismatch(ready.resolve("counts (1).xlsx"), PASS)).isEqualTo(-1);
    assertThat(Files.readString(held.resolve("staff.xlsx.foilint.txt"))).isEqualTo("an officer's notes");
    assertThat(names(held)).contains("staff (1).xlsx", "staff (1).xlsx.foilint.txt", "staff (1).xlsx.foilint.json")
        .doesNotContain("staff.xlsx");
  }

  @Test
  void aFileIsLeftAloneUntilItsWritesHaveSettled() throws Exception {
    folders();
    WatchFolder w = watch(Duration.ofMillis(400));
    Path f = outbox.resolve("counts.xlsx");
    Files.copy(PASS, f);
    assertThat(w.tick()).as("just written").isZero();
    Thread.sleep(200);
    Files.write(f, Files.readAllBytes(PASS)); // still being written: same size, new time or not
    Files.setLastModifiedTime(f, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));
    Thread.sleep(250);
    assertThat(w.tick()).as("changed 250 ms ago, settle is 400 ms").isZero();
    Thread.sleep(450);
    assertThat(w.tick()).isEqualTo(1);
    assertThat(names(ready)).containsExactly("counts.xlsx");
  }

  /** Thrown from a step to stop the watcher dead, as a kill would: nothing catches an Error. */
  static final class Crash extends Error {
    Crash(String step) {
      super("simulated crash after " + step);
    }
  }

  /**
   * A crash after each step of a move, by rename and by copy (another file system), then a
   * restart: every file ends in exactly one place, whole, with its reports when held, and nothing
   * of foilint's is left behind.
   */
  @ParameterizedTest(name = "crash after {0}, copying={1}")
  @CsvSource({
    "intent,false", "reports,false", "moved,false",
    "intent,true", "reports,true", "copied,true", "renamed,true", "moved,true"})
  void aCrashAtAnyStepLeavesEveryFileInExactlyOnePlace(String step, boolean copying) throws Exception {
    folders();
    Files.copy(BLOCK, outbox.resolve("staff.xlsx"));
    Files.copy(PASS, outbox.resolve("counts.xlsx"));
    WatchFolder first = watch(Duration.ZERO).withSteps(s -> {
      if (s.equals(step)) {
        throw new Crash(s);
      }
    });
    if (copying) {
      first.copyingOnly();
    }
    assertThatThrownBy(first::once).isInstanceOf(Crash.class);

    WatchFolder restarted = watch(Duration.ZERO);
    restarted.once();
    assertThat(outboxFiles()).isEmpty();
    assertThat(names(outbox.resolve(".foilint-watch"))).isEmpty();
    assertThat(names(ready)).containsExactly("counts.xlsx");
    assertThat(names(held)).containsExactly("staff.xlsx", "staff.xlsx.foilint.json", "staff.xlsx.foilint.txt");
    assertThat(Files.mismatch(held.resolve("staff.xlsx"), BLOCK)).isEqualTo(-1);
    assertThat(Files.mismatch(ready.resolve("counts.xlsx"), PASS)).isEqualTo(-1);
  }

  @Test
  void aCrashBeforeTheRestartLeavesTheFileInOutbox() throws Exception {
    folders();
    Files.copy(BLOCK, outbox.resolve("staff.xlsx"));
    WatchFolder first = watch(Duration.ZERO).copyingOnly().withSteps(s -> {
      if (s.equals("copied")) {
        throw new Crash(s);
      }
    });
    assertThatThrownBy(first::once).isInstanceOf(Crash.class);
    // between the crash and the restart: the file is whole in OUTBOX; HELD has only foilint's
    // temporary copy and the reports, which the restart removes
    assertThat(Files.mismatch(outbox.resolve("staff.xlsx"), BLOCK)).isEqualTo(-1);
    assertThat(names(held)).doesNotContain("staff.xlsx");
    watch(Duration.ZERO).recover();
    assertThat(outboxFiles()).containsExactly("staff.xlsx");
    assertThat(names(held)).isEmpty();
    assertThat(log).anySatisfy(l -> assertThat(l).contains("was undone"));
  }

  @Test
  void watchingPicksUpAFileDroppedWhileItRuns() throws Exception {
    folders();
    WatchFolder w = watch(Duration.ofMillis(200));
    AtomicBoolean go = new AtomicBoolean(true);
    Thread t = new Thread(() -> {
      try {
        w.run(go::get);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    t.start();
    try {
      Files.copy(BLOCK, outbox.resolve("staff.xlsx"));
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (!Files.exists(held.resolve("staff.xlsx.foilint.txt")) && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      while (!Files.exists(held.resolve("staff.xlsx")) && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
    } finally {
      go.set(false);
      t.join(10_000);
    }
    assertThat(t.isAlive()).isFalse();
    assertThat(outboxFiles()).isEmpty();
    assertThat(names(held)).contains("staff.xlsx");
  }

  @Test
  void aFileThatCannotBeHandledStaysInOutboxAndDoesNotStopTheOthers() throws Exception {
    folders();
    WatchFolder w = watch(Duration.ZERO);
    Files.copy(PASS, outbox.resolve("a.xlsx"));
    Files.copy(BLOCK, outbox.resolve("b.xlsx"));
    // the journal cannot be written: no move may start
    Path journal = outbox.resolve(".foilint-watch");
    Files.delete(journal);
    Files.writeString(journal, "not a folder");
    assertThat(w.tick()).isZero();
    assertThat(log).filteredOn(l -> l.contains("could not be handled")).hasSize(2);
    assertThat(outboxFiles()).containsExactly("a.xlsx", "b.xlsx");
    assertThat(names(ready)).isEmpty();
    assertThat(names(held)).isEmpty();
    Files.delete(journal);
    Files.createDirectory(journal);
    assertThat(w.tick()).isEqualTo(2);
    assertThat(outboxFiles()).isEmpty();
  }

  @Test
  void theThreeFoldersMustDiffer() throws Exception {
    folders();
    assertThatThrownBy(() -> new WatchFolder(outbox, outbox, held, Duration.ZERO,
        new ScanEngine(Limits.DEFAULT, Policy.DEFAULT), log::add))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
