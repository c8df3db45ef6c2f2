package io.foilint.extract.sheet;

import org.apache.poi.xssf.usermodel.DefaultIndexedColorMap;

/**
 * Colours as {@code 0xRRGGBB} ints, -1 meaning "cannot be resolved": parsing, the legacy indexed
 * palette and SpreadsheetML tints, so every reader turns what it stores into the same RGB before
 * {@link TextContrast} compares it.
 */
public final class Rgb {

  public static final int BLACK = 0x000000;
  public static final int WHITE = 0xFFFFFF;
  public static final int UNKNOWN = -1;

  /** Indexes 64 and 65: the system foreground (window text) and background (window). */
  public static final int SYSTEM_FOREGROUND = 64;

  public static final int SYSTEM_BACKGROUND = 65;

  /** Palette indexes 0-7 are fixed and cannot be changed by a PALETTE record. */
  private static final int[] FIXED = {
    0x000000, 0xFFFFFF, 0xFF0000, 0x00FF00, 0x0000FF, 0xFFFF00, 0xFF00FF, 0x00FFFF
  };

  private Rgb() {}

  /** Parses {@code RRGGBB}, {@code AARRGGBB} (alpha ignored), {@code #RRGGBB} or {@code #RGB}; -1 when malformed. */
  public static int parseHex(String hex) {
    if (hex == null) {
      return UNKNOWN;
    }
    String h = hex.trim();
    if (h.startsWith("#")) {
      h = h.substring(1);
      if (h.length() == 3) {
        h = "" + h.charAt(0) + h.charAt(0) + h.charAt(1) + h.charAt(1) + h.charAt(2) + h.charAt(2);
      }
    }
    if (h.length() == 8) {
      h = h.substring(2);
    }
    if (h.length() != 6) {
      return UNKNOWN;
    }
    try {
      return Integer.parseInt(h, 16);
    } catch (NumberFormatException e) {
      return UNKNOWN;
    }
  }

  /** RGB from three bytes as stored (signed or not). */
  public static int of(byte red, byte green, byte blue) {
    return (red & 0xFF) << 16 | (green & 0xFF) << 8 | (blue & 0xFF);
  }

  /**
   * The default colour of a legacy palette index (BIFF8 icv, SpreadsheetML {@code indexed}):
   * 0-7 the fixed colours, 8-63 the default palette, 64 system foreground (black), 65 system
   * background (white); -1 for anything else.
   */
  public static int defaultIndexed(int index) {
    if (index == SYSTEM_FOREGROUND) {
      return BLACK;
    }
    if (index == SYSTEM_BACKGROUND) {
      return WHITE;
    }
    if (index >= 0 && index < FIXED.length) {
      return FIXED[index];
    }
    byte[] rgb = DefaultIndexedColorMap.getDefaultRGB(index);
    return rgb != null && rgb.length >= 3 ? of(rgb[0], rgb[1], rgb[2]) : UNKNOWN;
  }

  /**
   * Applies a SpreadsheetML tint (-1..1) to a colour: negative darkens, positive lightens, by
   * changing HLS luminance as ECMA-376 18.8.19 describes. xlsb stores the same tint as a signed
   * 16-bit fraction and gets the same arithmetic.
   */
  public static int applyTint(int rgb, double tint) {
    if (tint == 0.0 || rgb < 0) {
      return rgb;
    }
    double r = ((rgb >> 16) & 0xFF) / 255.0;
    double g = ((rgb >> 8) & 0xFF) / 255.0;
    double b = (rgb & 0xFF) / 255.0;
    double max = Math.max(r, Math.max(g, b));
    double min = Math.min(r, Math.min(g, b));
    double l = (max + min) / 2;
    double h = 0;
    double s = 0;
    if (max != min) {
      double d = max - min;
      s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
      if (max == r) {
        h = (g - b) / d + (g < b ? 6 : 0);
      } else if (max == g) {
        h = (b - r) / d + 2;
      } else {
        h = (r - g) / d + 4;
      }
      h /= 6;
    }
    l = tint < 0 ? l * (1 + tint) : l * (1 - tint) + tint;
    l = Math.max(0, Math.min(1, l));
    if (s == 0) {
      int grey = to255(l);
      return grey << 16 | grey << 8 | grey;
    }
    double q = l < 0.5 ? l * (1 + s) : l + s - l * s;
    double p = 2 * l - q;
    return to255(hueToRgb(p, q, h + 1.0 / 3)) << 16
        | to255(hueToRgb(p, q, h)) << 8
        | to255(hueToRgb(p, q, h - 1.0 / 3));
  }

  private static int to255(double v) {
    return (int) Math.round(Math.max(0, Math.min(1, v)) * 255);
  }

  private static double hueToRgb(double p, double q, double t) {
    if (t < 0) {
      t += 1;
    }
    if (t > 1) {
      t -= 1;
    }
    if (t < 1.0 / 6) {
      return p + (q - p) * 6 * t;
    }
    if (t < 1.0 / 2) {
      return q;
    }
    if (t < 2.0 / 3) {
      return p + (q - p) * (2.0 / 3 - t) * 6;
    }
    return p;
  }
}
