package io.foilint.extract.ods;

import io.foilint.extract.sheet.BlankNumberFormat;
import io.foilint.extract.sheet.Rgb;
import io.foilint.extract.sheet.TextContrast;
import io.foilint.model.Visibility;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The styles that decide whether content shows: table styles (hidden sheets), row and column
 * styles (zero height/width), cell styles (text coloured like its background, number formats
 * that display nothing). Metadata-sized, so held whole.
 */
final class OdfStyles {

  /** Guards parent and style:map chains against cycles. */
  private static final int MAX_CHAIN = 32;

  /** A cell style's own settings; nulls mean "inherit from the parent". */
  record CellStyle(String parent, String color, String background, String dataStyle) {}

  /** A number/date/text style: whether it prints anything itself, and the styles it maps to. */
  record DataStyle(boolean printsSomething, List<String> mapTargets) {}

  private final Map<String, CellStyle> cellStyles = new HashMap<>();
  private CellStyle defaultCellStyle = new CellStyle(null, null, null, null);
  private final Map<String, Boolean> tableHidden = new HashMap<>();
  private final Map<String, Boolean> rowZeroHeight = new HashMap<>();
  private final Map<String, Boolean> columnZeroWidth = new HashMap<>();
  private final Map<String, DataStyle> dataStyles = new HashMap<>();
  private final Map<String, Visibility> cellVisibilityCache = new HashMap<>();

  void addCellStyle(String name, CellStyle style) {
    cellStyles.put(name, style);
    cellVisibilityCache.clear();
  }

  void setDefaultCellStyle(CellStyle style) {
    defaultCellStyle = style;
    cellVisibilityCache.clear();
  }

  void addTableStyle(String name, boolean hidden) {
    tableHidden.put(name, hidden);
  }

  void addRowStyle(String name, boolean zeroHeight) {
    rowZeroHeight.put(name, zeroHeight);
  }

  void addColumnStyle(String name, boolean zeroWidth) {
    columnZeroWidth.put(name, zeroWidth);
  }

  void addDataStyle(String name, DataStyle style) {
    dataStyles.put(name, style);
    cellVisibilityCache.clear();
  }

  boolean isHiddenTable(String styleName) {
    return styleName != null && tableHidden.getOrDefault(styleName, false);
  }

  boolean isZeroHeightRow(String styleName) {
    return styleName != null && rowZeroHeight.getOrDefault(styleName, false);
  }

  boolean isZeroWidthColumn(String styleName) {
    return styleName != null && columnZeroWidth.getOrDefault(styleName, false);
  }

  /** INVISIBLE_TEXT, BLANK_NUMBER_FORMAT or VISIBLE for a cell drawn with this style. */
  Visibility cellVisibility(String styleName) {
    String key = styleName == null ? "" : styleName;
    Visibility cached = cellVisibilityCache.get(key);
    if (cached == null) {
      cached = computeCellVisibility(styleName);
      cellVisibilityCache.put(key, cached);
    }
    return cached;
  }

  private Visibility computeCellVisibility(String styleName) {
    String color = null;
    String background = null;
    String dataStyle = null;
    CellStyle s = styleName == null ? null : cellStyles.get(styleName);
    for (int i = 0; s != null && i < MAX_CHAIN; i++) {
      color = color == null ? s.color() : color;
      background = background == null ? s.background() : background;
      dataStyle = dataStyle == null ? s.dataStyle() : dataStyle;
      s = s.parent() == null ? null : cellStyles.get(s.parent());
    }
    color = color == null ? defaultCellStyle.color() : color;
    background = background == null ? defaultCellStyle.background() : background;
    dataStyle = dataStyle == null ? defaultCellStyle.dataStyle() : dataStyle;
    // no fo:color is the automatic colour, which always contrasts with the background
    if (color != null && TextContrast.invisible(Rgb.parseHex(color), backgroundRgb(background))) {
      return Visibility.INVISIBLE_TEXT;
    }
    if (dataStyle != null) {
      List<Boolean> sections = new ArrayList<>();
      collectSections(dataStyle, 0, sections);
      if (BlankNumberFormat.hidesNumbers(sections)) {
        return Visibility.BLANK_NUMBER_FORMAT;
      }
    }
    return Visibility.VISIBLE;
  }

  /**
   * A data style and the styles its {@code style:map} conditions apply are the sections of one
   * format (as {@code ;} separates them in Excel): whether each prints anything. A style that is
   * missing, or a chain too deep, counts as printing something.
   */
  private void collectSections(String dataStyleName, int depth, List<Boolean> blank) {
    DataStyle d = dataStyles.get(dataStyleName);
    if (d == null || depth > MAX_CHAIN) {
      blank.add(false);
      return;
    }
    blank.add(!d.printsSomething());
    for (String target : d.mapTargets()) {
      collectSections(target, depth + 1, blank);
    }
  }

  /** No background (or transparent) means the white page shows through. */
  private static int backgroundRgb(String background) {
    if (background == null || background.isBlank()
        || background.trim().equalsIgnoreCase("transparent")) {
      return Rgb.WHITE;
    }
    return Rgb.parseHex(background);
  }

  static DataStyle dataStyle(boolean printsSomething, List<String> mapTargets) {
    return new DataStyle(printsSomething, new ArrayList<>(mapTargets));
  }
}
