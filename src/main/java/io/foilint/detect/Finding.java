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
 */
public record Finding(
    String rule, Severity severity, Location location, String message, String evidence, String fix) {

  public Finding {
    evidence = evidence == null ? "" : evidence;
    fix = fix == null ? "" : fix;
  }

  public Finding withSeverity(Severity s) {
    return new Finding(rule, s, location, message, evidence, fix);
  }

  public Finding withLocation(Location l) {
    return new Finding(rule, severity, l, message, evidence, fix);
  }
}
