package io.foilint.extract.pdf;

import io.foilint.model.Visibility;

/**
 * What a reader makes of one glyph. Some classes are candidates that the page's extra checks
 * (a low-resolution render, annotation appearances, overlap with other text) settle into a
 * final {@link Visibility}.
 */
enum GlyphClass {
  VISIBLE(Visibility.VISIBLE),
  /** Centre outside the crop box: cut off by every viewer. */
  OUTSIDE_CROP_BOX(Visibility.OUTSIDE_PAGE),
  /** Centre outside the current clipping path: never painted. */
  CLIPPED(Visibility.CLIPPED_AWAY),
  /** Render mode 3 (or 7): never painted; an OCR layer or hidden text, settled after the page. */
  INVISIBLE_MODE(Visibility.INVISIBLE_RENDER_MODE),
  /** Under 1 pt high or squeezed to under 1 pt wide. */
  TINY(Visibility.TINY_TEXT),
  /** Painted (near) white or fully transparent: hidden unless a render shows it. */
  PALE_CANDIDATE(Visibility.INVISIBLE_TEXT),
  /** Painted text an opaque annotation covers: settled by what the annotation shows there. */
  ANNOTATION_COVERED(Visibility.UNDER_BOX),
  // final classes found by the page's extra checks
  UNDER_DARK_IMAGE(Visibility.UNDER_DARK_IMAGE_AREA),
  DIFFERENT_TEXT_SHOWN(Visibility.DIFFERENT_TEXT_SHOWN),
  UNDER_ANNOTATION_BOX(Visibility.UNDER_BOX),
  BACKGROUND_COLOURED(Visibility.INVISIBLE_TEXT);

  private final Visibility visibility;

  GlyphClass(Visibility visibility) {
    this.visibility = visibility;
  }

  Visibility visibility() {
    return visibility;
  }
}
