package io.foilint.extract.docx;

import io.foilint.extract.sheet.Rgb;
import java.util.Locale;
import java.util.Map;

/**
 * The formatting of a run that decides whether a reader sees it: hidden ({@code w:vanish},
 * {@code w:specVanish}), font colour, highlight, run shading and size. Unset properties stay
 * unset so a run's direct formatting can be laid over its character style, paragraph style and
 * the document defaults ({@link #over}).
 */
public final class WordRunFormat {

  /** Word's highlight colours (ST_HighlightColor) as RGB. */
  private static final Map<String, Integer> HIGHLIGHTS =
      Map.ofEntries(
          Map.entry("black", 0x000000),
          Map.entry("blue", 0x0000FF),
          Map.entry("cyan", 0x00FFFF),
          Map.entry("green", 0x00FF00),
          Map.entry("magenta", 0xFF00FF),
          Map.entry("red", 0xFF0000),
          Map.entry("yellow", 0xFFFF00),
          Map.entry("white", 0xFFFFFF),
          Map.entry("darkblue", 0x000080),
          Map.entry("darkcyan", 0x008080),
          Map.entry("darkgreen", 0x008000),
          Map.entry("darkmagenta", 0x800080),
          Map.entry("darkred", 0x800000),
          Map.entry("darkyellow", 0x808000),
          Map.entry("darkgray", 0x808080),
          Map.entry("lightgray", 0xC0C0C0));

  /** null = not set here. */
  public Boolean hidden;
  /** Font colour; {@link Rgb#UNKNOWN} = automatic; null = not set here. */
  public Integer colour;
  /** Highlight colour; {@link Rgb#UNKNOWN} = none; null = not set here. */
  public Integer highlight;
  /** Run shading fill; {@link Rgb#UNKNOWN} = none or automatic; null = not set here. */
  public Integer shading;
  /** Size in half-points; null = not set here. */
  public Integer halfPoints;

  WordRunFormat copy() {
    WordRunFormat c = new WordRunFormat();
    c.hidden = hidden;
    c.colour = colour;
    c.highlight = highlight;
    c.shading = shading;
    c.halfPoints = halfPoints;
    return c;
  }

  /** This format laid over {@code base}: what this one sets wins. Returns a new format. */
  WordRunFormat over(WordRunFormat base) {
    WordRunFormat c = base == null ? new WordRunFormat() : base.copy();
    if (hidden != null) {
      c.hidden = hidden;
    }
    if (colour != null) {
      c.colour = colour;
    }
    if (highlight != null) {
      c.highlight = highlight;
    }
    if (shading != null) {
      c.shading = shading;
    }
    if (halfPoints != null) {
      c.halfPoints = halfPoints;
    }
    return c;
  }

  boolean isHidden() {
    return Boolean.TRUE.equals(hidden);
  }

  /**
   * Reads one child element of {@code w:rPr}. {@code val} is its {@code w:val}, {@code fill} its
   * {@code w:fill} (for {@code w:shd}). Returns true when the element was a property read here.
   */
  boolean read(String element, String val, String fill) {
    switch (element) {
      // webHidden is hidden only in Web Layout: Print Layout, the default, and PDFs show it
      case "vanish", "specVanish" -> hidden = isOn(val);
      case "color" -> colour = colourOf(val);
      case "highlight" -> highlight = HIGHLIGHTS.getOrDefault(val.toLowerCase(Locale.ROOT), Rgb.UNKNOWN);
      case "shd" -> shading = colourOf(fill);
      case "sz" -> halfPoints = sizeOf(val);
      default -> {
        return false;
      }
    }
    return true;
  }

  /** A toggle property: absent val, "true", "1" or "on" is on. */
  static boolean isOn(String val) {
    return val == null || val.isEmpty() || val.equals("true") || val.equals("1") || val.equals("on");
  }

  /** A hex colour, or {@link Rgb#UNKNOWN} for "auto", empty or unreadable values. */
  static int colourOf(String val) {
    if (val == null || val.isEmpty() || val.equalsIgnoreCase("auto")) {
      return Rgb.UNKNOWN;
    }
    return Rgb.parseHex(val);
  }

  private static Integer sizeOf(String val) {
    try {
      return Integer.parseInt(val.trim());
    } catch (NumberFormatException | NullPointerException e) {
      return null;
    }
  }
}
