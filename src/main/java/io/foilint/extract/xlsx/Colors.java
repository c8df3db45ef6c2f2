package io.foilint.extract.xlsx;

import org.apache.poi.xssf.usermodel.DefaultIndexedColorMap;

/** Colour arithmetic for deciding whether text can be seen against its fill. */
final class Colors {

  static final int BLACK = 0x000000;
  static final int WHITE = 0xFFFFFF;

  /**
   * Largest distance (Euclidean, 0-441 over RGB) at which two colours count as
   * indistinguishable. 24 catches white on near-white (#F2F2F2 on white is 22) without calling
   * light-grey text on white (#D9D9D9 is 65) invisible.
   */
  static final double INDISTINGUISHABLE = 24.0;

  private Colors() {}

  /** Parses RRGGBB or AARRGGBB (alpha ignored); -1 when malformed. */
  static int parseHex(String hex) {
    if (hex == null) {
      return -1;
    }
    String h = hex.trim();
    if (h.length() == 8) {
      h = h.substring(2);
    }
    if (h.length() != 6) {
      return -1;
    }
    try {
      return Integer.parseInt(h, 16);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** The legacy 64-colour palette plus 64 = system foreground (black), 65 = system background (white). */
  static int defaultIndexed(int index) {
    if (index == 64) {
      return BLACK;
    }
    if (index == 65) {
      return WHITE;
    }
    byte[] rgb = DefaultIndexedColorMap.getDefaultRGB(index);
    if (rgb == null || rgb.length < 3) {
      return -1;
    }
    return ((rgb[0] & 0xFF) << 16) | ((rgb[1] & 0xFF) << 8) | (rgb[2] & 0xFF);
  }

  static boolean indistinguishable(int a, int b) {
    return distance(a, b) <= INDISTINGUISHABLE;
  }

  static double distance(int a, int b) {
    int dr = ((a >> 16) & 0xFF) - ((b >> 16) & 0xFF);
    int dg = ((a >> 8) & 0xFF) - ((b >> 8) & 0xFF);
    int db = (a & 0xFF) - (b & 0xFF);
    return Math.sqrt(dr * dr + dg * dg + db * db);
  }

  /**
   * Applies a SpreadsheetML tint (-1..1) to a colour: negative darkens, positive lightens, by
   * changing HLS luminance as ECMA-376 18.8.19 describes.
   */
  static int applyTint(int rgb, double tint) {
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
    double nr;
    double ng;
    double nb;
    if (s == 0) {
      nr = ng = nb = l;
    } else {
      double q = l < 0.5 ? l * (1 + s) : l + s - l * s;
      double p = 2 * l - q;
      nr = hueToRgb(p, q, h + 1.0 / 3);
      ng = hueToRgb(p, q, h);
      nb = hueToRgb(p, q, h - 1.0 / 3);
    }
    return (to255(nr) << 16) | (to255(ng) << 8) | to255(nb);
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
