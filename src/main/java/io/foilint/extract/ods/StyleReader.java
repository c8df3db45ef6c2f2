package io.foilint.extract.ods;

import io.foilint.extract.ExtractionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads office:styles or office:automatic-styles into {@link OdfStyles}: only the properties
 * that decide visibility are kept.
 */
final class StyleReader {

  /** Data-style children that print nothing by themselves. */
  private static final Set<String> SILENT_DATA_CHILDREN = Set.of("text", "fill-character");

  private final OdfXml x;
  private final OdfStyles styles;

  StyleReader(OdfXml x, OdfStyles styles) {
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
      } else if (x.inNamespace(Odf.NUMBER) && x.localName().endsWith("-style")) {
        readDataStyle();
      } else {
        x.skipElement();
      }
    }
  }

  private void readStyle(boolean isDefault) throws ExtractionException {
    String name = x.attr(Odf.STYLE, "name");
    String family = x.attr(Odf.STYLE, "family", "");
    String parent = x.attr(Odf.STYLE, "parent-style-name");
    String dataStyle = x.attr(Odf.STYLE, "data-style-name");
    String color = null;
    String background = null;
    boolean hiddenTable = false;
    boolean zeroHeight = false;
    boolean zeroWidth = false;
    while (x.nextChild()) {
      if (x.is(Odf.STYLE, "text-properties")) {
        // "use window font colour" is the automatic colour, which always contrasts.
        if (!"true".equals(x.attr(Odf.STYLE, "use-window-font-color"))) {
          color = x.attr(Odf.FO, "color");
        }
      } else if (x.is(Odf.STYLE, "table-cell-properties")) {
        background = x.attr(Odf.FO, "background-color");
      } else if (x.is(Odf.STYLE, "table-properties")) {
        hiddenTable = "false".equals(x.attr(Odf.TABLE, "display"));
      } else if (x.is(Odf.STYLE, "table-row-properties")) {
        zeroHeight = isZeroLength(x.attr(Odf.STYLE, "row-height"));
      } else if (x.is(Odf.STYLE, "table-column-properties")) {
        zeroWidth = isZeroLength(x.attr(Odf.STYLE, "column-width"));
      }
      x.skipElement();
    }
    switch (family) {
      case "table-cell" -> {
        OdfStyles.CellStyle style = new OdfStyles.CellStyle(parent, color, background, dataStyle);
        if (isDefault) {
          styles.setDefaultCellStyle(style);
        } else if (name != null) {
          styles.addCellStyle(name, style);
        }
      }
      case "table" -> {
        if (name != null) {
          styles.addTableStyle(name, hiddenTable);
        }
      }
      case "table-row" -> {
        if (name != null) {
          styles.addRowStyle(name, zeroHeight);
        }
      }
      case "table-column" -> {
        if (name != null) {
          styles.addColumnStyle(name, zeroWidth);
        }
      }
      default -> {}
    }
  }

  private void readDataStyle() throws ExtractionException {
    String name = x.attr(Odf.STYLE, "name");
    boolean prints = false;
    List<String> maps = new ArrayList<>();
    while (x.nextChild()) {
      if (x.is(Odf.STYLE, "map")) {
        String target = x.attr(Odf.STYLE, "apply-style-name");
        if (target != null) {
          maps.add(target);
        }
        x.skipElement();
      } else if (x.is(Odf.STYLE, "text-properties")) {
        x.skipElement();
      } else if (x.inNamespace(Odf.NUMBER) && SILENT_DATA_CHILDREN.contains(x.localName())) {
        prints |= !x.text().isBlank();
      } else {
        prints = true;
        x.skipElement();
      }
    }
    if (name != null) {
      styles.addDataStyle(name, OdfStyles.dataStyle(prints, maps));
    }
  }

  private static boolean isZeroLength(String length) {
    if (length == null) {
      return false;
    }
    String number = length.trim().replaceAll("[a-zA-Z%]+$", "");
    try {
      return Double.parseDouble(number) == 0.0;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
