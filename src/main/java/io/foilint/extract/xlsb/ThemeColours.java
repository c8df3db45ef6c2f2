package io.foilint.extract.xlsb;

import io.foilint.extract.ExtractionException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;

/**
 * The twelve colours of a theme's colour scheme ({@code a:clrScheme}), in the order cell styles
 * refer to them. Needed to tell whether a font coloured with a theme colour matches its fill.
 */
final class ThemeColours {

  /** Scheme element names in theme-index order (Excel swaps dk/lt: index 0 is lt1). */
  private static final List<String> ORDER =
      List.of("lt1", "dk1", "lt2", "dk2", "accent1", "accent2", "accent3", "accent4", "accent5",
          "accent6", "hlink", "folHlink");

  /** Office's default theme, used when a package has no theme part. */
  static final ThemeColours OFFICE_DEFAULT =
      new ThemeColours(new int[] {0xFFFFFF, 0x000000, 0xE7E6E6, 0x44546A, 0x4472C4, 0xED7D31,
          0xA5A5A5, 0xFFC000, 0x5B9BD5, 0x70AD47, 0x0563C1, 0x954F72});

  private final int[] rgb;

  private ThemeColours(int[] rgb) {
    this.rgb = rgb;
  }

  /** The colour's RGB, or -1 when the index is outside the scheme. */
  int rgb(int index) {
    return index >= 0 && index < rgb.length ? rgb[index] : -1;
  }

  static ThemeColours read(InputStream in, String partName) throws ExtractionException {
    int[] colours = Arrays.copyOf(OFFICE_DEFAULT.rgb, OFFICE_DEFAULT.rgb.length);
    int[] current = {-1};
    SafeXml.read(in, partName, new SafeXml.Visitor() {
      boolean inScheme;

      @Override
      public void start(javax.xml.stream.XMLStreamReader r) {
        String name = r.getLocalName();
        if (name.equals("clrScheme")) {
          inScheme = true;
        } else if (inScheme && ORDER.contains(name)) {
          current[0] = ORDER.indexOf(name);
        } else if (inScheme && current[0] >= 0) {
          String value =
              name.equals("srgbClr") ? r.getAttributeValue(null, "val")
                  : name.equals("sysClr") ? r.getAttributeValue(null, "lastClr") : null;
          if (value != null && value.matches("[0-9A-Fa-f]{6}")) {
            colours[current[0]] = Integer.parseInt(value, 16);
          }
        }
      }

      @Override
      public void end(javax.xml.stream.XMLStreamReader r) {
        if (r.getLocalName().equals("clrScheme")) {
          inScheme = false;
        } else if (ORDER.contains(r.getLocalName())) {
          current[0] = -1;
        }
      }
    });
    return new ThemeColours(colours);
  }
}
