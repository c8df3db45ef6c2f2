package io.foilint.scan;

import io.foilint.detect.Finding;
import io.foilint.extract.ExtractionException;
import io.foilint.extract.ExtractionException.Reason;
import io.foilint.extract.Extractor;
import io.foilint.extract.Extractors;
import io.foilint.extract.Limits;
import io.foilint.extract.TempFiles;
import io.foilint.extract.TypeSniffer;
import io.foilint.model.FileType;
import io.foilint.model.Location;
import io.foilint.verdict.Policy;
import io.foilint.verdict.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Scans files, directories and zip bundles and returns one {@link FileReport} per file found.
 * Every file gets a verdict: nothing a file does (corrupt, hostile, slow) stops the others.
 *
 * <p>Nothing is skipped by name: dot-files, dot-folders and {@code __MACOSX/} entries are scanned
 * like any other, unless the user excludes them ({@link Excludes}, counted). Each path's kind is decided from its attributes (not following links) before it
 * is opened: FIFOs, devices and sockets are never opened, only noted. In a folder, a link to
 * something inside the folder is noted (its target is scanned under its own name, so nothing is
 * scanned twice and no loop is possible); a link leading outside is noted and not followed. A
 * path given on the command line is followed whatever it is a link to.
 *
 * <p>Each top-level file (a file given, or one found in a folder) is inspected on its own worker
 * thread under one deadline that covers sniffing, the zip guard and every entry of a bundle,
 * nested bundles included; see {@link InputRun}.
 */
public final class ScanEngine {

  /** How long a timed-out input gets to notice before its findings are taken as they are. */
  private static final long GRACE_MILLIS = 2_000;

  /** Reads a path's attributes before anything opens it; a test seam (see ScanEngineTest). */
  interface Access {
    /** Throws if the path may not be read; called before a folder is listed or a file opened. */
    void check(Path path) throws IOException;
  }

  /** Decides a file's type from its content; a test seam. */
  interface Sniffer {
    FileType sniff(Path file) throws IOException;
  }

  private final Limits limits;
  private final Policy policy;
  private final Function<FileType, Optional<Extractor>> extractors;
  private final Sniffer sniffer;
  private final Access access;
  private final int jobs;
  /** Null: files are read in this process; else each top-level file is read in a worker process. */
  private final WorkerPool workers;
  private final Excludes excludes;
  private final ScanListener listener;
  private volatile InputHook hook = InputHook.NONE;

  public ScanEngine(Limits limits, Policy policy) {
    this(limits, policy, 1);
  }

  /**
   * An engine that scans up to {@code jobs} top-level inputs at once; reports still arrive in
   * input order, identical to a one-job run.
   */
  public ScanEngine(Limits limits, Policy policy, int jobs) {
    this(limits, policy, Extractors::forType, TypeSniffer::sniff, p -> {}, jobs);
  }

  /** For tests: the same engine with other extractors. */
  ScanEngine(Limits limits, Policy policy, Function<FileType, Optional<Extractor>> extractors) {
    this(limits, policy, extractors, TypeSniffer::sniff, p -> {}, 1);
  }

  /** For tests: other extractors, sniffer and access check. */
  ScanEngine(
      Limits limits,
      Policy policy,
      Function<FileType, Optional<Extractor>> extractors,
      Sniffer sniffer,
      Access access) {
    this(limits, policy, extractors, sniffer, access, 1);
  }

  private ScanEngine(
      Limits limits,
      Policy policy,
      Function<FileType, Optional<Extractor>> extractors,
      Sniffer sniffer,
      Access access,
      int jobs) {
    this(limits, policy, extractors, sniffer, access, jobs, null, Excludes.NONE, ScanListener.NONE);
  }

  private ScanEngine(
      Limits limits,
      Policy policy,
      Function<FileType, Optional<Extractor>> extractors,
      Sniffer sniffer,
      Access access,
      int jobs,
      WorkerPool workers,
      Excludes excludes,
      ScanListener listener) {
    if (jobs < 1) {
      throw new IllegalArgumentException("jobs must be at least 1: " + jobs);
    }
    this.jobs = jobs;
    this.limits = limits;
    this.policy = policy;
    this.extractors = extractors;
    this.sniffer = sniffer;
    this.access = access;
    this.workers = workers;
    this.excludes = excludes;
    this.listener = listener;
    try {
      TempFiles.dir(); // now, so that POI's scratch files go to the private folder from the start
    } catch (IOException e) {
      // reported where a temp file is first needed
    }
  }

  /**
   * The same engine reading every top-level file in one of the pool's worker processes (as many
   * at once as the pool has workers) instead of on threads of this process; the reports are the
   * same, in the same order, except for a file that kills its worker (BLOCK, see {@link
   * WorkerPool}). The caller closes the pool.
   */
  public ScanEngine inWorkers(WorkerPool pool) {
    return new ScanEngine(limits, policy, extractors, sniffer, access, pool.size(), pool, excludes,
        listener).withInputHook(hook);
  }

