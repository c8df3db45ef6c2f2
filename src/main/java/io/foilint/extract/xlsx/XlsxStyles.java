package io.foilint.extract.xlsx;

import io.foilint.extract.ExtractionException;
import io.foilint.extract.sheet.BlankNumberFormat;
import io.foilint.extract.sheet.Rgb;
import io.foilint.extract.sheet.TextContrast;
import io.foilint.extract.sheet.ThemeColours;
import io.foilint.model.Visibility;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.ext.DefaultHandler2;

/**
 * What each cell style ({@code cellXfs} entry of styles.xml) does to visibility: text coloured
 * like its fill ({@link TextContrast}), or a number format that displays nothing
 * ({@link BlankNumberFormat}). styles.xml is small, so it is read
 * whole; colours are resolved (rgb, indexed with the workbook's palette, theme with tint) once,
 * up front, so the per-cell lookup is an array access.
 *
 * <p>Not covered: conditional formatting (dxf) colours, which depend on cell values, and
 * pattern/gradient fills other than solid (their background is mixed, so not judged).
 */
final class XlsxStyles {

  /** A workbook without styles: everything visible. */
  static final XlsxStyles NONE = new XlsxStyles(new boolean[0], new BlankNumberFormat[0]);

  private final boolean[] invisibleText;
  private final BlankNumberFormat[] formats;

  private XlsxStyles(boolean[] invisibleText, BlankNumberFormat[] formats) {
    this.invisibleText = invisibleText;
    this.formats = formats;
  }

  /**
   * The cell-level visibility of a value in style {@code xf}.
   *
   * @param textValue true for strings (the text section of a format applies), false for numbers
   *     and booleans
   */
  Visibility cellVisibility(int xf, boolean textValue) {
    if (xf < 0 || xf >= invisibleText.length) {
      return Visibility.VISIBLE;
    }
    if (invisibleText[xf]) {
      return Visibility.INVISIBLE_TEXT;
    }
    if (formats[xf].hides(textValue)) {
      return Visibility.BLANK_NUMBER_FORMAT;
    }
    return Visibility.VISIBLE;
  }

  /** Colour as written: rgb, indexed or theme, with tint; auto = the automatic colour. */
  private record ColorSpec(int rgb, int indexed, int theme, double tint, boolean auto) {
    static ColorSpec of(Attributes atts) {
      return new ColorSpec(
          Rgb.parseHex(atts.getValue("rgb")),
          XmlAttrs.intOr(atts.getValue("indexed"), -1),
          XmlAttrs.intOr(atts.getValue("theme"), -1),
          XmlAttrs.doubleOr(atts.getValue("tint"), 0.0),
          XmlAttrs.isTrue(atts.getValue("auto")));
    }
  }

  private record Xf(int numFmtId, int fontId, int fillId) {}

  /** A fill's background: the colour, or null when not solid (none = no fill). */
  private record Fill(String pattern, ColorSpec fg) {}

  /**
   * Reads the colour scheme of a theme part ({@code xl/theme/theme1.xml}); slots it does not
   * define keep Office's default.
   */
  static ThemeColours readTheme(InputStream in, String partName) throws IOException, ExtractionException {
    ThemeColours colours = new ThemeColours();
    SafeXml.parse(
        in,
        new DefaultHandler2() {
          private int current = -1;
          private boolean inScheme;

          @Override
          public void startElement(String uri, String local, String qName, Attributes atts) {
            if (local.equals("clrScheme")) {
              inScheme = true;
            } else if (inScheme && ThemeColours.slot(local) >= 0) {
              current = ThemeColours.slot(local);
            } else if (current >= 0 && local.equals("srgbClr")) {
              colours.set(current, Rgb.parseHex(atts.getValue("val")));
            } else if (current >= 0 && local.equals("sysClr")) {
              colours.set(current, Rgb.parseHex(atts.getValue("lastClr")));
            }
          }

          @Override
          public void endElement(String uri, String local, String qName) throws SAXException {
            if (local.equals("clrScheme")) {
              throw new SafeXml.StopParsing();
            }
            if (ThemeColours.slot(local) >= 0) {
              current = -1;
            }
          }
        },
        partName);
    return colours;
  }

  static XlsxStyles read(InputStream in, String partName, ThemeColours theme)
      throws IOException, ExtractionException {
    Reader r = new Reader();
    SafeXml.parse(in, r, partName);
    return r.build(theme);
  }

  private static final class Reader extends DefaultHandler2 {
    private final Map<Integer, String> numFmts = new HashMap<>();
    private final List<ColorSpec> fonts = new ArrayList<>();
    private final List<Fill> fills = new ArrayList<>();
    private final List<Xf> xfs = new ArrayList<>();
    private final List<Integer> palette = new ArrayList<>();
    private String section = "";
    private boolean inFont;
    private ColorSpec fontColor;
    private boolean inFill;
    private String pattern;
    private ColorSpec fg;

