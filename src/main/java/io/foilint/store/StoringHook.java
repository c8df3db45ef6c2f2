package io.foilint.store;

import io.foilint.scan.FileReport;
import io.foilint.scan.InputHook;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;

/**
 * Writes each top-level input's results to the store as soon as it is scanned, and answers an
 * input whose path, content hash and rules version are already stored from the store instead of
 * scanning it again (resume). Either way the run's report holds every input, so a resumed run
 * prints the same report as an uninterrupted one.
 */
public final class StoringHook implements InputHook {

  private final ResultStore store;
  private final String rulesVersion;
  private final AtomicInteger scanned = new AtomicInteger();
  private final AtomicInteger resumed = new AtomicInteger();

  public StoringHook(ResultStore store, String rulesVersion) {
    this.store = store;
    this.rulesVersion = rulesVersion;
  }

  @Override
  public int input(Path file, String display, Consumer<FileReport> out, ToIntFunction<Consumer<FileReport>> scan) {
    FileFacts facts = FileFacts.of(file);
    if (facts.sha256() != null) {
      Optional<StoredInput> stored = call(() -> store.find(display, facts.sha256(), rulesVersion));
      if (stored.isPresent()) {
        stored.get().reports().forEach(out);
        resumed.incrementAndGet();
        return stored.get().inspected();
      }
    }
    List<FileReport> reports = new ArrayList<>();
    long start = System.nanoTime();
    int inspected = scan.applyAsInt(r -> {
      reports.add(r);
      out.accept(r);
    });
    long millis = (System.nanoTime() - start) / 1_000_000;
    InputRecord record = new InputRecord(display, facts, rulesVersion, now(), millis, inspected, reports);
    call(() -> {
      store.save(record);
      return null;
    });
    scanned.incrementAndGet();
    return inspected;
  }

  /** A path noted without being opened: stored (replacing an earlier note), never taken as done. */
  @Override
  public void noted(FileReport report) {
    InputRecord record = new InputRecord(report.path(), FileFacts.NONE, rulesVersion, now(), 0, 0, List.of(report));
    call(() -> {
      store.save(record);
      return null;
    });
  }

  /** Inputs scanned (and written) in this run. */
  public int scanned() {
    return scanned.get();
  }

  /** Inputs answered from the store, unchanged since an earlier run. */
  public int resumed() {
    return resumed.get();
  }

  private static String now() {
    return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
  }

  private interface Sql<T> {
    T run() throws SQLException;
  }

  /** A store that fails mid-run ends the run (exit 2): results not written must not look written. */
  private <T> T call(Sql<T> action) {
    try {
      return action.run();
    } catch (SQLException e) {
      throw new UncheckedIOException(
          new java.io.IOException("the results store " + store.describe() + " failed: " + e.getMessage(), e));
    }
  }
}
