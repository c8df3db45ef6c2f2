package io.foilint.extract.xlsb;

import io.foilint.extract.ExtractionException;
import io.foilint.model.Visibility;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.xssf.usermodel.DefaultIndexedColorMap;

/**
 * For each cell format (XF) in {@code xl/styles.bin}: whether it hides what the cell holds,
 * either through a number format that displays nothing ({@code ;;;}) or through a font coloured
 * like the cell's fill. POI's XSSFBStylesTable keeps only number formats (and only the low byte
 * of their ids), so fonts and fills are read here from BrtFont / BrtFill / BrtXf.
 */
final class CellStyles {

  /** No styles part: nothing is hidden by formatting. */
  static final CellStyles NONE = new CellStyles(new ArrayList<>());

  /** Per XF: the reason values of each kind are hidden, or VISIBLE. */
  private record XfEffect(Visibility numbers, Visibility text) {}

  private static final XfEffect SHOWN = new XfEffect(Visibility.VISIBLE, Visibility.VISIBLE);

  private final List<XfEffect> xfs;

  private CellStyles(List<XfEffect> xfs) {
    this.xfs = xfs;
  }

  /** How a cell with style {@code xf} shows a number (also used for booleans and errors). */
  Visibility forNumber(int xf) {
    return xf >= 0 && xf < xfs.size() ? xfs.get(xf).numbers() : Visibility.VISIBLE;
  }

  /** How a cell with style {@code xf} shows text. */
  Visibility forText(int xf) {
    return xf >= 0 && xf < xfs.size() ? xfs.get(xf).text() : Visibility.VISIBLE;
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
          fontColours.add(colour(r, theme, 0x000000));
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
    BlankFormat blank = BlankFormat.of(formatCode);
    boolean invisible = font >= 0 && fill >= 0 && font == fill;
    Visibility numbers =
        blank.hidesNumbers() ? Visibility.BLANK_NUMBER_FORMAT
            : invisible ? Visibility.INVISIBLE_TEXT : Visibility.VISIBLE;
    Visibility text =
        blank.hidesText() ? Visibility.BLANK_NUMBER_FORMAT
            : invisible ? Visibility.INVISIBLE_TEXT : Visibility.VISIBLE;
    return numbers == Visibility.VISIBLE && text == Visibility.VISIBLE ? SHOWN : new XfEffect(numbers, text);
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
      return 0xFFFFFF;
    }
    if (pattern != 1) {
      return -1;
    }
    return colour(r, theme, 0xFFFFFF);
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
          case 1 -> indexed(index, automatic);
          case 2 -> red << 16 | green << 8 | blue;
          case 3 -> theme.rgb(index);
          default -> -1;
        };
    return rgb < 0 ? -1 : tinted(rgb, tint);
  }

  private static int indexed(int index, int automatic) {
    if (index == 64) {
      return 0x000000; // system foreground
    }
    if (index == 65) {
      return 0xFFFFFF; // system background
    }
    byte[] rgb = DefaultIndexedColorMap.getDefaultRGB(index);
    return rgb == null ? -1 : (rgb[0] & 0xFF) << 16 | (rgb[1] & 0xFF) << 8 | rgb[2] & 0xFF;
  }

  /** Applies a tint the way POI's ExtendedColor does, channel by channel. */
  private static int tinted(int rgb, double tint) {
    if (tint == 0) {
      return rgb;
    }
    int out = 0;
    for (int shift = 16; shift >= 0; shift -= 8) {
      int c = rgb >> shift & 0xFF;
      double v = tint > 0 ? c * (1 - tint) + (255 - 255 * (1 - tint)) : c * (1 + tint);
      out |= (int) Math.round(Math.max(0, Math.min(255, v))) << shift;
    }
    return out;
  }
}
