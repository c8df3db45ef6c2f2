package io.foilint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code foilint watch --once}, as a cron job runs it. */
class WatchCliTest {

  @TempDir Path root;

  @Test
  void onceMovesWhatIsThereAndLogsOneLinePerFile() throws Exception {
    Path outbox = Files.createDirectory(root.resolve("outbox"));
    Path ready = Files.createDirectory(root.resolve("ready"));
    Path held = Files.createDirectory(root.resolve("held"));
    Files.copy(Path.of("test-fixtures/xlsx/clean-aggregate-rank-by-district.xlsx"), outbox.resolve("a.xlsx"));
    Files.copy(Path.of("test-fixtures/xlsx/hidden-sheet-staff-list.xlsx"), outbox.resolve("b.xlsx"));
    CliTest.Run r = CliTest.run("watch", outbox.toString(), "--release", ready.toString(), "--hold", held.toString(),
        "--settle", "0.1", "--once");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines().filter(l -> l.matches("foilint watch: (PASS|REVIEW|BLOCK) .*"))).hasSize(2);
    assertThat(r.err()).contains("2 file(s) moved");
    assertThat(Files.exists(ready.resolve("a.xlsx"))).isTrue();
    assertThat(Files.exists(held.resolve("b.xlsx"))).isTrue();
    assertThat(Files.exists(outbox.resolve("a.xlsx")) || Files.exists(outbox.resolve("b.xlsx"))).isFalse();
  }

  @Test
  void theSameFolderTwiceIsAUsageError() throws Exception {
    Path outbox = Files.createDirectory(root.resolve("outbox"));
    Path held = Files.createDirectory(root.resolve("held"));
    CliTest.Run r = CliTest.run("watch", outbox.toString(), "--release", outbox.toString(), "--hold", held.toString(),
        "--once");
    assertThat(r.exit()).isEqualTo(ExitCodes.ERROR);
    assertThat(r.err()).contains("three different folders");
  }
}
