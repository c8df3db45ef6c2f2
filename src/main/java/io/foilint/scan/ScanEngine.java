package io.foilint.scan;

import io.foilint.detect.Finding;
import io.foilint.extract.ExtractionException;
import io.foilint.extract.ExtractionException.Reason;
import io.foilint.extract.Extractor;
import io.foilint.extract.Extractors;
import io.foilint.extract.Limits;
import io.foilint.extract.TypeSniffer;
import io.foilint.model.FileType;
import io.foilint.model.Location;
import io.foilint.source.BoundedCopy;
import io.foilint.source.ZipGuard;
import io.foilint.verdict.Policy;
import io.foilint.verdict.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Scans files, directories and zip bundles and returns one {@link FileReport} per file found.
 * Every file gets a verdict: nothing a file does (corrupt, hostile, slow) stops the others.
 */
public final class ScanEngine {

  /** How long a timed-out extractor gets to notice before its findings are taken as they are. */
  private static final long GRACE_MILLIS = 2_000;

  private final Limits limits;
  private final Policy policy;

  private final Function<FileType, Optional<Extractor>> extractors;

  public ScanEngine(Limits limits, Policy policy) {
    this(limits, policy, Extractors::forType);
  }

  /** For tests: the same engine with other extractors. */
  ScanEngine(Limits limits, Policy policy, Function<FileType, Optional<Extractor>> extractors) {
    this.limits = limits;
    this.policy = policy;
    this.extractors = extractors;
  }

  /** Scans every input; reports arrive in input order (directories sorted by name). */
  public List<FileReport> scan(List<Path> inputs) throws IOException {
    List<FileReport> out = new ArrayList<>();
    scan(inputs, out::add);
    return out;
  }

