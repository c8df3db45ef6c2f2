package io.foilint.extract.xlsx;

import io.foilint.extract.ExtractionException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.xml.sax.Attributes;
import org.xml.sax.ext.DefaultHandler2;

/**
 * The colour scheme of a workbook theme ({@code xl/theme/theme1.xml}), indexed the way cell
 * styles use it. SpreadsheetML swaps the first two pairs: theme index 0 is lt1 (background 1), 1
 * is dk1 (text 1), 2 is lt2, 3 is dk2, then accent1-6, hlink, folHlink.
 */
final class ThemeColors {

  private static final String[] SCHEME_ORDER = {
    "lt1", "dk1", "lt2", "dk2", "accent1", "accent2", "accent3", "accent4", "accent5", "accent6",
    "hlink", "folHlink"
  };

  /** Office's default theme, used when a workbook has no theme part. */
  static final ThemeColors OFFICE_DEFAULT =
      new ThemeColors(
          new int[] {
            0xFFFFFF, 0x000000, 0xE7E6E6, 0x44546A, 0x4472C4, 0xED7D31, 0xA5A5A5, 0xFFC000,
            0x5B9BD5, 0x70AD47, 0x0563C1, 0x954F72
          });

  private final int[] rgb;

  private ThemeColors(int[] rgb) {
    this.rgb = rgb;
  }

  /** RGB of theme colour {@code index}, or -1 when the theme does not define it. */
  int rgb(int index) {
    return index >= 0 && index < rgb.length ? rgb[index] : -1;
  }

  static ThemeColors read(InputStream in, String partName) throws IOException, ExtractionException {
    int[] colours = new int[SCHEME_ORDER.length];
    Arrays.fill(colours, -1);
    SafeXml.parse(
        in,
        new DefaultHandler2() {
          private int current = -1;
          private boolean inScheme;

          @Override
          public void startElement(String uri, String local, String qName, Attributes atts)
              throws org.xml.sax.SAXException {
            if (local.equals("clrScheme")) {
              inScheme = true;
              return;
            }
            if (!inScheme) {
              return;
            }
            int slot = Arrays.asList(SCHEME_ORDER).indexOf(local);
            if (slot >= 0) {
              current = slot;
            } else if (current >= 0 && local.equals("srgbClr")) {
              colours[current] = Colors.parseHex(atts.getValue("val"));
            } else if (current >= 0 && local.equals("sysClr")) {
              colours[current] = Colors.parseHex(atts.getValue("lastClr"));
            }
          }

          @Override
          public void endElement(String uri, String local, String qName)
              throws org.xml.sax.SAXException {
            if (local.equals("clrScheme")) {
              throw new SafeXml.StopParsing();
            }
            if (Arrays.asList(SCHEME_ORDER).contains(local)) {
              current = -1;
            }
          }
        },
        partName);
    for (int i = 0; i < colours.length; i++) {
      if (colours[i] < 0) {
        colours[i] = OFFICE_DEFAULT.rgb[i];
      }
    }
    return new ThemeColors(colours);
  }
}
