package io.foilint.detect;

/**
 * What a rule's findings are about: the file's content (a hidden sheet, a table of people, text
 * under a box), or foilint's inspection of it (a part it could not read, an encrypted or damaged
 * file, a limit reached). Reports list the second kind apart, under "Not inspected", so an officer
 * sees at a glance which BLOCKs are about the data. Set once per rule, on its {@link Rule}.
 */
public enum About {
  /** Something the file holds. */
  CONTENT("content"),
  /** Something foilint could not inspect, or how it came to the file. */
  INSPECTION("inspection");

  private final String id;

  About(String id) {
    this.id = id;
  }

  /** The value reports write: {@code content} or {@code inspection}. */
  public String id() {
    return id;
  }
}
