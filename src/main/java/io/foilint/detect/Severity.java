package io.foilint.detect;

/** How much a finding weighs in the verdict. Ordered from least to most severe. */
public enum Severity {
  INFO,
  REVIEW,
  BLOCK;

  /** Lower-case name used in JSON, SARIF and policy files. */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public static Severity parse(String s) {
    return valueOf(s.trim().toUpperCase(java.util.Locale.ROOT));
  }

  public Severity max(Severity other) {
    return compareTo(other) >= 0 ? this : other;
  }
}
