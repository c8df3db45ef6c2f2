package io.foilint.verdict;

import io.foilint.detect.Finding;
import io.foilint.detect.Severity;
import java.util.Collection;

/** What a workflow may do with a file: release it, have an officer look first, or stop. */
public enum Verdict {
  PASS,
  REVIEW,
  BLOCK;

  /** BLOCK if any finding blocks, REVIEW if any needs review, PASS otherwise (INFO never counts). */
  public static Verdict of(Collection<Finding> findings) {
    Verdict v = PASS;
    for (Finding f : findings) {
      if (f.severity() == Severity.BLOCK) {
        return BLOCK;
      }
      if (f.severity() == Severity.REVIEW) {
        v = REVIEW;
      }
    }
    return v;
  }

  public Verdict max(Verdict other) {
    return compareTo(other) >= 0 ? this : other;
  }
}
