package io.foilint.extract.slides;

/**
 * The slide's size from the presentation part ({@code p:sldSz}, in EMU): a shape whose box lies
 * wholly outside it is on no slide a reader sees. Unknown when the part states none, and then
 * nothing is judged off the slide.
 */
record SlideSize(long width, long height) {

  static final SlideSize UNKNOWN = new SlideSize(0, 0);

  boolean known() {
    return width > 0 && height > 0;
  }

  /** True when the box (x, y, cx, cy in EMU) does not overlap the slide at all. */
  boolean outside(double x, double y, double cx, double cy) {
    if (!known()) {
      return false;
    }
    return x + Math.max(cx, 0) <= 0 || y + Math.max(cy, 0) <= 0 || x >= width || y >= height;
  }

  /** An EMU coordinate attribute; 0 when absent or not a number. */
  static long emu(String value) {
    if (value == null || value.isEmpty() || value.length() > 19) {
      return 0;
    }
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