  /** The same engine leaving out what {@code excludes} matches. */
  public ScanEngine excluding(Excludes excludes) {
    return new ScanEngine(limits, policy, extractors, sniffer, access, jobs, workers, excludes,
        listener).withInputHook(hook);
  }

  /** The same engine telling {@code listener} how far it has got. */
  public ScanEngine reportingTo(ScanListener listener) {
    return new ScanEngine(limits, policy, extractors, sniffer, access, jobs, workers, excludes,
        listener).withInputHook(hook);
  }

  /**
   * Hands each top-level input to {@code hook} around its scan (a results store that records
   * every input and answers unchanged ones from what it holds); set before {@link #scan}.
   */
  public ScanEngine withInputHook(InputHook hook) {
    this.hook = hook;
    return this;
  }

  /** Scans every input; reports arrive in input order (directories sorted by name). */
  public List<FileReport> scan(List<Path> inputs) throws IOException {
    List<FileReport> out = new ArrayList<>();
    scan(inputs, out::add);
    return out;
  }

  /**
   * As {@link #scan(List)}, handing each report over as soon as it is ready (batch use).
   *
   * @return how many files (top-level files and bundle entries) were opened and inspected; 0
   *     means the run inspected nothing (an empty folder, only special files, nothing readable)
   */
  public int scan(List<Path> inputs, Consumer<FileReport> sink) throws IOException {
    try (OrderedRuns runs = new OrderedRuns(jobs, sink)) {
      scan(inputs, runs);
      return runs.finish();
    }
  }

