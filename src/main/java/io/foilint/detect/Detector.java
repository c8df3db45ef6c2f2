package io.foilint.detect;

import io.foilint.model.ContentHandler;
import io.foilint.model.Location;
import java.util.ArrayList;
import java.util.List;

/**
 * One risk, one class. A fresh instance sees the content events of exactly one file (including
 * its embedded documents, whose locations carry the inner path) and reports findings. Detectors
 * accumulate statistics as rows pass; they never keep rows.
 *
 * <p>Subclasses carry a {@link Rule} annotation and are listed in {@link BuiltInDetectors}.
 */
public abstract class Detector implements ContentHandler {

  private final RuleInfo info = RuleInfo.of(getClass());
  private final List<Finding> findings = new ArrayList<>();

  public final RuleInfo info() {
    return info;
  }

  /** Called once after the last event; report findings that need the whole file here. */
  public void finish() {}

  /** Findings so far (complete after {@link #finish()}). */
  public final List<Finding> findings() {
    return List.copyOf(findings);
  }

  protected final void report(Severity severity, Location location, String message, String evidence) {
    findings.add(new Finding(info.id(), severity, location, message, evidence, info.fix()));
  }

  protected final void report(
      Severity severity, Location location, String message, String evidence, String fix) {
    findings.add(new Finding(info.id(), severity, location, message, evidence, fix));
  }
}
