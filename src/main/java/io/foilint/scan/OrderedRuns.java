package io.foilint.scan;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;

/**
 * Runs top-level inputs on several threads and hands their reports on in input order, so a
 * report is the same whatever the number of jobs. At most {@value #IN_FLIGHT_PER_JOB} × jobs
 * inputs are in flight: a finished input waits only for those before it, and memory holds the
 * reports of those inputs, not of the whole run. With one job everything runs on the caller's
 * thread, reports streaming as they are made.
 */
final class OrderedRuns implements AutoCloseable {

  /** One input's reports, in the order it made them, and how many files it inspected. */
  private record Slot(CompletableFuture<Integer> inspected, List<FileReport> reports) {}

  /**
   * How far the other jobs may run ahead of the oldest unfinished input. A window of two per job
   * left the second job idle behind any file that takes seconds (an embedded PDF, a large
   * workbook): with 1,238 corpus files, 2 jobs were no faster than 1. Finished reports are small
   * (masked findings), so a few dozen waiting cost little memory.
   */
  static final int IN_FLIGHT_PER_JOB = 32;

  private final int jobs;
  private final Consumer<FileReport> sink;
  private final ExecutorService pool;
  private final Deque<Slot> inFlight = new ArrayDeque<>();
  private int inspected;

  OrderedRuns(int jobs, Consumer<FileReport> sink) {
    this.jobs = Math.max(1, jobs);
    this.sink = sink;
    this.pool = this.jobs == 1 ? null : Executors.newFixedThreadPool(this.jobs, r -> {
      Thread t = new Thread(r, "foilint-job");
      t.setDaemon(true);
      return t;
    });
  }

  /** A report made without reading anything (a special file, a folder that cannot be listed). */
  void now(FileReport report) {
    if (pool == null) {
      sink.accept(report);
      return;
    }
    inFlight.add(new Slot(CompletableFuture.completedFuture(0), List.of(report)));
    deliverFinished();
  }

  /** One top-level input: {@code run} scans it, handing its reports to the consumer it gets. */
  void submit(ToIntFunction<Consumer<FileReport>> run) {
    if (pool == null) {
      inspected += run.applyAsInt(sink);
      return;
    }
    List<FileReport> reports = Collections.synchronizedList(new ArrayList<>());
    CompletableFuture<Integer> done = CompletableFuture.supplyAsync(() -> run.applyAsInt(reports::add), pool);
    inFlight.add(new Slot(done, reports));
    deliverFinished();
    while (inFlight.size() > IN_FLIGHT_PER_JOB * jobs) {
      deliverHead();
    }
  }

  /** Waits for every input and hands on the rest; returns the files inspected in all. */
  int finish() {
    while (!inFlight.isEmpty()) {
      deliverHead();
    }
    return inspected;
  }

  private void deliverFinished() {
    while (!inFlight.isEmpty() && inFlight.peekFirst().inspected().isDone()) {
      deliverHead();
    }
  }

  private void deliverHead() {
    Slot head = inFlight.removeFirst();
    try {
      inspected += head.inspected().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a scan", e);
    } catch (ExecutionException e) {
      // InputRun turns every failure of a file into a report; this is a defect in the engine
      throw new IllegalStateException("a scan job failed", e.getCause());
    }
    synchronized (head.reports()) {
      head.reports().forEach(sink);
    }
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }
}
