package io.foilint.scan;

import io.foilint.detect.Finding;
import io.foilint.detect.Severity;
import io.foilint.extract.ExtractionException;
import io.foilint.extract.ExtractionException.Reason;
import io.foilint.extract.Limits;
import io.foilint.extract.TempFiles;
import io.foilint.model.FileType;
import io.foilint.model.Location;
import io.foilint.source.BoundedCopy;
import io.foilint.source.ZipGuard;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * One top-level file with everything inside it, inspected on one worker thread under one
 * deadline: sniffing, the zip guard, every entry of a bundle and of bundles nested in it. The
 * caller waits until the deadline; then the current file's detectors are told to stop, and after
 * a grace period a worker that is still stuck (a read that never returns) is abandoned. Either
 * way every entry not reached in time gets a BLOCK report, so nothing is left out of the run.
 */
final class InputRun {

  /** Bundles with more unreached entries than this get one summary report instead of a list. */
  static final int LIST_UNREACHED = 20;

  private final ScanEngine engine;
  private final Limits limits;
  private final Path file;
  private final String display;
  private final Consumer<FileReport> sink;
  private volatile long deadlineNanos;

  // Guarded by this: what the worker has reached, so a stuck worker can be accounted for.
  private boolean closed;
  private String current;
  private FileScan currentScan;
  private final Deque<Level> open = new ArrayDeque<>();
  private int inspected;

  /** An open bundle: its entries' display paths and how many have been started. */
  private static final class Level {
    final String display;
    final List<String> entries;
    int next;

    Level(String display, List<String> entries) {
      this.display = display;
      this.entries = entries;
    }
  }

  InputRun(ScanEngine engine, Path file, String display, Consumer<FileReport> sink) {
    this.engine = engine;
    this.limits = engine.limits();
    this.file = file;
    this.display = display;
    this.sink = sink;
  }

  synchronized int inspected() {
    return inspected;
  }

