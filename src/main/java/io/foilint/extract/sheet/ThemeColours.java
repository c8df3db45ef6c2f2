package io.foilint.extract.sheet;

import java.util.Arrays;
import java.util.List;

/**
 * The twelve colours of a workbook theme's colour scheme ({@code a:clrScheme}), indexed as cell
 * styles use them (xlsx {@code theme="n"}, xlsb BrtColor theme index). SpreadsheetML swaps the
 * first two pairs: index 0 is lt1 (background 1), 1 is dk1 (text 1), 2 lt2, 3 dk2, then
 * accent1-6, hlink, folHlink. Readers parse the theme part and {@link #set} each slot.
 */
public final class ThemeColours {

  private static final List<String> ORDER =
      List.of("lt1", "dk1", "lt2", "dk2", "accent1", "accent2", "accent3", "accent4", "accent5",
          "accent6", "hlink", "folHlink");

  private static final int[] OFFICE = {
    0xFFFFFF, 0x000000, 0xE7E6E6, 0x44546A, 0x4472C4, 0xED7D31, 0xA5A5A5, 0xFFC000, 0x5B9BD5,
    0x70AD47, 0x0563C1, 0x954F72
  };

  /** Office's default theme, for a workbook without a theme part. */
  public static final ThemeColours OFFICE_DEFAULT = new ThemeColours();

  private final int[] rgb = Arrays.copyOf(OFFICE, OFFICE.length);

  /** A scheme starting as Office's default; slots the theme part does not define keep it. */
  public ThemeColours() {}

  /** The theme index of a scheme element ({@code dk1} -> 1), or -1 when it is not one. */
  public static int slot(String elementName) {
    return ORDER.indexOf(elementName);
  }

  /** Sets a slot from the theme part; a colour that did not parse (-1) is ignored. */
  public void set(int slot, int colour) {
    if (this != OFFICE_DEFAULT && slot >= 0 && slot < rgb.length && colour >= 0) {
      rgb[slot] = colour;
    }
  }

  /** RGB of theme colour {@code index}, or -1 when the theme does not define it. */
  public int rgb(int index) {
    return index >= 0 && index < rgb.length ? rgb[index] : Rgb.UNKNOWN;
  }
}
