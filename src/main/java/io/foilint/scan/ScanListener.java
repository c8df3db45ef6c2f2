package io.foilint.scan;

/**
 * Hears how far a scan has got, for a progress display. Called from the scan's threads, so an
 * implementation must be thread-safe; it must not slow the scan (no I/O while holding a lock).
 */
public interface ScanListener {

  ScanListener NONE = new ScanListener() {};

  /** A top-level file of {@code bytes} bytes was found and will be scanned. */
  default void queued(long bytes) {}

  /** A top-level file (with everything inside it) has been scanned. */
  default void finished(long bytes) {}
}
