package io.foilint.scan;

import io.foilint.detect.Finding;
import io.foilint.detect.RuleInfo;
import io.foilint.detect.Severity;
import io.foilint.detect.failclosed.EncryptedFileDetector;
import io.foilint.detect.failclosed.LimitExceededDetector;
import io.foilint.detect.failclosed.UnreadableFileDetector;
import io.foilint.extract.ExtractionException;
import io.foilint.model.Location;

/** Turns "could not inspect" into the BLOCK finding that says why. */
final class FailClosed {

  private static final RuleInfo ENCRYPTED = RuleInfo.of(EncryptedFileDetector.class);
  private static final RuleInfo UNREADABLE = RuleInfo.of(UnreadableFileDetector.class);
  private static final RuleInfo LIMIT = RuleInfo.of(LimitExceededDetector.class);

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
}
