package io.foilint.detect.failclosed;

import io.foilint.detect.About;
import io.foilint.detect.Detector;
import io.foilint.detect.Rule;
import io.foilint.detect.Severity;
import io.foilint.model.Fact;
import io.foilint.model.FactKind;

/**
 * An encrypted file cannot be inspected (the engine reports that as BLOCK). When an extractor
 * opened it with a well-known default password, the content was scanned and this detector notes
 * that the encryption protects nothing.
 */
@Rule(
    id = "encrypted-file",
    about = About.INSPECTION,
    severity = Severity.BLOCK,
    summary = "The file is password-protected and its content cannot be checked",
    fix = "Remove the password, check the content, and publish an unprotected copy; a password is"
        + " no substitute for removing data that must not be released")
public final class EncryptedFileDetector extends Detector {

  @Override
  public void fact(Fact fact) {
    if (fact.kind() == FactKind.ENCRYPTED_DEFAULT_PASSWORD) {
      report(
          Severity.INFO,
          fact.location(),
          "The file is encrypted with Excel's built-in default password (" + fact.value()
              + "), which anyone can open; its content was scanned",
          "",
          "Nothing to do for the encryption itself; it protects nothing");
    }
  }
}
