package io.foilint.extract;

import java.io.File;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessStreamCache.StreamCacheCreateFunction;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;

/**
 * Every temporary file foilint writes (unpacked zip entries, embedded documents, decrypted
 * copies, spilled string tables, POI's and PDFBox's scratch files) lives in one private directory,
 * {@code <java.io.tmpdir>/foilint-<pid>-<random>}, readable by its owner only. Those copies may
 * hold the very staff lists foilint is looking for, so the directory is removed on normal exit,
 * by a shutdown hook on SIGTERM/SIGINT, and, should the process have been killed outright, at the
 * next start (directories of processes that are no longer running).
 */
public final class TempFiles {

  private static final String PREFIX = "foilint-";

  private static Path dir;

  /** Set once clean-up has begun: no new temp file may appear after it (or survive it). */
  private static boolean closed;

  private TempFiles() {}

  /** The private directory, created (and stale ones of dead runs removed) on first use. */
  public static synchronized Path dir() throws IOException {
    if (closed) {
      throw new IOException("foilint is shutting down; no new temporary files");
    }
    if (dir != null && Files.isDirectory(dir)) {
      return dir;
    }
    Path base = Path.of(System.getProperty("java.io.tmpdir"));
    removeStale(base);
    long pid = ProcessHandle.current().pid();
    byte[] random = new byte[6];
    new SecureRandom().nextBytes(random);
    Path d = base.resolve(PREFIX + pid + "-" + HexFormat.of().formatHex(random));
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      Files.createDirectory(
          d, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    } else {
      Files.createDirectory(d);
      File f = d.toFile();
      f.setReadable(false, false);
      f.setWritable(false, false);
      f.setExecutable(false, false);
      f.setReadable(true, true);
      f.setWritable(true, true);
      f.setExecutable(true, true);
    }
    if (dir == null) {
      Runtime.getRuntime().addShutdownHook(new Thread(TempFiles::cleanUp, "foilint-temp-cleanup"));
    }
    dir = d;
    // POI's own scratch files (SXSSF, large package parts) go here too.
    TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(d.toFile()));
    return d;
  }

  /** A new empty file in the private directory (owner-only, as {@link Files#createTempFile}). */
  public static Path createTempFile(String prefix, String suffix) throws IOException {
    return Files.createTempFile(dir(), prefix, suffix);
  }

  /** PDFBox's stream cache: decoded streams on disk, in the private directory. */
  public static StreamCacheCreateFunction pdfStreamCache() throws IOException {
    return MemoryUsageSetting.setupTempFileOnly().setTempDir(dir().toFile()).streamCache;
  }

  /**
   * Removes the private directory and everything in it. A scan thread may still be writing while
   * the JVM shuts down, so this tries a few times.
   */
  public static synchronized void cleanUp() {
    closed = true;
    Path d = dir;
    if (d == null) {
      return;
    }
    for (int attempt = 0; attempt < 5 && Files.exists(d); attempt++) {
      deleteTree(d);
      if (Files.exists(d)) {
        try {
          Thread.sleep(50);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  /** Removes {@code foilint-<pid>-*} directories under {@code base} whose process has ended. */
  static void removeStale(Path base) {
    try (DirectoryStream<Path> s = Files.newDirectoryStream(base, PREFIX + "*-*")) {
      for (Path p : s) {
        Optional<Long> pid = pidOf(p.getFileName().toString());
        if (pid.isPresent()
            && pid.get() != ProcessHandle.current().pid()
            && !ProcessHandle.of(pid.get()).map(ProcessHandle::isAlive).orElse(false)
            && Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
          deleteTree(p);
        }
      }
    } catch (IOException | RuntimeException e) {
      // an unlistable temp directory only means nothing stale is removed this time
    }
  }

  private static Optional<Long> pidOf(String name) {
    String rest = name.substring(PREFIX.length());
    int dash = rest.indexOf('-');
    if (dash <= 0) {
      return Optional.empty();
    }
    try {
      return Optional.of(Long.parseLong(rest.substring(0, dash)));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static void deleteTree(Path root) {
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              try {
                Files.deleteIfExists(file);
              } catch (IOException e) {
                // tried again on the next attempt
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) {
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) {
              try {
                Files.deleteIfExists(d);
              } catch (IOException e) {
                // tried again on the next attempt
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException | RuntimeException e) {
      // tried again on the next attempt
    }
  }
}
