package io.foilint.extract.xls;

import io.foilint.model.Visibility;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.hssf.record.ExtendedFormatRecord;
import org.apache.poi.hssf.record.FontRecord;
import org.apache.poi.hssf.record.FormatRecord;
import org.apache.poi.hssf.record.PaletteRecord;

/**
 * The workbook's FONT, FORMAT, XF and PALETTE records, answering one question per cell: does its
 * style make its value invisible (text coloured like the fill, or a format that shows nothing)?
 */
final class CellFormats {

  /** Font colour index meaning "automatic" (window text, black). */
  private static final int AUTOMATIC_FONT = 0x7FFF;
  private static final int SYSTEM_FOREGROUND = 0x40;
  private static final int SYSTEM_BACKGROUND = 0x41;
  private static final int WHITE = 0xFFFFFF;
  private static final int BLACK = 0x000000;
  private static final int UNKNOWN = -1;
  private static final int[] FIXED_COLOURS = {
    0x000000, 0xFFFFFF, 0xFF0000, 0x00FF00, 0x0000FF, 0xFFFF00, 0xFF00FF, 0x00FFFF
  };

  private final List<FontRecord> fonts = new ArrayList<>();
  private final List<ExtendedFormatRecord> xfs = new ArrayList<>();
  private final Map<Integer, BlankNumberFormat> customFormats = new HashMap<>();
  private PaletteRecord palette = new PaletteRecord();
  private Boolean[] invisibleTextByXf = new Boolean[0];

  void addFont(FontRecord font) {
    fonts.add(font);
  }

  void addXf(ExtendedFormatRecord xf) {
    xfs.add(xf);
  }

  void addFormat(FormatRecord format) {
    customFormats.put(format.getIndexCode(), BlankNumberFormat.parse(format.getFormatString()));
  }

  void setPalette(PaletteRecord record) {
    palette = record;
    invisibleTextByXf = new Boolean[0];
  }

  /** INVISIBLE_TEXT, BLANK_NUMBER_FORMAT or VISIBLE for a number in a cell with style {@code xf}. */
  Visibility forNumber(int xf, double value) {
    if (invisibleText(xf)) {
      return Visibility.INVISIBLE_TEXT;
    }
    BlankNumberFormat format = format(xf);
    return format != null && format.hidesNumber(value) ? Visibility.BLANK_NUMBER_FORMAT : Visibility.VISIBLE;
  }

  /** As {@link #forNumber} for text, booleans and errors. */
  Visibility forText(int xf) {
    if (invisibleText(xf)) {
      return Visibility.INVISIBLE_TEXT;
    }
    BlankNumberFormat format = format(xf);
    return format != null && format.hidesText() ? Visibility.BLANK_NUMBER_FORMAT : Visibility.VISIBLE;
  }

  private BlankNumberFormat format(int xfIndex) {
    if (xfIndex < 0 || xfIndex >= xfs.size()) {
      return null;
    }
    // Built-in formats (below 164) never hide a value; only custom FORMAT records can.
    return customFormats.get((int) xfs.get(xfIndex).getFormatIndex());
  }

  private boolean invisibleText(int xfIndex) {
    if (xfIndex < 0 || xfIndex >= xfs.size()) {
      return false;
    }
    if (invisibleTextByXf.length != xfs.size()) {
      invisibleTextByXf = Arrays.copyOf(invisibleTextByXf, xfs.size());
    }
    Boolean known = invisibleTextByXf[xfIndex];
    if (known == null) {
      known = computeInvisibleText(xfs.get(xfIndex));
      invisibleTextByXf[xfIndex] = known;
    }
    return known;
  }

  private boolean computeInvisibleText(ExtendedFormatRecord xf) {
    int fontIndex = xf.getFontIndex() & 0xFFFF;
    // BIFF never stores font index 4: indexes above it are shifted by one.
    int listIndex = fontIndex < 4 ? fontIndex : fontIndex - 1;
    if (listIndex < 0 || listIndex >= fonts.size()) {
      return false;
    }
    int fontIcv = fonts.get(listIndex).getColorPaletteIndex() & 0xFFFF;
    int fontRgb = fontIcv == AUTOMATIC_FONT || fontIcv == SYSTEM_FOREGROUND ? BLACK : rgb(fontIcv);
    int background = background(xf);
    return fontRgb != UNKNOWN && background != UNKNOWN && fontRgb == background;
  }

  private int background(ExtendedFormatRecord xf) {
    int pattern = xf.getAdtlFillPattern();
    if (pattern == 0) {
      return WHITE;
    }
    int fore = xf.getFillForeground() & 0x7F;
    int foreRgb = fore == SYSTEM_FOREGROUND ? BLACK : fore == SYSTEM_BACKGROUND ? WHITE : rgb(fore);
    if (pattern == 1) {
      return foreRgb;
    }
    // A patterned fill mixes both colours; only when they match is the background one colour.
    int back = xf.getFillBackground() & 0x7F;
    int backRgb = back == SYSTEM_FOREGROUND ? BLACK : back == SYSTEM_BACKGROUND ? WHITE : rgb(back);
    return foreRgb == backRgb ? foreRgb : UNKNOWN;
  }

  private int rgb(int icv) {
    if (icv >= 0 && icv < FIXED_COLOURS.length) {
      return FIXED_COLOURS[icv];
    }
    byte[] c = palette.getColor(icv);
    if (c == null || c.length < 3) {
      return UNKNOWN;
    }
    return (c[0] & 0xFF) << 16 | (c[1] & 0xFF) << 8 | (c[2] & 0xFF);
  }
}