  /** As {@link #scan(List)}, handing each report over as soon as it is ready (batch use). */
  public void scan(List<Path> inputs, Consumer<FileReport> sink) throws IOException {
    for (Path input : inputs) {
      if (Files.isDirectory(input)) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(input)) {
          files =
              walk.filter(Files::isRegularFile)
                  .filter(p -> !isDotPath(input.relativize(p)))
                  .sorted(Comparator.comparing(Path::toString))
                  .toList();
        }
        for (Path f : files) {
          scanPath(f, f.toString(), 0, sink);
        }
      } else {
        scanPath(input, input.toString(), 0, sink);
      }
    }
  }

  /** Dot-files and dot-directories (.git, .DS_Store) are tooling, not disclosures. */
  private static boolean isDotPath(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /** A zip entry such as {@code __MACOSX/._x} or {@code .DS_Store}: archiver clutter. */
  private static boolean isDotEntry(String name) {
    for (String part : name.replace('\\', '/').split("/")) {
      if (part.startsWith(".") || part.equals("__MACOSX")) {
        return true;
      }
    }
    return false;
  }

  private void scanPath(Path file, String display, int depth, Consumer<FileReport> sink) {
    FileType type;
    try {
      type = TypeSniffer.sniff(file);
    } catch (IOException | RuntimeException e) {
      type = null; // the file scan tries again and reports why it cannot be read
    }
    if (type == FileType.ZIP) {
      scanBundle(file, display, depth, sink);
    } else {
      sink.accept(scanFile(file, display, type));
    }
  }

  /** A zip of disclosures: each entry is a file of its own, named {@code bundle.zip!/entry}. */
  private void scanBundle(Path zipPath, String display, int depth, Consumer<FileReport> sink) {
    try {
      if (depth + 1 > limits.maxNestingDepth()) {
        throw new ExtractionException(
            Reason.LIMIT_EXCEEDED, "Zip files are nested more than " + limits.maxNestingDepth() + " deep");
      }
      ZipGuard.check(zipPath, limits);
    } catch (ExtractionException e) {
      sink.accept(failed(display, FileType.ZIP, FailClosed.of(e, Location.of(""))));
      return;
    }
    try (ZipFile zip = ZipFile.builder().setPath(zipPath).get()) {
      List<ZipArchiveEntry> entries = new ArrayList<>();
      zip.getEntries().asIterator().forEachRemaining(entries::add);
      entries.sort(Comparator.comparing(ZipArchiveEntry::getName));
      int[] reported = {0};
      Consumer<FileReport> counting = r -> {
        reported[0]++;
        sink.accept(r);
      };
      for (ZipArchiveEntry entry : entries) {
        if (entry.isDirectory() || isDotEntry(entry.getName())) {
          continue;
        }
        String inner = display + "!/" + entry.getName();
        Path tmp = null;
        try (InputStream in = zip.getInputStream(entry)) {
          tmp = BoundedCopy.toTempFile(in, limits.maxFileBytes(), "Zip entry '" + entry.getName() + "'");
          scanPath(tmp, inner, depth + 1, counting);
        } catch (ExtractionException e) {
          counting.accept(failed(inner, FileType.UNKNOWN, FailClosed.of(e, Location.of(""))));
        } catch (IOException | RuntimeException e) {
          counting.accept(
              failed(
                  inner,
                  FileType.UNKNOWN,
                  FailClosed.of(
                      new ExtractionException(
                          Reason.CORRUPT, "This zip entry cannot be unpacked: " + e.getMessage(), e),
                      Location.of(""))));
        } finally {
          if (tmp != null) {
            try {
              Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
              // a temp file left behind is harmless
            }
          }
        }
      }
      if (reported[0] == 0) {
        // Every input gets a verdict, even a bundle with nothing in it to scan.
        sink.accept(report(display, FileType.ZIP, List.of(), null));
      }
    } catch (IOException | RuntimeException e) {
      sink.accept(
          failed(
              display,
              FileType.ZIP,
              FailClosed.of(
                  new ExtractionException(Reason.CORRUPT, "The zip file cannot be read", e),
                  Location.of(""))));
    }
  }

  /** Inspects one file (not a bundle) under the time limit. */
  public FileReport scanFile(Path file, String display) {
    return scanFile(file, display, null);
  }

  /** As {@link #scanFile(Path, String)}, with the type when the caller has already sniffed it. */
  private FileReport scanFile(Path file, String display, FileType knownType) {
    long deadline = System.nanoTime() + limits.timePerFile().toNanos();
    FileScan scan = new FileScan(file, knownType, limits, deadline, extractors, policy.settings());
    ExecutorService worker =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(null, r, "foilint-scan", 64L * 1024 * 1024);
              t.setDaemon(true);
              return t;
            });
    List<Finding> extra = new ArrayList<>();
    try {
      Future<?> job = worker.submit(scan::run);
      try {
        job.get(limits.timePerFile().toMillis(), TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        scan.fanout().abandon();
        try {
          job.get(GRACE_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException stillRunning) {
          // The extractor is stuck where no event reaches it; give up on its findings.
          job.cancel(true);
          return failed(
              display,
              scan.type(),
              FailClosed.of(
                  new ExtractionException(
                      Reason.TIMEOUT,
                      "Inspection took longer than the " + limits.timePerFile().toSeconds()
                          + "-second limit for one file"),
                  Location.of("")));
        } catch (Exception ignored) {
          // reported below from the scan's own findings
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        extra.add(FailClosed.internalError("waiting for the scan", e, Location.of("")));
      } catch (Exception e) {
        extra.add(FailClosed.internalError("scanning", e, Location.of("")));
      }
      scan.fanout().finish();
    } finally {
      worker.shutdownNow();
    }
    List<Finding> findings = new ArrayList<>(extra);
    findings.addAll(scan.findings());
    return report(display, scan.type(), findings, policy.hasWaivers() ? sha256(file) : null);
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

  private FileReport failed(String display, FileType type, Finding finding) {
    return report(display, type, List.of(finding), null);
  }

  private FileReport report(String display, FileType type, List<Finding> raw, String sha256) {
    List<Finding> findings = new ArrayList<>(policy.apply(raw, sha256));
    findings.sort(
        Comparator.comparing((Finding f) -> f.severity()).reversed().thenComparing(Finding::rule));
    return new FileReport(display, type, Verdict.of(findings), findings);
  }
}
