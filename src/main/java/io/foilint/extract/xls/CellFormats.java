package io.foilint.extract.xls;

import io.foilint.extract.sheet.BlankNumberFormat;
import io.foilint.extract.sheet.Rgb;
import io.foilint.extract.sheet.TextContrast;
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
 * style make its value invisible? Text coloured like the fill ({@link TextContrast}) or a format
 * that shows nothing ({@link BlankNumberFormat}), judged by the rules every reader shares.
 */
final class CellFormats {

  /** Font colour index meaning "automatic" (window text, black). */
  private static final int AUTOMATIC_FONT = 0x7FFF;

  private final List<FontRecord> fonts = new ArrayList<>();
  private final List<ExtendedFormatRecord> xfs = new ArrayList<>();
  /** Custom FORMAT codes by index; built-in formats (below 164) never hide a value. */
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
    customFormats.put(format.getIndexCode(), BlankNumberFormat.of(format.getFormatString()));
  }

  void setPalette(PaletteRecord record) {
    palette = record;
    invisibleTextByXf = new Boolean[0];
  }

  /**
   * INVISIBLE_TEXT, BLANK_NUMBER_FORMAT or VISIBLE for a value in a cell with style {@code xf};
   * {@code text} for strings, false for numbers, booleans and errors.
   */
  Visibility of(int xf, boolean text) {
    if (invisibleText(xf)) {
      return Visibility.INVISIBLE_TEXT;
    }
    return format(xf).hides(text) ? Visibility.BLANK_NUMBER_FORMAT : Visibility.VISIBLE;
  }

  private BlankNumberFormat format(int xfIndex) {
    if (xfIndex < 0 || xfIndex >= xfs.size()) {
      return BlankNumberFormat.SHOWS_ALL;
    }
    return customFormats.getOrDefault((int) xfs.get(xfIndex).getFormatIndex(), BlankNumberFormat.SHOWS_ALL);
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
    int fontRgb = fontIcv == AUTOMATIC_FONT ? Rgb.BLACK : rgb(fontIcv);
    return TextContrast.invisible(fontRgb, background(xf));
  }

  /** The colour behind the text: white without a fill; -1 when a pattern mixes two colours. */
  private int background(ExtendedFormatRecord xf) {
    int pattern = xf.getAdtlFillPattern();
    if (pattern == 0) {
      return Rgb.WHITE;
    }
    int foreRgb = rgb(xf.getFillForeground() & 0x7F);
    if (pattern == 1) {
      return foreRgb;
    }
    // A patterned fill mixes both colours; only when they match is the background one colour.
    int backRgb = rgb(xf.getFillBackground() & 0x7F);
    return foreRgb == backRgb ? foreRgb : Rgb.UNKNOWN;
  }

  /** A palette index as RGB: 8-63 from the workbook's PALETTE (or the default one), the rest fixed. */
  private int rgb(int icv) {
    if (icv >= 8 && icv < Rgb.SYSTEM_FOREGROUND) {
      byte[] c = palette.getColor(icv);
      if (c != null && c.length >= 3) {
        return Rgb.of(c[0], c[1], c[2]);
      }
    }
    return Rgb.defaultIndexed(icv);
  }
}
