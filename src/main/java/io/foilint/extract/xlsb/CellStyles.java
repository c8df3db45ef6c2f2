package io.foilint.extract.xlsb;

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
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.usermodel.BuiltinFormats;

/**
 * For each cell format (XF) in {@code xl/styles.bin}: whether it hides what the cell holds,
 * either through a font coloured like the cell's fill ({@link TextContrast}) or through a number
 * format that displays nothing ({@link BlankNumberFormat}); colours are resolved to RGB with the
 * shared {@link Rgb} rules (indexed palette, theme, tint) first. POI's XSSFBStylesTable keeps
 * only number formats (and only the low byte
 * of their ids), so fonts and fills are read here from BrtFont / BrtFill / BrtXf.
 */
final class CellStyles {

  /** No styles part: nothing is hidden by formatting. */
  static final CellStyles NONE = new CellStyles(new ArrayList<>());

  /** Per XF: whether its colours make text invisible, and its number format. */
  private record XfEffect(boolean invisibleText, BlankNumberFormat format) {}

  private static final XfEffect SHOWN = new XfEffect(false, BlankNumberFormat.SHOWS_ALL);

  private final List<XfEffect> xfs;

  private CellStyles(List<XfEffect> xfs) {
    this.xfs = xfs;
  }

  /**
   * How a cell with style {@code xf} shows a value ({@code text} for strings): invisible text
   * first, then a blank format (the order every spreadsheet reader uses).
   */
  Visibility of(int xf, boolean text) {
    XfEffect e = xf >= 0 && xf < xfs.size() ? xfs.get(xf) : SHOWN;
    if (e.invisibleText()) {
      return Visibility.INVISIBLE_TEXT;
    }
    return e.format().hides(text) ? Visibility.BLANK_NUMBER_FORMAT : Visibility.VISIBLE;
  }

  /**
   * The colour scheme of the theme part (still XML in an xlsb package); slots it does not define
   * keep Office's default.
   */
  static ThemeColours readTheme(InputStream in, String partName) throws ExtractionException {
    ThemeColours colours = new ThemeColours();
    SafeXml.read(in, partName, new SafeXml.Visitor() {
      private boolean inScheme;
      private int current = -1;

      @Override
      public void start(XMLStreamReader r) {
        String name = r.getLocalName();
        if (name.equals("clrScheme")) {
          inScheme = true;
        } else if (inScheme && ThemeColours.slot(name) >= 0) {
          current = ThemeColours.slot(name);
        } else if (inScheme && current >= 0 && name.equals("srgbClr")) {
          colours.set(current, Rgb.parseHex(r.getAttributeValue(null, "val")));
        } else if (inScheme && current >= 0 && name.equals("sysClr")) {
          colours.set(current, Rgb.parseHex(r.getAttributeValue(null, "lastClr")));
        }
      }

      @Override
      public void end(XMLStreamReader r) {
        if (r.getLocalName().equals("clrScheme")) {
          inScheme = false;
        } else if (ThemeColours.slot(r.getLocalName()) >= 0) {
          current = -1;
        }
      }
    });
    return colours;
  }

  static CellStyles read(InputStream in, String partName, ThemeColours theme)
      throws IOException, ExtractionException {
    Map<Integer, String> formats = new HashMap<>();
    List<Integer> fontColours = new ArrayList<>();
    List<Integer> fillColours = new ArrayList<>();
    List<int[]> cellXfs = new ArrayList<>();
    boolean inCellXfs = false;
    XlsbRecordReader reader = new XlsbRecordReader(in, partName);
    while (reader.next()) {
      XlsbRecord r = reader.record();
      switch (r.type()) {
        case RecordTypes.FMT -> {
          int id = r.u16();
          formats.put(id, r.wideString());
        }
        case RecordTypes.FONT -> {
          r.seek(12);
          // an automatic font colour is the window text colour: black
          fontColours.add(colour(r, theme, Rgb.BLACK));
        }
        case RecordTypes.FILL -> fillColours.add(fillColour(r, theme));
        case RecordTypes.BEGIN_CELL_XFS -> inCellXfs = true;
        case RecordTypes.END_CELL_XFS -> inCellXfs = false;
        case RecordTypes.XF -> {
          if (inCellXfs) {
            r.u16(); // ixfeParent
            int fmt = r.u16();
            int font = r.u16();
            int fill = r.u16();
            cellXfs.add(new int[] {fmt, font, fill});
          }
        }
        default -> {
          // borders, named styles, table styles and dxfs do not hide cell values
        }
      }
    }
    List<XfEffect> effects = new ArrayList<>(cellXfs.size());
    for (int[] xf : cellXfs) {
      effects.add(effect(formatCode(formats, xf[0]), colourAt(fontColours, xf[1]), colourAt(fillColours, xf[2])));
    }
    return new CellStyles(effects);
  }

  private static XfEffect effect(String formatCode, int font, int fill) {
    boolean invisible = TextContrast.invisible(font, fill);
    BlankNumberFormat format = BlankNumberFormat.of(formatCode);
    return invisible || format.hidesSomething() ? new XfEffect(invisible, format) : SHOWN;
  }

  private static String formatCode(Map<Integer, String> formats, int id) {
    String code = formats.get(id);
    if (code == null) {
      code = BuiltinFormats.getBuiltinFormat(id);
    }
    return code == null ? "General" : code;
  }

  private static int colourAt(List<Integer> colours, int index) {
    return index >= 0 && index < colours.size() ? colours.get(index) : -1;
  }

  /**
   * The colour a reader sees behind the text: none means the white sheet, solid means the
   * pattern's foreground colour; other patterns mix two colours and are not compared (-1).
   */
  private static int fillColour(XlsbRecord r, ThemeColours theme) throws ExtractionException {
    int pattern = r.i32();
    if (pattern == 0) {
      return Rgb.WHITE;
    }
    if (pattern != 1) {
      return Rgb.UNKNOWN;
    }
    return colour(r, theme, Rgb.WHITE);
  }

  /**
   * Reads a BrtColor (8 bytes) as RGB with its tint applied; -1 when it cannot be resolved.
   * {@code automatic} is what Excel shows for an automatic colour in this position.
   */
  private static int colour(XlsbRecord r, ThemeColours theme, int automatic) throws ExtractionException {
    int kind = r.u8() >> 1;
    int index = r.u8();
    double tint = r.i16() / 32767.0;
    int red = r.u8();
    int green = r.u8();
    int blue = r.u8();
    r.u8(); // alpha
    int rgb =
        switch (kind) {
          case 0 -> automatic;
          case 1 -> Rgb.defaultIndexed(index);
          case 2 -> red << 16 | green << 8 | blue;
          case 3 -> theme.rgb(index);
          default -> -1;
        };
    return Rgb.applyTint(rgb, tint);
  }
}
