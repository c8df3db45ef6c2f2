package io.foilint.fuzz;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.ExtractionException;
import io.foilint.extract.Extractor;
import io.foilint.extract.Limits;
import io.foilint.model.ContentHandler;
import io.foilint.source.ZipGuard;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * What every fuzz target shares: the input written to a temp file (extractors read paths), a
 * per-input time bound, and the contract check "only {@link ExtractionException} or
 * {@link IOException} may leave an extractor".
 *
 * <p>Time: each input must finish within {@code foilint.fuzz.timeout} seconds (default 5). An
 * input during which the JVM loaded classes gets up to {@code foilint.fuzz.warmup} seconds
 * (default 90): it is the first to take some path through POI or PDFBox and pays for loading (and,
 * when fuzzing, instrumenting) its classes, which is not the input's cost.
 */
final class FuzzHarness {

  private static final Duration TIMEOUT =
      Duration.ofSeconds(Long.getLong("foilint.fuzz.timeout", 5));
  private static final Duration WARMUP =
      Duration.ofSeconds(Long.getLong("foilint.fuzz.warmup", 90));
  private static final java.lang.management.ClassLoadingMXBean CLASSES =
      java.lang.management.ManagementFactory.getClassLoadingMXBean();
  private static final Path DIR;

  static {
    try {
      DIR = Files.createTempDirectory("foilint-fuzz-");
      DIR.toFile().deleteOnExit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private FuzzHarness() {}

  /** Writes the input to a fresh temp file, runs {@code body} on it under the time bound. */
  static <T> T onFile(byte[] data, String suffix, FileBody<T> body) throws Exception {
    Path file = Files.createTempFile(DIR, "in-", suffix);
    try {
      Files.write(file, data);
      return bounded(() -> body.apply(file));
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /**
   * Runs {@code work} on its own thread (with the 64 MB stack the engine gives its workers) and
   * fails when it takes longer than the per-input bound. Errors and runtime exceptions thrown by
   * {@code work} are rethrown as they are, so the fuzzer sees the original stack trace.
   */
  static <T> T bounded(Callable<T> work) throws Exception {
    FutureTask<T> task = new FutureTask<>(work);
    Thread t = new Thread(null, task, "foilint-fuzz", 64L * 1024 * 1024);
    t.setDaemon(true);
    long classesBefore = CLASSES.getTotalLoadedClassCount();
    t.start();
    try {
      try {
        return task.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        if (CLASSES.getTotalLoadedClassCount() == classesBefore) {
          throw e;
        }
        return task.get(WARMUP.minus(TIMEOUT).toMillis(), TimeUnit.MILLISECONDS);
      }
    } catch (TimeoutException e) {
      t.interrupt();
      throw new AssertionError("input took longer than the per-input bound (bounded time violated)");
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof Exception ex) {
        throw ex;
      }
      if (c instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }

  /**
   * Runs one extractor on the input as the engine would (the zip guard first for zip-based
   * families) and lets only the contract's exceptions pass; anything else escapes to the fuzzer.
   */
  static void extract(byte[] data, String suffix, boolean zipGuard, Extractor extractor)
      throws Exception {
    onFile(
        data,
        suffix,
        file -> {
          try {
            if (zipGuard) {
              ZipGuard.check(file, Limits.DEFAULT);
            }
            extractor.extract(file, DRAINING, new EventContract());
          } catch (ExtractionException | IOException expected) {
            // the contract: a file that cannot be fully inspected says so with a reason
            if (expected.getMessage() == null && expected instanceof ExtractionException) {
              throw new AssertionError("ExtractionException without a reason message", expected);
            }
          }
          return null;
        });
  }

  /**
   * Holds an extractor to the event contract the detectors rely on: tables do not nest, rows come
   * only inside a table, and no text or fact arrives while one is open. A breach escapes to the
   * fuzzer as an {@link AssertionError}.
   */
  static final class EventContract implements ContentHandler {
    private boolean inTable;

    @Override
    public void startTable(io.foilint.model.TableStart table) {
      check(!inTable, "table started inside a table");
      inTable = true;
    }

    @Override
    public void row(io.foilint.model.Row row) {
      check(inTable, "row outside a table");
    }

    @Override
    public void endTable() {
      check(inTable, "endTable without startTable");
      inTable = false;
    }

    @Override
    public void text(io.foilint.model.TextBlock text) {
      check(!inTable, "text inside a table");
    }

    @Override
    public void fact(io.foilint.model.Fact fact) {
      check(!inTable, "fact inside a table");
    }

    private static void check(boolean holds, String breach) {
      if (!holds) {
        throw new AssertionError("event contract broken: " + breach);
      }
    }
  }

  /** Default limits, no deadline (the harness bounds time), embedded documents read through. */
  static final ExtractionContext DRAINING =
      new ExtractionContext() {
        @Override
        public Limits limits() {
          return Limits.DEFAULT;
        }

        @Override
        public void embedded(String name, InputStream content) throws IOException {
          content.transferTo(java.io.OutputStream.nullOutputStream());
        }

        @Override
        public void checkDeadline() {}
      };

  @FunctionalInterface
  interface FileBody<T> {
    T apply(Path file) throws Exception;
  }
}
