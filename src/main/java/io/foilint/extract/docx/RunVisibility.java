package io.foilint.extract.docx;

import io.foilint.extract.sheet.Rgb;
import io.foilint.extract.sheet.TextContrast;
import io.foilint.model.Visibility;

/**
 * Whether a reader sees a run, from its effective formatting and the shading behind it.
 *
 * <p>Black (or any dark) highlighting or run shading is how Word users "redact": the words are
 * still in the file, select-all or a copy shows them. Such a run is {@link
 * Visibility#DARK_HIGHLIGHT} unless its font is set to a light colour that reads clearly on the
 * dark mark (white on black is a deliberate design, such as a banner). Shading of a paragraph or
 * table cell is different: Word draws automatic-coloured text on it in white, so only an explicit
 * font colour close to the shading hides text there.
 */
public final class RunVisibility {

  /** Half-points: 1 pt or less cannot be read on screen or paper. */
  static final int TINY_HALF_POINTS = 2;

  /** Perceived brightness (0-255) below which a fill is dark. */
  private static final int DARK = 80;

  /** Difference in perceived brightness that makes text readable on a dark mark. */
  private static final int READABLE = 90;

  private RunVisibility() {}

  /**
   * @param run the run's effective formatting
   * @param deleted the run is inside a tracked deletion or a move away
   * @param areaFill the paragraph's or table cell's shading, or {@link Rgb#UNKNOWN}
   */
  public static Visibility of(WordRunFormat run, boolean deleted, int areaFill) {
    if (deleted) {
      return Visibility.TRACKED_DELETION;
    }
    if (run.isHidden()) {
      return Visibility.WORD_HIDDEN_TEXT;
    }
    int font = run.colour == null ? Rgb.UNKNOWN : run.colour;
    return ofColours(font, markOf(run), areaFill, run.halfPoints == null ? 0 : run.halfPoints);
  }

  /**
   * The colour and size rules alone, for every word-processing format (Word, OpenDocument text)
   * so the same run gets the same judgement.
   *
   * @param font the font colour, or {@link Rgb#UNKNOWN} for automatic
   * @param mark the run's own highlight or shading, or {@link Rgb#UNKNOWN}
   * @param areaFill the paragraph's or table cell's shading, or {@link Rgb#UNKNOWN}
   * @param halfPoints the font size in half-points, 0 when unknown
   */
  public static Visibility ofColours(int font, int mark, int areaFill, int halfPoints) {
    if (mark != Rgb.UNKNOWN && isDark(mark)) {
      boolean readable = font != Rgb.UNKNOWN && brightness(font) - brightness(mark) >= READABLE;
      return readable ? Visibility.VISIBLE : Visibility.DARK_HIGHLIGHT;
    }
    int background = mark != Rgb.UNKNOWN ? mark : areaFill != Rgb.UNKNOWN ? areaFill : Rgb.WHITE;
    if (font != Rgb.UNKNOWN && TextContrast.invisible(font, background)) {
      return isDark(background) ? Visibility.DARK_HIGHLIGHT : Visibility.INVISIBLE_TEXT;
    }
    if (halfPoints > 0 && halfPoints <= TINY_HALF_POINTS) {
      return Visibility.TINY_TEXT;
    }
    return Visibility.VISIBLE;
  }

  /** The run's own highlight, else its own shading; {@link Rgb#UNKNOWN} when it has neither. */
  private static int markOf(WordRunFormat run) {
    if (run.highlight != null && run.highlight != Rgb.UNKNOWN) {
      return run.highlight;
    }
    return run.shading == null ? Rgb.UNKNOWN : run.shading;
  }

  public static boolean isDark(int rgb) {
    return rgb >= 0 && brightness(rgb) < DARK;
  }

  private static int brightness(int rgb) {
    int r = (rgb >> 16) & 0xFF;
    int g = (rgb >> 8) & 0xFF;
    int b = rgb & 0xFF;
    return (299 * r + 587 * g + 114 * b) / 1000;
  }
}
