package io.foilint.extract.pdf.tables;

/** An axis-aligned rectangle in {@link Word} coordinates (origin top-left). */
record Box(float left, float top, float right, float bottom) {

  boolean contains(float x, float y) {
    return x >= left && x <= right && y >= top && y <= bottom;
  }

  Box union(Box other) {
    return new Box(
        Math.min(left, other.left),
        Math.min(top, other.top),
        Math.max(right, other.right),
        Math.max(bottom, other.bottom));
  }

  float width() {
    return right - left;
  }

  float height() {
    return bottom - top;
  }
}