  private void scan(List<Path> inputs, OrderedRuns runs) throws IOException {
    Consumer<FileReport> sink = noted(runs);
    for (Path input : inputs) {
      if (excludes.test(input)) {
        continue;
      }
      BasicFileAttributes a;
      try {
        a = Files.readAttributes(input, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (a.isSymbolicLink()) {
          a = Files.readAttributes(input, BasicFileAttributes.class); // an input link is followed
        }
      } catch (IOException e) {
        sink.accept(unreadable(input.toString(), "file", e));
        continue;
      }
      if (a.isDirectory()) {
        walk(input, runs);
      } else if (a.isRegularFile()) {
        submit(runs, input, input.toString(), a.size());
      } else {
        sink.accept(special(input.toString()));
      }
    }
  }

  /** Reports made without opening anything: to the hook, then on in order. */
  private Consumer<FileReport> noted(OrderedRuns runs) {
    return r -> {
      hook.noted(r);
      runs.now(r);
    };
  }

  /** What one path found in a folder turned out to be. */
  private record Item(Path path, BasicFileAttributes attrs, IOException failure) {}

  /** Every path under a folder, in name order; each file scanned, each oddity reported. */
  private void walk(Path root, OrderedRuns runs) throws IOException {
    Consumer<FileReport> sink = noted(runs);
    Path realRoot;
    try {
      realRoot = root.toRealPath();
    } catch (IOException e) {
      sink.accept(unreadable(root.toString(), "folder", e));
      return;
    }
    List<Item> items = new ArrayList<>();
    Files.walkFileTree(
        realRoot,
        EnumSet.noneOf(FileVisitOption.class),
        Integer.MAX_VALUE,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            if (excludes.test(realRoot.relativize(dir))) {
              return FileVisitResult.SKIP_SUBTREE;
            }
            try {
              access.check(dir);
              return FileVisitResult.CONTINUE;
            } catch (IOException e) {
              items.add(new Item(dir, attrs, e));
              return FileVisitResult.SKIP_SUBTREE;
            }
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (excludes.test(realRoot.relativize(file))) {
              return FileVisitResult.CONTINUE;
            }
            items.add(new Item(file, attrs, null));
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException exc) {
            if (excludes.test(realRoot.relativize(file))) {
              return FileVisitResult.CONTINUE;
            }
            items.add(new Item(file, null, exc));
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException exc) {
            if (exc != null) {
              items.add(new Item(dir, null, exc)); // listing broke off part-way
            }
            return FileVisitResult.CONTINUE;
          }
        });
    List<Item> sorted = new ArrayList<>(items);
    sorted.sort(Comparator.comparing((Item i) -> i.path().toString()));
    for (Item item : sorted) {
      Path shown = root.resolve(realRoot.relativize(item.path()).toString());
      String display = shown.toString();
      if (item.failure() != null) {
        boolean folder =
            item.attrs() != null ? item.attrs().isDirectory()
                : Files.isDirectory(item.path(), LinkOption.NOFOLLOW_LINKS);
        sink.accept(unreadable(display, folder ? "folder" : "file", item.failure()));
      } else if (item.attrs().isRegularFile()) {
        submit(runs, item.path(), display, item.attrs().size());
      } else if (item.attrs().isSymbolicLink()) {
        sink.accept(link(item.path(), display, realRoot, root));
      } else if (!item.attrs().isDirectory()) {
        sink.accept(special(display));
      }
    }
  }

  /**
   * A link found inside a folder. Its target, when inside the folder, is scanned under its own
   * name; the link is noted so the second path is not lost. Outside the folder it is not
   * followed: the folder is what is being disclosed, and a link may lead anywhere (a home folder,
   * a device). Either way the report says so: nothing is skipped in silence.
   */
  private FileReport link(Path link, String display, Path realRoot, Path root) {
    Path target;
    BasicFileAttributes t;
    try {
      target = link.toRealPath();
      t = Files.readAttributes(target, BasicFileAttributes.class);
    } catch (IOException e) {
      return note(display, Verdict.REVIEW,
          "This is a link to something that does not exist or cannot be reached; nothing was"
              + " inspected. Check what it should point to");
    }
    if (!target.startsWith(realRoot)) {
      return note(display, Verdict.REVIEW,
          "This is a link to a " + (t.isDirectory() ? "folder" : "file")
              + " outside the folder being scanned; it was not followed. If what it points to"
              + " belongs to the disclosure, scan it on its own");
    }
    if (!t.isRegularFile() && !t.isDirectory()) {
      return special(display);
    }
    String name = root.resolve(realRoot.relativize(target).toString()).toString();
    return note(display, Verdict.PASS,
        "This is a link to " + (t.isDirectory() ? "the folder " : "") + name
            + " in the same folder, which is scanned under that name (not twice)");
  }

  /** A FIFO, device or socket: never opened (a FIFO would block forever), holds no document. */
  private FileReport special(String display) {
    return note(display, Verdict.REVIEW,
        "Not a regular file (a FIFO, device or socket): not opened and not inspected. Such a"
            + " thing cannot be disclosed as a file; check why it is here");
  }

  private FileReport note(String display, Verdict level, String message) {
    io.foilint.detect.Severity severity =
        level == Verdict.PASS ? io.foilint.detect.Severity.INFO : io.foilint.detect.Severity.REVIEW;
    return report(display, FileType.UNKNOWN, List.of(FailClosed.unusualPath(severity, message, Location.of(""))), null);
  }

  /** A folder that cannot be listed or a file that cannot be opened: BLOCK, it may hold anything. */
  private FileReport unreadable(String display, String what, IOException e) {
    String message =
        "folder".equals(what)
            ? "This folder cannot be read (" + describe(e) + "); nothing in it was inspected, and it"
                + " may hold files meant for release"
            : "This file cannot be read (" + describe(e) + ")";
    return failed(display, FileType.UNKNOWN, FailClosed.cannotRead(message, Location.of("")));
  }

  /** An I/O failure in plain words, without the path or a stack trace. */
  static String describe(Throwable e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "it disappeared during the scan";
    }
    if (e instanceof java.nio.file.FileSystemLoopException) {
      return "its links form a loop";
    }
    return "a read error: " + e.getClass().getSimpleName();
  }

  /** One top-level file for the runs: read here or in a worker, the listener told either way. */
  private void submit(OrderedRuns runs, Path file, String display, long bytes) {
    listener.queued(bytes);
    runs.submit(out -> {
      try {
        // the hook (a results store) wraps the whole input, read here or in a worker
        return hook.input(file, display, out, o -> workers == null
            ? scanInput(file, display, o) : workers.scan(file, display, this, o));
      } finally {
        listener.finished(bytes);
      }
    });
  }

  /** Scans one top-level file (and, for a bundle, everything in it) under one deadline. */
  int scanInput(Path file, String display, Consumer<FileReport> sink) {
    InputRun run = new InputRun(this, file, display, sink);
    run.runUnderDeadline(limits.timePerFile().toMillis(), GRACE_MILLIS);
    return run.inspected();
  }

  // ---- used by InputRun on its worker thread ----

  Limits limits() {
    return limits;
  }

  Policy policy() {
    return policy;
  }

  Function<FileType, Optional<Extractor>> extractors() {
    return extractors;
  }

  Sniffer sniffer() {
    return sniffer;
  }

  Access access() {
    return access;
  }

  /** The message for anything stopped by the time limit. */
  static String timeLimitMessage(Limits limits) {
    return "Inspection took longer than the " + limits.timePerFile().toSeconds()
        + "-second limit for one input (a file, or a bundle with everything inside it)";
  }

  static ExtractionException timeUp(Limits limits) {
    return new ExtractionException(Reason.TIMEOUT, timeLimitMessage(limits));
  }

  /** The file's SHA-256 in hex, as waivers name files; null if it cannot be read. */
  static String sha256(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[1 << 16];
      int n;
      while ((n = in.read(buf)) > 0) {
        md.update(buf, 0, n);
      }
      return java.util.HexFormat.of().formatHex(md.digest());
    } catch (IOException | java.security.NoSuchAlgorithmException e) {
      return null;
    }
  }

  FileReport failed(String display, FileType type, Finding finding) {
    return report(display, type, List.of(finding), null);
  }

  FileReport report(String display, FileType type, List<Finding> raw, String sha256) {
    return report(display, type, raw, sha256, -1);
  }

  FileReport report(String display, FileType type, List<Finding> raw, String sha256, long size) {
    List<Finding> findings = new ArrayList<>(policy.apply(raw, sha256));
    findings.sort(
        Comparator.comparing((Finding f) -> f.severity()).reversed().thenComparing(Finding::rule));
    return new FileReport(display, type, Verdict.of(findings), findings, size, sha256);
  }
}