  /** Runs the worker and waits for it: at most the time limit plus the grace period. */
  void runUnderDeadline(long limitMillis, long graceMillis) {
    deadlineNanos = System.nanoTime() + limitMillis * 1_000_000L;
    Thread worker = new Thread(null, this::body, "foilint-scan", 64L * 1024 * 1024);
    worker.setDaemon(true);
    worker.start();
    try {
      worker.join(Math.max(1, limitMillis));
      if (worker.isAlive()) {
        synchronized (this) {
          if (currentScan != null) {
            currentScan.fanout().abandon();
          }
        }
        worker.join(graceMillis);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (worker.isAlive()) {
      abandon();
      worker.interrupt();
    }
  }

  /** The worker is stuck where nothing reaches it: report what it was doing and what it never reached. */
  private void abandon() {
    List<FileReport> late = new ArrayList<>();
    synchronized (this) {
      closed = true;
      if (current != null) {
        late.add(timeout(current, FileType.UNKNOWN));
      }
      for (Level level : open) {
        late.addAll(unreached(level));
      }
    }
    late.forEach(sink);
  }

  boolean timeUp() {
    return System.nanoTime() - deadlineNanos > 0;
  }

  /**
   * Hands a report on. The input's own report gets the input's size and hash when nothing
   * measured them (a bundle that could not be opened, a time-out): every file a report names
   * as read from disk is identified, as waivers and the results store identify it.
   */
  private void emit(FileReport r) {
    if (r.sha256() == null && r.path().equals(display) && Files.isRegularFile(file)) {
      String sha = ScanEngine.sha256(file);
      if (sha != null) {
        r = new FileReport(r.path(), r.type(), r.verdict(), r.findings(), sizeOf(file), sha);
      }
    }
    emitAsIs(r);
  }

  private synchronized void emitAsIs(FileReport r) {
    if (closed) {
      return;
    }
    if (r.path().equals(current)) {
      current = null;
      currentScan = null;
    }
    sink.accept(r);
  }

  private synchronized void started(String what) {
    current = what;
  }

  private void body() {
    try {
      node(file, display, 0, List.of());
    } catch (Throwable t) {
      String where;
      synchronized (this) {
        where = current != null ? current : display;
      }
      emit(engine.failed(where, FileType.UNKNOWN,
          FailClosed.internalError("scanning", t, Location.of(""))));
    }
  }

  /** A file or entry: a bundle is opened, anything else inspected. */
  private void node(Path path, String shown, int depth, List<Finding> notes) {
    started(shown);
    if (timeUp()) {
      emit(failed(shown, FileType.UNKNOWN, timeUpFinding(), notes));
      return;
    }
    if (depth == 0) {
      try {
        engine.access().check(path);
        // a real open, so "permission denied" is reported as such (the path is a regular file:
        // the engine checked its attributes, so this cannot block on a FIFO)
        try (var probe = Files.newByteChannel(path)) {
          // opened: readable
        }
      } catch (IOException e) {
        emit(engine.failed(shown, FileType.UNKNOWN, FailClosed.cannotRead(
            "This file cannot be read (" + ScanEngine.describe(e) + ")", Location.of(""))));
        return;
      }
    }
    FileType type;
    try {
      type = engine.sniffer().sniff(path);
    } catch (IOException | RuntimeException e) {
      type = null; // the file scan tries again and reports why it cannot be read
    }
    if (timeUp()) {
      emit(failed(shown, type == null ? FileType.UNKNOWN : type, timeUpFinding(), notes));
      return;
    }
    if (type == FileType.ZIP) {
      bundle(path, shown, depth, notes);
    } else {
      leaf(path, shown, type, notes);
    }
  }

  private void leaf(Path path, String shown, FileType type, List<Finding> notes) {
    FileScan scan =
        new FileScan(path, type, limits, deadlineNanos, engine.extractors(),
            engine.policy().settings());
    synchronized (this) {
      currentScan = scan;
    }
    scan.run();
    scan.fanout().finish();
    List<Finding> findings = new ArrayList<>(notes);
    findings.addAll(scan.findings());
    // every report carries the file's hash and size (the JSON contract); waivers match on the hash
    String sha = ScanEngine.sha256(path);
    long size = sizeOf(path);
    synchronized (this) {
      if (scan.opened() && !closed) {
        inspected++;
      }
    }
    emit(engine.report(shown, scan.type(), findings, sha, sha == null ? -1 : size));
  }

  private static long sizeOf(Path path) {
    try {
      return Files.size(path);
    } catch (IOException e) {
      return -1;
    }
  }

  /** A zip of disclosures: each entry is a file of its own, named {@code bundle.zip!/entry}. */
  private void bundle(Path zipPath, String shown, int depth, List<Finding> notes) {
    Map<Long, ExtractionException> unreadable;
    if (!notes.isEmpty()) {
      emit(engine.report(shown, FileType.ZIP, notes, null));
      started(shown);
    }
    try {
      if (depth + 1 > limits.maxNestingDepth()) {
        throw new ExtractionException(
            Reason.LIMIT_EXCEEDED, "Zip files are nested more than " + limits.maxNestingDepth() + " deep");
      }
      unreadable = ZipGuard.checkBundle(zipPath, limits);
    } catch (ExtractionException e) {
      emit(engine.failed(shown, FileType.ZIP, FailClosed.of(e, Location.of(""))));
      return;
    }
    if (timeUp()) {
      emit(timeout(shown, FileType.ZIP));
      return;
    }
    try (ZipFile zip = ZipFile.builder().setPath(zipPath).get()) {
      List<ZipArchiveEntry> entries = BundleEntries.files(zip);
      if (entries.isEmpty()) {
        // Every input gets a verdict, even a bundle with nothing in it to scan.
        emit(engine.report(shown, FileType.ZIP, List.of(), null));
        return;
      }
      Level level = new Level(shown, entries.stream().map(e -> shown + "!/" + e.getName()).toList());
      synchronized (this) {
        open.push(level);
        current = null;
      }
      try {
        for (ZipArchiveEntry entry : entries) {
          if (timeUp()) {
            List<FileReport> late;
            synchronized (this) {
              late = unreached(level);
              level.next = level.entries.size();
            }
            late.forEach(this::emit);
            return;
          }
          String inner;
          synchronized (this) {
            inner = level.entries.get(level.next++);
          }
          entry(zip, entry, inner, depth, unreadable.get(entry.getLocalHeaderOffset()));
        }
      } finally {
        synchronized (this) {
          open.remove(level);
        }
      }
    } catch (IOException | RuntimeException e) {
      emit(engine.failed(shown, FileType.ZIP, FailClosed.of(
          new ExtractionException(Reason.CORRUPT, "The zip file cannot be read", e), Location.of(""))));
    }
  }

  /**
   * One bundle entry: unpacked to a private temp file (counted, checked) and scanned as a file; an
   * entry the zip guard found no way to decode ({@code unreadable}) is BLOCK on its own.
   */
  private void entry(
      ZipFile zip, ZipArchiveEntry entry, String inner, int depth, ExtractionException unreadable) {
    started(inner);
    List<Finding> notes = new ArrayList<>();
    if (BundleEntries.escapesFolder(entry.getName())) {
      notes.add(BundleEntries.zipSlip(Location.of("")));
    }
    if (unreadable != null) {
      emit(failed(inner, FileType.UNKNOWN, FailClosed.of(unreadable, Location.of("")), notes));
      return;
    }
    String method = methodName(entry.getMethod());
    if (entry.getGeneralPurposeBit().usesEncryption()) {
      emit(failed(inner, FileType.UNKNOWN, FailClosed.of(
          new ExtractionException(Reason.ENCRYPTED,
              "This zip entry is encrypted (" + method + "); foilint cannot see inside it"),
          Location.of("")), notes));
      return;
    }
    try {
      TempFiles.dir();
    } catch (IOException e) {
      emit(failed(inner, FileType.UNKNOWN, FailClosed.internalError(
          "creating its private temporary folder to unpack this entry", e, Location.of("")), notes));
      return;
    }
    Path tmp = null;
    try {
      try (InputStream raw = zip.getInputStream(entry);
          CheckedInputStream in = new CheckedInputStream(raw, new CRC32())) {
        tmp = BoundedCopy.toTempFile(in, limits.maxFileBytes(), "Zip entry '" + entry.getName() + "'");
        long crc = entry.getCrc();
        if (crc != -1 && in.getChecksum().getValue() != crc) {
          throw new ExtractionException(Reason.CORRUPT,
              "This zip entry is damaged: its content does not match its checksum (CRC error)");
        }
      }
      node(tmp, inner, depth + 1, notes);
    } catch (ExtractionException e) {
      emit(failed(inner, FileType.UNKNOWN, FailClosed.of(e, Location.of("")), notes));
    } catch (Throwable t) {
      // Any failure of a decompressor, including a codec library that is not installed
      // (NoClassDefFoundError), belongs to this entry alone.
      String why = t instanceof LinkageError
          ? "foilint has no decoder for that method"
          : "its compressed data could not be decoded";
      emit(failed(inner, FileType.UNKNOWN, FailClosed.of(
          new ExtractionException(Reason.CORRUPT,
              "This zip entry cannot be unpacked: it is compressed with " + method + " and " + why),
          Location.of("")), notes));
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // the private temp directory is removed at exit
        }
      }
    }
  }

