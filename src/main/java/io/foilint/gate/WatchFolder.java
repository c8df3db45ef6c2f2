package io.foilint.gate;

import io.foilint.FoiLint;
import io.foilint.report.JsonReporter;
import io.foilint.report.TextReporter;
import io.foilint.scan.FileReport;
import io.foilint.scan.ScanEngine;
import io.foilint.scan.ScanReport;
import io.foilint.verdict.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * {@code foilint watch}: a "ready to send" folder. Each regular file dropped into OUTBOX is scanned
 * once its size and modification time have stayed the same for the settle interval; a PASS file
 * is moved to RELEASE, a REVIEW or BLOCK file to HOLD with its reports beside it
 * ({@code name.foilint.txt}, {@code name.foilint.json}).
 *
 * <p>Never loses or half-moves a file. Before anything is written outside OUTBOX, an intent
 * naming the source, the chosen target and the reports is written to {@code OUTBOX/.foilint-watch/};
 * it is deleted when the move is complete. At start (and after any failure) each intent left
 * behind is resolved: the move did not happen (the file is still in OUTBOX alone: reports and
 * partial copies are removed, the file is scanned again), or it did (a source identical to the
 * target is deleted). So after a crash at any step every file is in exactly one place.
 *
 * <p>Folders are listed on every tick (at most once a second); the WatchService only wakes the
 * loop early, so changes the operating system does not report (network shares, event overflow)
 * are still picked up. Names starting with {@value #OWN_PREFIX} are foilint's own and skipped.
 */
public final class WatchFolder {

  /** The prefix of every name foilint writes for its own bookkeeping. */
  public static final String OWN_PREFIX = ".foilint-";

  private static final String JOURNAL = OWN_PREFIX + "watch";

  private final Path outbox;
  private final Path release;
  private final Path hold;
  private final Duration settle;
  private final ScanEngine engine;
  private final Consumer<String> log;
  private SafeMove.Steps steps = SafeMove.Steps.NONE;
  private boolean allowRename = true;

  /** What a file looked like when last listed, and since when (System.nanoTime) it has. */
  private record Seen(long size, long modified, long since) {}

  private final Map<Path, Seen> seen = new HashMap<>();
  private final Set<Path> notedFolders = new HashSet<>();

  public WatchFolder(Path outbox, Path release, Path hold, Duration settle, ScanEngine engine, Consumer<String> log)
      throws IOException {
    this.outbox = outbox.toAbsolutePath().normalize();
    this.release = release.toAbsolutePath().normalize();
    this.hold = hold.toAbsolutePath().normalize();
    if (this.outbox.equals(this.release) || this.outbox.equals(this.hold) || this.release.equals(this.hold)) {
      throw new IllegalArgumentException("OUTBOX, --release and --hold must be three different folders");
    }
    for (Path d : List.of(this.outbox, this.release, this.hold)) {
      if (!Files.isDirectory(d)) {
        throw new IllegalArgumentException("Not a folder: " + d);
      }
    }
    this.settle = settle;
    this.engine = engine;
    this.log = log;
    Files.createDirectories(journal());
  }

  /** Test seam: called between the steps of each move (a test throws to simulate a crash). */
  WatchFolder withSteps(SafeMove.Steps steps) {
    this.steps = steps;
    return this;
  }

  /** Test seam: always copy, as across file systems, instead of one rename. */
  WatchFolder copyingOnly() {
    this.allowRename = false;
    return this;
  }

  private Path journal() {
    return outbox.resolve(JOURNAL);
  }

  /**
   * Resolves what an earlier run left unfinished, then handles every file now in OUTBOX once its
   * writes have settled (waiting one settle interval), and returns how many files were moved.
   */
  public int once() throws IOException {
    recover();
    int moved = tick();
    if (!settle.isZero() && !seen.isEmpty()) {
      sleep(settle.plusMillis(50));
      moved += tick();
    }
    return moved;
  }

  /** Watches OUTBOX until {@code keepGoing} says stop (checked every tick) or the thread is interrupted. */
  public void run(BooleanSupplier keepGoing) throws IOException {
    recover();
    long tickMillis = Math.max(100, Math.min(1000, settle.toMillis() / 2));
    try (WatchService ws = outbox.getFileSystem().newWatchService()) {
      outbox.register(ws, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
      while (keepGoing.getAsBoolean() && !Thread.currentThread().isInterrupted()) {
        tick();
        WatchKey key;
        try {
          key = ws.poll(tickMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException | ClosedWatchServiceException e) {
          Thread.currentThread().interrupt();
          return;
        }
        if (key != null) {
          key.pollEvents(); // what changed does not matter: the next tick lists the folder
          key.reset();
        }
      }
    }
  }

  /** Lists OUTBOX once, and scans and moves every file that has settled; returns how many moved. */
  int tick() throws IOException {
    Map<Path, BasicFileAttributes> now = new TreeMap<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(outbox)) {
      for (Path p : ds) {
        if (p.getFileName().toString().startsWith(OWN_PREFIX)) {
          continue;
        }
        BasicFileAttributes a;
        try {
          a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
          continue;
        }
        if (a.isRegularFile()) {
          now.put(p, a);
        } else if (notedFolders.add(p)) {
          log.accept("foilint watch: left in OUTBOX, not a regular file (only files are handled): " + p.getFileName());
        }
      }
    }
    seen.keySet().retainAll(now.keySet());
    long clock = System.nanoTime();
    int moved = 0;
    for (Map.Entry<Path, BasicFileAttributes> e : now.entrySet()) {
      Path p = e.getKey();
      long size = e.getValue().size();
      long modified = e.getValue().lastModifiedTime().toMillis();
      Seen s = seen.get(p);
      if (s == null || s.size() != size || s.modified() != modified) {
        seen.put(p, new Seen(size, modified, clock));
        if (!settle.isZero()) {
          continue;
        }
        s = seen.get(p);
      }
      if (clock - s.since() >= settle.toNanos()) {
        try {
          if (handle(p, s)) {
            seen.remove(p);
            moved++;
          }
        } catch (IOException ex) {
          // one file's trouble (a scan that could not start, a journal that could not be
          // written) leaves that file in OUTBOX and does not stop the others
          log.accept("foilint watch: left in OUTBOX, " + p.getFileName() + " could not be handled ("
              + ex.getClass().getSimpleName() + "); tried again on the next pass");
          seen.remove(p);
        }
      }
    }
    return moved;
  }

  /** Scans one settled file and moves it; false when it is left in OUTBOX for now. */
  private boolean handle(Path file, Seen before) throws IOException {
    List<FileReport> reports = engine.scan(List.of(file));
    if (reports.isEmpty()) {
      return false; // vanished before it could be read
    }
    BasicFileAttributes after;
    try {
      after = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return false;
    }
    if (after.size() != before.size() || after.lastModifiedTime().toMillis() != before.modified()) {
      seen.remove(file); // written to while it was scanned: settle again
      return false;
    }
    ScanReport report = new ScanReport(FoiLint.version(), reports);
    Verdict verdict = report.verdict();
    boolean held = verdict != Verdict.PASS;
    Path dir = held ? hold : release;
    Path target = freeName(dir, file.getFileName().toString(), held);
    List<Path> reportFiles = held
        ? List.of(reportPath(target, "txt"), reportPath(target, "json"))
        : List.of();
    Path intent = journal().resolve(file.getFileName() + ".intent");
    writeIntent(intent, file, target, reportFiles);
    steps.after("intent");
    try {
      if (held) {
        SafeMove.writeAtomically(reportFiles.get(0), render(new TextReporter(), report));
        SafeMove.writeAtomically(reportFiles.get(1), render(new JsonReporter(), report));
        steps.after("reports");
      }
      SafeMove.move(file, target, allowRename, steps);
      steps.after("moved");
      Files.delete(intent);
    } catch (IOException | RuntimeException e) {
      log.accept("foilint watch: left in OUTBOX, could not move " + file.getFileName() + " ("
          + e.getClass().getSimpleName() + "); tried again on the next pass");
      resolve(intent);
      return false;
    }
    long findings = reports.stream().mapToLong(r -> r.findings().size()).sum();
    log.accept("foilint watch: " + verdict + " " + file.getFileName() + " -> "
        + (held ? "HOLD" : "RELEASE") + "/" + target.getFileName() + " (" + findings + " finding(s))");
    return true;
  }

  private static byte[] render(io.foilint.report.Reporter reporter, ScanReport report) throws IOException {
    StringWriter w = new StringWriter();
    reporter.write(report, w);
    return w.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static Path reportPath(Path target, String ext) {
    return target.resolveSibling(target.getFileName() + ".foilint." + ext);
  }

  /**
   * {@code name}, else {@code name (1).ext}, {@code name (2).ext} …: the first name under which
   * neither the file nor (when held) its reports exist, so nothing in the target is overwritten.
   */
  static Path freeName(Path dir, String name, boolean withReports) {
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    String ext = dot > 0 ? name.substring(dot) : "";
    for (int n = 0; ; n++) {
      Path p = dir.resolve(n == 0 ? name : stem + " (" + n + ")" + ext);
      if (Files.notExists(p, LinkOption.NOFOLLOW_LINKS) && Files.notExists(SafeMove.tempFor(p))
          && (!withReports || (Files.notExists(reportPath(p, "txt")) && Files.notExists(reportPath(p, "json"))))) {
        return p;
      }
    }
  }

  private static void writeIntent(Path intent, Path source, Path target, List<Path> reports) throws IOException {
    Properties p = new Properties();
    p.setProperty("source", source.toString());
    p.setProperty("target", target.toString());
    for (int i = 0; i < reports.size(); i++) {
      p.setProperty("report." + i, reports.get(i).toString());
    }
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    p.store(bytes, "foilint watch: a move in progress; resolved at the next start");
    SafeMove.writeAtomically(intent, bytes.toByteArray());
    SafeMove.syncDirectory(intent.getParent());
  }

  /** Resolves every intent an earlier run (or a failed move) left behind. */
  void recover() throws IOException {
    List<Path> intents = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(journal(), "*.intent")) {
      ds.forEach(intents::add);
    }
    for (Path intent : intents) {
      resolve(intent);
    }
    // a journal entry being written when the run stopped: it named no move yet
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(journal(), OWN_PREFIX + "*")) {
      for (Path p : ds) {
        Files.deleteIfExists(p);
      }
    }
  }

  /**
   * Finishes or undoes one move: the file ends in exactly one place, never deleted unless an
   * identical copy is in the target.
   */
  private void resolve(Path intent) throws IOException {
    Properties p = new Properties();
    try (InputStream in = Files.newInputStream(intent)) {
      p.load(in);
    }
    Path source = Path.of(p.getProperty("source"));
    Path target = Path.of(p.getProperty("target"));
    List<Path> reports = new ArrayList<>();
    for (int i = 0; p.getProperty("report." + i) != null; i++) {
      reports.add(Path.of(p.getProperty("report." + i)));
    }
    Files.deleteIfExists(SafeMove.tempFor(target));
    for (Path r : reports) {
      Files.deleteIfExists(r.resolveSibling(OWN_PREFIX + "write-" + r.getFileName()));
    }
    boolean sourceThere = Files.exists(source, LinkOption.NOFOLLOW_LINKS);
    boolean targetThere = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
    if (sourceThere && targetThere) {
      if (Files.mismatch(source, target) == -1) {
        Files.delete(source); // the copy was complete and in place; only the source's deletion was missing
        log.accept("foilint watch: finished an interrupted move of " + source.getFileName() + " to "
            + target.getParent().getFileName() + "/" + target.getFileName());
      } else {
        log.accept("foilint watch: " + target + " appeared with other content during a move; both kept,"
            + " " + source.getFileName() + " stays in OUTBOX");
      }
    } else if (sourceThere) {
      for (Path r : reports) {
        Files.deleteIfExists(r); // reports of a move that did not happen; the file is scanned again
      }
      log.accept("foilint watch: an interrupted move of " + source.getFileName() + " was undone; it stays"
          + " in OUTBOX and is scanned again");
    } else if (!targetThere) {
      for (Path r : reports) {
        Files.deleteIfExists(r);
      }
      log.accept("foilint watch: " + source.getFileName() + " was removed from OUTBOX before it was moved");
    }
    Files.delete(intent);
    SafeMove.syncDirectory(intent.getParent());
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