    @Override
    public void startElement(String uri, String local, String qName, Attributes atts) {
      switch (local) {
        case "numFmts", "fonts", "fills", "cellXfs", "indexedColors", "dxfs", "cellStyleXfs" ->
            section = local;
        case "numFmt" -> {
          if (section.equals("numFmts")) {
            int id = XmlAttrs.intOr(atts.getValue("numFmtId"), -1);
            String code = atts.getValue("formatCode");
            if (id >= 0 && code != null) {
              numFmts.put(id, code);
            }
          }
        }
        case "font" -> {
          if (section.equals("fonts")) {
            inFont = true;
            fontColor = null;
          }
        }
        case "color" -> {
          if (inFont) {
            fontColor = ColorSpec.of(atts);
          }
        }
        case "fill" -> {
          if (section.equals("fills")) {
            inFill = true;
            pattern = null;
            fg = null;
          }
        }
        case "patternFill" -> {
          if (inFill) {
            String p = atts.getValue("patternType");
            pattern = p == null ? "none" : p;
          }
        }
        case "gradientFill" -> {
          if (inFill) {
            pattern = "gradient";
          }
        }
        case "fgColor" -> {
          if (inFill && !"gradient".equals(pattern)) {
            fg = ColorSpec.of(atts);
          }
        }
        case "xf" -> {
          if (section.equals("cellXfs")) {
            xfs.add(
                new Xf(
                    XmlAttrs.intOr(atts.getValue("numFmtId"), 0),
                    XmlAttrs.intOr(atts.getValue("fontId"), 0),
                    XmlAttrs.intOr(atts.getValue("fillId"), 0)));
          }
        }
        case "rgbColor" -> {
          if (section.equals("indexedColors")) {
            palette.add(Rgb.parseHex(atts.getValue("rgb")));
          }
        }
        default -> {}
      }
    }

    @Override
    public void endElement(String uri, String local, String qName) {
      switch (local) {
        case "numFmts", "fonts", "fills", "cellXfs", "indexedColors", "dxfs", "cellStyleXfs" ->
            section = "";
        case "font" -> {
          if (inFont) {
            fonts.add(fontColor);
            inFont = false;
          }
        }
        case "fill" -> {
          if (inFill) {
            // a patternFill without patternType but with a colour is solid in practice
            String p = pattern == null ? "none" : pattern;
            fills.add(new Fill(p, fg));
            inFill = false;
          }
        }
        default -> {}
      }
    }

    XlsxStyles build(ThemeColours theme) {
      int n = xfs.size();
      boolean[] invisible = new boolean[n];
      BlankNumberFormat[] formats = new BlankNumberFormat[n];
      for (int i = 0; i < n; i++) {
        Xf xf = xfs.get(i);
        int textRgb = resolveFont(xf.fontId(), theme);
        int background = resolveBackground(xf.fillId(), theme);
        invisible[i] = TextContrast.invisible(textRgb, background);
        String code = numFmts.get(xf.numFmtId());
        formats[i] = BlankNumberFormat.of(code);
      }
      return new XlsxStyles(invisible, formats);
    }

    private int resolveFont(int fontId, ThemeColours theme) {
      if (fontId < 0 || fontId >= fonts.size()) {
        return Rgb.BLACK;
      }
      ColorSpec c = fonts.get(fontId);
      if (c == null || c.auto()) {
        return Rgb.BLACK; // automatic text colour
      }
      return resolve(c, theme);
    }

    /** The cell's background RGB; white for no fill; -1 when it cannot be judged. */
    private int resolveBackground(int fillId, ThemeColours theme) {
      // Fills 0 and 1 are reserved (none and gray125) and Excel paints them as such whatever a
      // writer put there, so unstyled cells always sit on the plain background.
      if (fillId <= 1 || fillId >= fills.size()) {
        return Rgb.WHITE;
      }
      Fill f = fills.get(fillId);
      if (f.pattern().equals("none")) {
        return Rgb.WHITE;
      }
      if (!f.pattern().equals("solid") || f.fg() == null) {
        return -1;
      }
      if (f.fg().auto()) {
        return Rgb.BLACK;
      }
      return resolve(f.fg(), theme);
    }

    private int resolve(ColorSpec c, ThemeColours theme) {
      int base;
      if (c.rgb() >= 0) {
        base = c.rgb();
      } else if (c.theme() >= 0) {
        base = theme.rgb(c.theme());
      } else if (c.indexed() >= 0) {
        base =
            c.indexed() < palette.size() && c.indexed() < 64
                ? palette.get(c.indexed())
                : Rgb.defaultIndexed(c.indexed());
      } else {
        return -1;
      }
      return Rgb.applyTint(base, c.tint());
    }
  }
}
