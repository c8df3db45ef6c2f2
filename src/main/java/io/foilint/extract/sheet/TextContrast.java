package io.foilint.extract.sheet;

/**
 * The one rule for invisible text in every spreadsheet format: a cell's text is invisible when
 * its font colour and its background, both resolved to RGB (theme, tint, indexed palette,
 * automatic colours), are within a Euclidean distance of {@value #INDISTINGUISHABLE} over
 * 0-255 channels. 24 catches white on near-white ({@code #F2F2F2} on white is 22) without
 * calling light-grey text on white ({@code #D9D9D9} is 65) invisible. A colour that cannot be
 * resolved (a patterned fill mixing two colours) is never judged invisible.
 */
public final class TextContrast {

  public static final double INDISTINGUISHABLE = 24.0;

  private TextContrast() {}

  /** True when text of colour {@code text} cannot be told from {@code background}. */
  public static boolean invisible(int text, int background) {
    return text >= 0 && background >= 0 && distance(text, background) <= INDISTINGUISHABLE;
  }

  static double distance(int a, int b) {
    int dr = ((a >> 16) & 0xFF) - ((b >> 16) & 0xFF);
    int dg = ((a >> 8) & 0xFF) - ((b >> 8) & 0xFF);
    int db = (a & 0xFF) - (b & 0xFF);
    return Math.sqrt(dr * dr + dg * dg + db * db);
  }
}
