package io.foilint.extract.pdf.tables;

/**
 * A horizontal or vertical line drawn on the page (a stroked segment, a rectangle's edge or a thin
 * filled rectangle), in the same coordinates as {@link Word}.
 *
 * @param horizontal true for a horizontal line
 * @param position y of a horizontal line, x of a vertical one
 * @param from the smaller end along the line
 * @param to the larger end along the line
 */
record Ruling(boolean horizontal, float position, float from, float to) {

  float length() {
    return to - from;
  }
}
