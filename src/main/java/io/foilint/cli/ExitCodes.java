package io.foilint.cli;

/** The exit codes workflows rely on (DESIGN.md). */
final class ExitCodes {
  /** No file BLOCKs (and, with --fail-on review, none REVIEWs). */
  static final int OK = 0;
  /** A file BLOCKs (or REVIEWs under --fail-on review). */
  static final int FAIL = 1;
  /** Usage error or internal failure. */
  static final int ERROR = 2;
  /** The run inspected no file (empty folder, only special files, nothing readable): never PASS. */
  static final int NOTHING_INSPECTED = 2;

  private ExitCodes() {}
}
