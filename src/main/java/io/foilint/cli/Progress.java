package io.foilint.cli;

import io.foilint.scan.FileReport;
import io.foilint.scan.ScanListener;
import io.foilint.verdict.Verdict;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;

/**
 * How far a scan has got, on stderr (stdout carries only the report): a live bar on a terminal
 * (files done of found, MB, MB/s, ETA, verdicts so far), a plain line every few seconds when
 * stderr is a file or a pipe (a log keeps it readable), and a closing summary line either way.
 * Files "found" grow while folders are listed: the total is known once the inputs are listed.
 */
final class Progress implements ScanListener, AutoCloseable {

  enum Mode {
    BAR,
    LINES,
    NONE
  }

  static final long LINE_EVERY_MILLIS = 5_000;

  private final Mode mode;
  private final PrintWriter err;
  private final long started = System.nanoTime();
  private final AtomicLong found = new AtomicLong();
  private final AtomicLong foundBytes = new AtomicLong();
  private final AtomicLong done = new AtomicLong();
  private final AtomicLong doneBytes = new AtomicLong();
  private final AtomicLong[] verdicts = new AtomicLong[Verdict.values().length];
  private final ProgressBar bar;
  private final ScheduledExecutorService ticker;

  private Progress(Mode mode, PrintWriter err, long lineEveryMillis) {
    this.mode = mode;
    this.err = err;
    for (int i = 0; i < verdicts.length; i++) {
      verdicts[i] = new AtomicLong();
    }
    this.bar = mode == Mode.BAR
        ? new ProgressBarBuilder()
            .setTaskName("Scanning")
            .setInitialMax(0)
            .setUnit(" MB", 1L << 20)
            .showSpeed(new java.text.DecimalFormat("0.0", java.text.DecimalFormatSymbols.getInstance(Locale.ROOT)))
            .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
            .setUpdateIntervalMillis(500)
            .setConsumer(new ConsoleProgressBarConsumer(stderr()))
            .build()
        : null;
    if (mode == Mode.NONE) {
      ticker = null;
    } else {
      ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "foilint-progress");
        t.setDaemon(true);
        return t;
      });
      long every = mode == Mode.BAR ? 500 : lineEveryMillis;
      ticker.scheduleAtFixedRate(this::tick, every, every, TimeUnit.MILLISECONDS);
    }
  }

  /** {@code quiet}: nothing at all; otherwise a bar when stderr is a terminal, else lines. */
  static Progress open(boolean quiet, PrintWriter err) {
    if (quiet) {
      return new Progress(Mode.NONE, err, 0);
    }
    // the bar draws on the process's stderr; a caller that captured err (a test) is not a terminal
    Mode mode = stderrIsTerminal() ? Mode.BAR : Mode.LINES;
    return new Progress(mode, err, LINE_EVERY_MILLIS);
  }

  /** For tests: plain lines at a chosen interval. */
  static Progress lines(PrintWriter err, long everyMillis) {
    return new Progress(Mode.LINES, err, everyMillis);
  }

  Mode mode() {
    return mode;
  }

  /**
   * Whether stderr is a terminal. Java 17 can only tell for stdin and stdout together
   * ({@code System.console()}), and a batch run typically sends stdout to a file; JLine asks the
   * system about stderr itself ({@code test -t 2} where nothing native is available).
   */
  private static boolean stderrIsTerminal() {
    try {
      return TerminalProvider.load("exec").isSystemStream(SystemStream.Error);
    } catch (Exception | LinkageError e) {
      return false;
    }
  }

  @SuppressWarnings("resource")
  private static PrintStream stderr() {
    return System.err;
  }

  @Override
  public void queued(long bytes) {
    found.incrementAndGet();
    long total = foundBytes.addAndGet(bytes);
    if (bar != null) {
      bar.maxHint(total);
    }
  }

  @Override
  public void finished(long bytes) {
    done.incrementAndGet();
    doneBytes.addAndGet(bytes);
    if (bar != null) {
      bar.stepBy(bytes);
    }
  }

  /** Every report handed on (bundle entries and notes included), counted by verdict. */
  void reported(FileReport r) {
    verdicts[r.verdict().ordinal()].incrementAndGet();
  }

  private void tick() {
    if (mode == Mode.BAR) {
      bar.setExtraMessage(String.format(Locale.ROOT, " %,d/%,d files, BLOCK %,d REVIEW %,d PASS %,d",
          done.get(), found.get(), verdicts[Verdict.BLOCK.ordinal()].get(),
          verdicts[Verdict.REVIEW.ordinal()].get(), verdicts[Verdict.PASS.ordinal()].get()));
    } else {
      synchronized (err) {
        err.println("foilint: " + state());
        err.flush();
      }
    }
  }

  private String state() {
    double elapsed = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
    double mbDone = doneBytes.get() / 1048576.0;
    double mbFound = foundBytes.get() / 1048576.0;
    double rate = mbDone / elapsed;
    String eta = rate > 0 && mbFound > mbDone
        ? ", about " + clock((long) ((mbFound - mbDone) / rate)) + " left"
        : "";
    return String.format(Locale.ROOT, "%,d of %,d files found so far (%.1f of %.1f MB), %.1f MB/s%s; %s",
        done.get(), found.get(), mbDone, mbFound, rate, eta, verdictCounts());
  }

  private String verdictCounts() {
    return String.format(Locale.ROOT, "BLOCK %,d, REVIEW %,d, PASS %,d",
        verdicts[Verdict.BLOCK.ordinal()].get(), verdicts[Verdict.REVIEW.ordinal()].get(),
        verdicts[Verdict.PASS.ordinal()].get());
  }

  private static String clock(long seconds) {
    Duration d = Duration.ofSeconds(seconds);
    return String.format(Locale.ROOT, "%d:%02d:%02d", d.toHours(), d.toMinutesPart(), d.toSecondsPart());
  }

  /** Stops the display and writes the closing summary (not in quiet mode). */
  @Override
  public void close() {
    if (mode == Mode.NONE) {
      return;
    }
    ticker.shutdownNow();
    if (bar != null) {
      tick(); // the final counts on the bar, not those of the last tick
      bar.close();
    }
    long nanos = System.nanoTime() - started;
    double mb = doneBytes.get() / 1048576.0;
    synchronized (err) {
      err.println(String.format(Locale.ROOT, "foilint: scanned %,d %s (%.1f MB) in %s (%.1f MB/s); %s",
          done.get(), done.get() == 1 ? "file" : "files", mb, clock(TimeUnit.NANOSECONDS.toSeconds(nanos)),
          mb / Math.max(1e-3, nanos / 1e9), verdictCounts()));
      err.flush();
    }
  }
}
