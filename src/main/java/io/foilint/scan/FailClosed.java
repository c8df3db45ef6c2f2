package io.foilint.scan;

import io.foilint.detect.Finding;
import io.foilint.detect.RuleInfo;
import io.foilint.detect.Severity;
import io.foilint.detect.failclosed.EncryptedFileDetector;
import io.foilint.detect.failclosed.LimitExceededDetector;
import io.foilint.detect.failclosed.UnreadableFileDetector;
import io.foilint.detect.failclosed.UnusualPathDetector;
import io.foilint.extract.ExtractionException;
import io.foilint.model.Location;

/** Turns "could not inspect" into the BLOCK finding that says why. */
final class FailClosed {

  private static final RuleInfo ENCRYPTED = RuleInfo.of(EncryptedFileDetector.class);
  private static final RuleInfo UNREADABLE = RuleInfo.of(UnreadableFileDetector.class);
  private static final RuleInfo LIMIT = RuleInfo.of(LimitExceededDetector.class);
  private static final RuleInfo UNUSUAL_PATH = RuleInfo.of(UnusualPathDetector.class);

  private FailClosed() {}

  static Finding of(ExtractionException e, Location where) {
    RuleInfo rule =
        switch (e.reason()) {
          case ENCRYPTED -> ENCRYPTED;
          case LIMIT_EXCEEDED, TIMEOUT -> LIMIT;
          default -> UNREADABLE;
        };
    String message = e.getMessage() == null ? e.reason().label() : e.getMessage();
    String prefix = "Not inspected (" + e.reason().label() + "): ";
    return new Finding(rule.id(), Severity.BLOCK, where, prefix + message, "", rule.fix());
  }

  static Finding internalError(String what, Throwable t, Location where) {
    return new Finding(
        UNREADABLE.id(),
        Severity.BLOCK,
        where,
        "Not inspected (internal error): foilint failed while " + what + " ("
            + t.getClass().getSimpleName() + "); the file cannot be cleared until this is fixed",
        "",
        "Report this to the foilint maintainers with the file's type (not the file itself if it may"
            + " hold personal data); meanwhile check the file by hand");
  }

  /** A file or folder that could not be opened at all (permission denied, vanished). */
  static Finding cannotRead(String message, Location where) {
    return new Finding(
        UNREADABLE.id(), Severity.BLOCK, where, "Not inspected (cannot be read): " + message, "",
        "Make sure the account running foilint can read it (or copy it somewhere it can), then"
            + " scan again");
  }

  /**
   * A file whose worker process died or stopped answering while reading it ({@link WorkerPool}):
   * nothing about its content is known, and it may be built to do exactly that.
   */
  static Finding crashed(String why, Location where) {
    return new Finding(
        UNREADABLE.id(), Severity.BLOCK, where, "Not inspected (the reader crashed on this file): " + why,
        "",
        "Check this file by hand; if it is a large or complex file, scanning it alone with more"
            + " memory for the worker (--worker-heap) may get it read");
  }

  /** A note of the {@code unusual-path} rule: a hostile entry name, a special file, a link. */
  static Finding unusualPath(Severity severity, String message, Location where) {
    return new Finding(UNUSUAL_PATH.id(), severity, where, message, "", UNUSUAL_PATH.fix());
  }
}
