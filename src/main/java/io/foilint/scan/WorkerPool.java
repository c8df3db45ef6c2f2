package io.foilint.scan;

import io.foilint.extract.Limits;
import io.foilint.extract.TempFiles;
import io.foilint.model.FileType;
import io.foilint.model.Location;
import io.foilint.verdict.Policy;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Child JVMs that do the reading, so that a file which kills its reader (out of memory, a native
 * crash, a JVM that stops answering) costs one worker, not the run — the isolation Tika's
 * forked/pipes mode gives its parsers. Each worker has its own heap limit and scans one top-level
 * file (with everything inside it) at a time; a worker that dies is replaced by a fresh one for
 * the next file. The dead worker's file is BLOCK {@code unreadable-file}: the reader crashed on it.
 *
 * <p>Workers run {@link WorkerMain} from the same classpath with the same limits and policy, so a
 * file's report is the one an in-process scan gives. Which class a worker runs is fixed here; a
 * file cannot choose it (tests substitute one through the package-private constructor only).
 */
public final class WorkerPool implements AutoCloseable {

  /** How long a new worker may take to start and say it is ready. */
  private static final long START_SECONDS = 120;

  private final int size;
  private final int heapMb;
  private final Limits limits;
  private final Path policyFile;
  private final String mainClass;
  private final List<String> extraJvmArgs;
  /** Time a worker gets beyond the time limit (and its grace) before it counts as hung. */
  private final long marginMillis;
  private final BlockingQueue<Worker> idle;
  private final List<Worker> all = new ArrayList<>();
  private final ScheduledExecutorService watchdog;
  private volatile boolean closed;
  private int started;
  private int replaced;

  /**
   * @param size how many workers (files read at once)
   * @param heapMb each worker's heap limit in MB
   * @param policyFile the policy file the run uses, or null for the default policy
   */
  public WorkerPool(int size, int heapMb, Limits limits, Path policyFile) {
    this(size, heapMb, limits, policyFile, WorkerMain.class.getName(), List.of(), 30_000);
  }

