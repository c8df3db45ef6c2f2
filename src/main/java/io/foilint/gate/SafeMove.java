package io.foilint.gate;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Moves a file so that at every instant it exists whole in at least one place: one rename when
 * source and target share a file system; otherwise a copy to a temporary name beside the target,
 * flushed to disk, renamed into place, and only then the source deleted. A crash in the copy
 * leaves the source untouched and a temporary file {@link WatchFolder} removes at the next start;
 * a crash after the rename leaves two identical copies, which the journal resolves.
 */
final class SafeMove {

  /** The temporary name a copy is written under before it is renamed to {@code target}. */
  static Path tempFor(Path target) {
    return target.resolveSibling(WatchFolder.OWN_PREFIX + "copy-" + target.getFileName());
  }

  /** Called between the steps of a copying move; a test seam (crash simulation). */
  interface Steps {
    Steps NONE = step -> {};

    void after(String step);
  }

  private SafeMove() {}

  /**
   * Moves {@code source} to {@code target} (which must not exist).
   *
   * @param allowRename false to always copy (a test seam for the cross-file-system path)
   */
  static void move(Path source, Path target, boolean allowRename, Steps steps) throws IOException {
    if (allowRename) {
      try {
        Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
        syncDirectory(target.getParent());
        return;
      } catch (AtomicMoveNotSupportedException e) {
        // another file system (a network share, another disk): copy instead
      }
    }
    Path temp = tempFor(target);
    Files.deleteIfExists(temp);
    Files.copy(source, temp, StandardCopyOption.COPY_ATTRIBUTES);
    try (FileChannel c = FileChannel.open(temp, StandardOpenOption.WRITE)) {
      c.force(true);
    }
    steps.after("copied");
    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    syncDirectory(target.getParent());
    steps.after("renamed");
    Files.delete(source);
    syncDirectory(source.getParent());
  }

  /** Flushes a directory's entries where the platform allows it (Linux, macOS; not Windows). */
  static void syncDirectory(Path dir) {
    try (FileChannel c = FileChannel.open(dir, StandardOpenOption.READ)) {
      c.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // best effort: a directory cannot be opened for sync on every platform
    }
  }

  /** Writes {@code bytes} to {@code target} through a temporary name, so it is whole or absent. */
  static void writeAtomically(Path target, byte[] bytes) throws IOException {
    Path temp = target.resolveSibling(WatchFolder.OWN_PREFIX + "write-" + target.getFileName());
    try (FileChannel c = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
        StandardOpenOption.WRITE)) {
      c.write(java.nio.ByteBuffer.wrap(bytes));
      c.force(true);
    }
    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }
}