  /** A zip compression method by name, for a disclosure officer. */
  static String methodName(int code) {
    return switch (code) {
      case 0 -> "no compression (stored)";
      case 1 -> "Shrink (method 1)";
      case 6 -> "Implode (method 6)";
      case 8 -> "Deflate (method 8)";
      case 9 -> "Deflate64 (method 9)";
      case 12 -> "bzip2 (method 12)";
      case 14 -> "LZMA (method 14)";
      case 20, 93 -> "Zstandard/zstd (method " + code + ")";
      case 95 -> "XZ (method 95)";
      case 96 -> "JPEG (method 96)";
      case 97 -> "WavPack (method 97)";
      case 98 -> "PPMd (method 98)";
      case 99 -> "AES encryption (method 99)";
      default -> "compression method " + code;
    };
  }

  private List<FileReport> unreached(Level level) {
    List<String> left = level.entries.subList(Math.min(level.next, level.entries.size()), level.entries.size());
    if (left.isEmpty()) {
      return List.of();
    }
    if (left.size() <= LIST_UNREACHED) {
      List<FileReport> out = new ArrayList<>();
      for (String e : left) {
        out.add(engine.failed(e, FileType.UNKNOWN, FailClosed.of(new ExtractionException(Reason.TIMEOUT,
            "This entry was not reached within the " + limits.timePerFile().toSeconds()
                + "-second limit for one input (the bundle with everything inside it)"), Location.of(""))));
      }
      return out;
    }
    return List.of(engine.failed(level.display, FileType.ZIP, FailClosed.of(
        new ExtractionException(Reason.TIMEOUT, String.format(Locale.ROOT,
            "%,d entries of this bundle were not reached within the %d-second limit for one input"
                + " (the bundle with everything inside it); the first is %s",
            left.size(), limits.timePerFile().toSeconds(),
            left.get(0).substring(level.display.length() + 2))),
        Location.of(""))));
  }

  private FileReport timeout(String shown, FileType type) {
    return engine.failed(shown, type, FailClosed.of(ScanEngine.timeUp(limits), Location.of("")));
  }

  /** A report of one failure plus the entry's own notes (a zip-slip name). */
  private FileReport failed(String shown, FileType type, Finding finding, List<Finding> notes) {
    List<Finding> all = new ArrayList<>(notes);
    all.add(finding);
    return engine.report(shown, type, all, null);
  }

  private Finding timeUpFinding() {
    return FailClosed.of(ScanEngine.timeUp(limits), Location.of(""));
  }
}
