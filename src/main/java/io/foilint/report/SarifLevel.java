package io.foilint.report;

import io.foilint.detect.Severity;

/** SARIF's {@code level} for a foilint severity (as SpotBugs maps bug rank to level). */
enum SarifLevel {
  ERROR("error"),
  WARNING("warning"),
  NOTE("note");

  private final String value;

  SarifLevel(String value) {
    this.value = value;
  }

  /** The string SARIF expects in {@code level}. */
  String value() {
    return value;
  }

  static SarifLevel of(Severity severity) {
    return switch (severity) {
      case BLOCK -> ERROR;
      case REVIEW -> WARNING;
      case INFO -> NOTE;
    };
  }
}
