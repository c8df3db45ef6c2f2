package io.foilint.detect;

import io.foilint.model.Location;

/**
 * One thing a detector found.
 *
 * @param rule the rule id
 * @param severity how much it weighs (after policy)
 * @param location where it is
 * @param message what was found, in words an FOI officer understands
 * @param evidence masked examples; never raw personal data
 * @param fix how to fix the file
 * @param waiver the policy waiver that covers it (then its severity is INFO); null when none
 */
public record Finding(
    String rule, Severity severity, Location location, String message, String evidence, String fix,
    Waiver waiver) {

  /** A recorded decision to release the file despite this finding. */
  public record Waiver(String reason, String by) {}

  public Finding {
    evidence = evidence == null ? "" : evidence;
    fix = fix == null ? "" : fix;
  }

  /** A finding no waiver covers: what every detector reports. */
  public Finding(String rule, Severity severity, Location location, String message, String evidence, String fix) {
    this(rule, severity, location, message, evidence, fix, null);
  }

  public boolean waived() {
    return waiver != null;
  }

  public Finding withSeverity(Severity s) {
    return new Finding(rule, s, location, message, evidence, fix, waiver);
  }

  public Finding withLocation(Location l) {
    return new Finding(rule, severity, l, message, evidence, fix, waiver);
  }
}
