package io.foilint.serve;

import io.foilint.extract.TempFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * One request's uploaded files, each in its own numbered folder (two uploads may share a name)
 * inside a fresh folder under foilint's private temporary directory ({@link TempFiles}, owner
 * only). {@link #close()} deletes them all; the request handler closes it in a finally block, so
 * the copies go when the scan ends, fails or times out.
 */
final class Uploads implements AutoCloseable {

  /** A body over the limit; answered with 413. */
  static final class TooLarge extends IOException {
    TooLarge() {
      super("upload over the size limit");
    }
  }

  private final Path folder;
  private final List<Path> files = new ArrayList<>();
  private long bytes;
  private final long maxBytes;

  private Uploads(Path folder, long maxBytes) {
    this.folder = folder;
    this.maxBytes = maxBytes;
  }

  /** Where every request's folder goes: {@code <private temp dir>/serve}. */
  static Path root() throws IOException {
    Path r = TempFiles.dir().resolve("serve");
    Files.createDirectories(r);
    try {
      // private anyway inside the owner-only directory; owner-only itself as well
      Files.setPosixFilePermissions(r, PosixFilePermissions.fromString("rwx------"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: the parent's restriction stands
    }
    return r;
  }

  static Uploads open(long maxBytes) throws IOException {
    return new Uploads(Files.createTempDirectory(root(), "upload-"), maxBytes);
  }

  Path folder() {
    return folder;
  }

  List<Path> files() {
    return List.copyOf(files);
  }

  long bytes() {
    return bytes;
  }

  /** Copies one upload, refusing (with {@link TooLarge}) once the request passes the limit. */
  Path add(String filename, InputStream in) throws IOException {
    Path dir = Files.createDirectory(folder.resolve(Integer.toString(files.size() + 1)));
    Path file = dir.resolve(safeName(filename));
    files.add(file);
    byte[] buf = new byte[64 * 1024];
    try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW)) {
      for (int n; (n = in.read(buf)) > 0; ) {
        bytes += n;
        if (bytes > maxBytes) {
          throw new TooLarge();
        }
        out.write(buf, 0, n);
      }
    }
    return file;
  }

  /** The name shown in the report for a file stored here: the upload's own name. */
  String shownName(String path) {
    String prefix = folder.toString() + folder.getFileSystem().getSeparator();
    if (!path.startsWith(prefix)) {
      return path;
    }
    String rest = path.substring(prefix.length());
    int slash = rest.indexOf(folder.getFileSystem().getSeparator());
    return slash < 0 ? rest : rest.substring(slash + 1);
  }

  /**
   * A name that stays inside its folder: the last segment of what the client sent, without
   * control characters; "upload" when nothing usable is left. The extension is kept (the type
   * is sniffed from content, but the report shows the name).
   */
  static String safeName(String filename) {
    String n = filename == null ? "" : filename;
    n = n.substring(Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\')) + 1);
    n = n.replaceAll("[\\p{Cntrl}]", "").strip();
    if (n.length() > 200) {
      n = n.substring(n.length() - 200);
    }
    return n.isEmpty() || n.equals(".") || n.equals("..") ? "upload" : n;
  }

  @Override
  public void close() {
    deleteTree(folder);
  }

  static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
          Files.deleteIfExists(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
          Files.deleteIfExists(d);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      // what is left goes with the private directory when the process ends (TempFiles)
    }
  }
}
