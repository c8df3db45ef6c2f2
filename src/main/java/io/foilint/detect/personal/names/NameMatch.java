package io.foilint.detect.personal.names;

/**
 * The verdict of {@link NameShapes#match(String)} on one cell: the shape recognised and a
 * confidence on the scale documented in {@link NameShapes}. {@link #NONE} (shape {@code null},
 * confidence 0) when the text does not look like a person's name.
 */
public record NameMatch(NameShape shape, double confidence) {

  /** Not a name. */
  public static final NameMatch NONE = new NameMatch(null, 0.0);

  /** Whether a name shape was recognised at all (even with low confidence). */
  public boolean isName() {
    return shape != null;
  }
}