  /** For tests: another worker main class (one with a test-only reader), extra JVM arguments. */
  WorkerPool(int size, int heapMb, Limits limits, Path policyFile, String mainClass,
      List<String> extraJvmArgs, long marginMillis) {
    if (size < 1 || heapMb < 16) {
      throw new IllegalArgumentException("workers must be at least 1 and heap at least 16 MB");
    }
    this.size = size;
    this.heapMb = heapMb;
    this.limits = limits;
    this.policyFile = policyFile;
    this.mainClass = mainClass;
    this.extraJvmArgs = List.copyOf(extraJvmArgs);
    this.marginMillis = marginMillis;
    this.idle = new ArrayBlockingQueue<>(size);
    this.watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "foilint-worker-watchdog");
      t.setDaemon(true);
      return t;
    });
  }

  public int size() {
    return size;
  }

  /** How many worker processes were started, and how many of them replaced one that ended. */
  public synchronized String summary() {
    return started + " worker process" + (started == 1 ? "" : "es") + " started, " + replaced
        + " of them to replace one that crashed, hung or was retired";
  }

  /**
   * Scans one top-level file in a worker; reports go to {@code sink} as the worker makes them.
   *
   * @return how many files were opened and inspected
   * @throws IllegalStateException if no worker process can be started at all
   */
  int scan(Path file, String display, ScanEngine engine, Consumer<FileReport> sink) {
    Worker w = take();
    boolean healthy = false;
    try {
      Worker.Outcome o = w.scan(file, display, sink);
      if (o.crash() == null) {
        healthy = !o.recycle();
        return o.inspected();
      }
      String why = o.crash();
      if (o.reported() > 0) {
        why += "; the reports listed before this one were made before the crash, the rest of this"
            + " file was not inspected";
      }
      sink.accept(engine.failed(display, FileType.UNKNOWN, FailClosed.crashed(why, Location.of(""))));
      return 0;
    } finally {
      give(w, healthy);
    }
  }

  private Worker take() {
    Worker w;
    synchronized (this) {
      w = idle.poll();
      if (w == null && all.size() < size) {
        w = start();
      }
    }
    if (w != null) {
      return w;
    }
    try {
      return idle.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a worker", e);
    }
  }

  /** Puts a worker back, or replaces one that died or must not be reused. */
  private void give(Worker w, boolean healthy) {
    Worker next = w;
    if (!healthy) {
      w.kill();
      synchronized (this) {
        all.remove(w);
        replaced++;
        next = closed ? null : start();
      }
    }
    if (next != null) {
      idle.add(next);
    }
  }

  /**
   * The JIT compiler options this process was started with ({@code -XX:TieredStopAtLevel=1} from
   * the launcher, say): a worker reads files as this process would, and on two cores the full
   * optimising compiler of each worker competes with the scans for the processors.
   */
  static List<String> compilerOptions(List<String> jvmArguments) {
    return jvmArguments.stream()
        .filter(a -> a.startsWith("-XX:TieredStopAtLevel=") || a.startsWith("-XX:Tier4")
            || a.equals("-XX:-TieredCompilation") || a.equals("-XX:+TieredCompilation"))
        .toList();
  }

  /** Called with the lock held. */
  private Worker start() {
    List<String> cmd = new ArrayList<>();
    cmd.add(ProcessHandle.current().info().command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    cmd.add("-Xmx" + heapMb + "m");
    cmd.add("-XX:+ExitOnOutOfMemoryError");
    // A crash log holds memory contents (document text): into the private temp folder, removed
    // at exit, never the working directory; and no core dump.
    try {
      cmd.add("-XX:ErrorFile=" + TempFiles.dir().resolve("worker-crash-%p.log"));
    } catch (IOException e) {
      cmd.add("-XX:ErrorFile=/dev/null");
    }
    cmd.add("-XX:-CreateCoredumpOnCrash");
    cmd.add("-Djava.awt.headless=true");
    cmd.addAll(compilerOptions(ManagementFactory.getRuntimeMXBean().getInputArguments()));
    // the same messages and number formats as this process
    for (String p : List.of("user.language", "user.country", "file.encoding", "java.io.tmpdir",
        "pdfbox.fontcache")) {
      String v = System.getProperty(p);
      if (v != null) {
        cmd.add("-D" + p + "=" + v);
      }
    }
    cmd.addAll(extraJvmArgs);
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(mainClass);
    cmd.add(Long.toString(limits.timePerFile().toMillis()));
    cmd.add(Long.toString(limits.maxFileBytes()));
    if (policyFile != null) {
      cmd.add(policyFile.toAbsolutePath().toString());
    }
    try {
      Process p = new ProcessBuilder(cmd)
          .redirectError(ProcessBuilder.Redirect.DISCARD)
          .start();
      Worker w = new Worker(p);
      started++;
      w.awaitReady();
      all.add(w);
      return w;
    } catch (IOException e) {
      throw new IllegalStateException("cannot start a worker process: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    List<Worker> workers;
    synchronized (this) {
      closed = true;
      workers = new ArrayList<>(all);
      all.clear();
    }
    for (Worker w : workers) {
      w.stop();
    }
    watchdog.shutdownNow();
  }

  /** One child JVM and its pipes. */
  private final class Worker {
    record Outcome(int inspected, boolean recycle, String crash, int reported) {}

    private final Process process;
    private final Writer requests;
    private final BufferedReader answers;

    Worker(Process process) {
      this.process = process;
      this.requests = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
      this.answers = new BufferedReader(
          new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8), 1 << 16);
    }

    void awaitReady() throws IOException {
      AtomicBoolean late = new AtomicBoolean();
      ScheduledFuture<?> dog = watchdog.schedule(() -> {
        late.set(true);
        process.destroyForcibly();
      }, START_SECONDS, TimeUnit.SECONDS);
      try {
        String line;
        while ((line = answers.readLine()) != null) {
          if (line.equals(WorkerWire.READY)) {
            return;
          }
        }
      } finally {
        dog.cancel(false);
      }
      process.destroyForcibly();
      throw new IOException(late.get() ? "it did not start within " + START_SECONDS + " seconds"
          : "it ended at once (exit code " + exitCode() + ")");
    }

    Outcome scan(Path file, String display, Consumer<FileReport> sink) {
      long budget = limits.timePerFile().toMillis() + 2_000 + marginMillis;
      AtomicBoolean hung = new AtomicBoolean();
      ScheduledFuture<?> dog = watchdog.schedule(() -> {
        hung.set(true);
        process.destroyForcibly();
      }, budget, TimeUnit.MILLISECONDS);
      int reported = 0;
      try {
        requests.write(WorkerWire.write(new WorkerWire.Request(file.toString(), display)) + "\n");
        requests.flush();
        String line;
        while ((line = answers.readLine()) != null) {
          if (line.startsWith(WorkerWire.REPORT)) {
            sink.accept(WorkerWire.read(line.substring(WorkerWire.REPORT.length()), FileReport.class));
            reported++;
          } else if (line.startsWith(WorkerWire.DONE)) {
            String[] f = line.substring(WorkerWire.DONE.length()).trim().split(" ");
            return new Outcome(Integer.parseInt(f[0]), f.length > 1 && f[1].equals("1"), null, reported);
          }
        }
      } catch (IOException e) {
        // a broken pipe: the worker is gone; said below
      } finally {
        dog.cancel(false);
      }
      process.destroyForcibly();
      return new Outcome(0, true, hung.get() ? hungMessage() : deathMessage(), reported);
    }

    private String hungMessage() {
      return "the worker process reading it stopped answering (" + (marginMillis / 1000 + 2)
          + " seconds past the " + limits.timePerFile().toSeconds()
          + "-second time limit) and was stopped; a fresh worker took over the rest of the run";
    }

    private String deathMessage() {
      int code = exitCode();
      String how = code == 3
          ? "ran out of memory (each worker may use " + heapMb + " MB)"
          : code > 128 ? "was ended by signal " + (code - 128) + " (a crash inside the Java runtime"
              + " or a library)"
          : "ended abruptly (exit code " + code + ")";
      return "the worker process reading it " + how + "; a fresh worker took over the rest of the run";
    }

    private int exitCode() {
      try {
        if (process.waitFor(10, TimeUnit.SECONDS)) {
          return process.exitValue();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return -1;
    }

    void kill() {
      process.destroyForcibly();
    }

    /** Ends a worker at the end of the run: it exits when its stdin closes. */
    void stop() {
      try {
        requests.close();
      } catch (IOException ignored) {
        // already gone
      }
      try {
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
  }
}
