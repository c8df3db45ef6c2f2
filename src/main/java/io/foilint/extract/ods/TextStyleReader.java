package io.foilint.extract.ods;

import io.foilint.extract.ExtractionException;
import io.foilint.extract.sheet.Rgb;
import java.util.Locale;
import javax.xml.stream.XMLStreamConstants;

/**
 * Reads office:styles or office:automatic-styles of a text document into {@link TextStyles}:
 * paragraph, character and cell styles (colour, highlight, size, hidden), section styles, and
 * the page layouts (size and page colour), and drawing-page styles hiding the slides that use
 * them (presentation:visibility="hidden", how Impress writes Hide Slide). Everything else in the container is passed over:
 * list, outline and note configuration say how text is numbered, not what it is.
 */
final class TextStyleReader {

  private final OdfXml x;
  private final TextStyles styles;

  TextStyleReader(OdfXml x, TextStyles styles) {
    this.x = x;
    this.styles = styles;
  }

  /** Reader at the START_ELEMENT of a styles container; consumes it. */
  void read() throws ExtractionException {
    while (x.nextChild()) {
      if (x.is(Odf.STYLE, "style")) {
        readStyle(false);
      } else if (x.is(Odf.STYLE, "default-style")) {
        readStyle(true);
      } else if (x.is(Odf.STYLE, "page-layout")) {
        readPageLayout();
      } else {
        x.skipElement();
      }
    }
  }

  private void readStyle(boolean isDefault) throws ExtractionException {
    String name = x.attr(Odf.STYLE, "name");
    String family = x.attr(Odf.STYLE, "family", "");
    String parent = x.attr(Odf.STYLE, "parent-style-name");
    Integer colour = null;
    Integer highlight = null;
    Integer halfPoints = null;
    Boolean hidden = null;
    Integer fill = null;
    boolean hiddenSection = false;
    boolean hiddenPage = false;
    while (x.nextChild()) {
      if (x.is(Odf.STYLE, "text-properties")) {
        colour = "true".equals(x.attr(Odf.STYLE, "use-window-font-color"))
            ? Integer.valueOf(TextStyles.AUTOMATIC) : colour(x.attr(Odf.FO, "color"));
        highlight = colour(x.attr(Odf.FO, "background-color"));
        halfPoints = halfPoints(x.attr(Odf.FO, "font-size"));
        hidden = display(x.attr(Odf.TEXT, "display"));
      } else if (x.is(Odf.STYLE, "paragraph-properties") || x.is(Odf.STYLE, "table-cell-properties")) {
        fill = colour(x.attr(Odf.FO, "background-color"));
      } else if (x.is(Odf.STYLE, "section-properties")) {
        hiddenSection = Boolean.TRUE.equals(display(x.attr(Odf.TEXT, "display")));
      } else if (x.is(Odf.STYLE, "drawing-page-properties")) {
        hiddenPage = "hidden".equals(x.attr(Odf.PRESENTATION, "visibility"));
      }
      x.skipElement();
    }
    TextStyles.Style style = new TextStyles.Style(parent, colour, highlight, halfPoints, hidden, fill);
    if (isDefault) {
      styles.setDefault(family, style);
    } else if (name != null) {
      styles.add(family, name, style);
      if (family.equals("section")) {
        styles.addSectionStyle(name, hiddenSection);
      } else if (family.equals("drawing-page")) {
        styles.addPageStyle(name, hiddenPage);
      }
    }
  }

  private void readPageLayout() throws ExtractionException {
    String name = x.attr(Odf.STYLE, "name");
    Double width = null;
    Double height = null;
    int fill = Rgb.UNKNOWN;
    int depth = 1;
    while (depth > 0) {
      int ev = x.next();
      if (ev == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else if (ev == XMLStreamConstants.START_ELEMENT) {
        depth++;
        if (x.is(Odf.STYLE, "page-layout-properties")) {
          width = centimetres(x.attr(Odf.FO, "page-width"));
          height = centimetres(x.attr(Odf.FO, "page-height"));
          Integer c = colour(x.attr(Odf.FO, "background-color"));
          fill = c == null ? Rgb.UNKNOWN : c;
        }
      } else if (ev == XMLStreamConstants.END_DOCUMENT) {
        return;
      }
    }
    styles.pageLayout(name, width, height, fill);
  }

  /** "#RRGGBB" → RGB; "transparent" → {@link Rgb#UNKNOWN} (nothing of its own); absent → null. */
  static Integer colour(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (value.trim().equalsIgnoreCase("transparent")) {
      return Rgb.UNKNOWN;
    }
    int rgb = Rgb.parseHex(value.trim());
    return rgb == Rgb.UNKNOWN ? null : rgb;
  }

  /** text:display: "none" hides; "condition" hides when its condition holds, so counts as hidden. */
  private static Boolean display(String value) {
    if (value == null) {
      return null;
    }
    return value.equals("none") || value.equals("condition");
  }

  /** An absolute font size in half-points (at least 1); percentages (relative sizes) → null. */
  static Integer halfPoints(String size) {
    Double cm = centimetres(size);
    if (cm == null) {
      return null;
    }
    double points = cm / 2.54 * 72;
    return (int) Math.max(1, Math.round(points * 2));
  }

  /** An ODF length ("2.5cm", "12pt", "0.5in", "10mm", "96px") in centimetres, or null. */
  static Double centimetres(String length) {
    if (length == null) {
      return null;
    }
    String s = length.trim().toLowerCase(Locale.ROOT);
    String unit = s.replaceAll("^[-+0-9.eE]+", "");
    String number = s.substring(0, s.length() - unit.length());
    double per = switch (unit) {
      case "cm" -> 1;
      case "mm" -> 0.1;
      case "in", "inch" -> 2.54;
      case "pt" -> 2.54 / 72;
      case "pc" -> 2.54 / 6;
      case "px" -> 2.54 / 96;
      default -> Double.NaN;
    };
    try {
      double v = Double.parseDouble(number) * per;
      return Double.isFinite(v) ? v : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
