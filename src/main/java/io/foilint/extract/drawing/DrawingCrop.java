package io.foilint.extract.drawing;

import io.foilint.extract.ExtractionException;
import io.foilint.extract.xlsx.XlsxXmlReader;
import io.foilint.model.Fact;
import io.foilint.model.FactKind;
import io.foilint.model.Location;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How a DrawingML picture is cropped: the {@code a:srcRect} of its {@code blipFill} (Word
 * {@code pic:blipFill}, sheet drawings and slides {@code xdr:blipFill}/{@code p:blipFill}) gives
 * the share of the picture cut off each side, while the picture part ({@code a:blip r:embed})
 * still holds the whole of it. One reader for every format that draws pictures with DrawingML.
 *
 * <p>Sides are in thousandths of a percent, as the file writes them ({@code l="25000"} is 25 %;
 * Strict OOXML writes {@code "25%"}). A negative side pads the picture rather than cutting it,
 * and counts as no crop.
 *
 * @param embed the relationship id of the picture part ({@code r:embed}), or empty
 * @param left share cut off the left side, in thousandths of a percent (0 when none)
 */
public record DrawingCrop(String embed, int left, int top, int right, int bottom) {

  private static final DrawingCrop NONE = new DrawingCrop("", 0, 0, 0, 0);

  /**
   * Reads a {@code blipFill} element: {@code xml} is on its start tag and is left on its end tag.
   * Never throws for odd values: a side that is no number counts as uncropped.
   */
  public static DrawingCrop read(XlsxXmlReader xml) throws ExtractionException {
    String embed = "";
    DrawingCrop crop = NONE;
    int depth = 1;
    while (depth > 0 && xml.next()) {
      if (xml.isStart()) {
        depth++;
        switch (xml.local()) {
          case "blip" -> embed = xml.relAttr("embed");
          case "srcRect" ->
              crop = sides(xml.attr("l"), xml.attr("t"), xml.attr("r"), xml.attr("b"));
          default -> {}
        }
      } else if (xml.isEnd()) {
        depth--;
      }
    }
    return new DrawingCrop(embed, crop.left, crop.top, crop.right, crop.bottom);
  }

  /** The crop of an {@code a:srcRect}'s four side attributes. */
  private static DrawingCrop sides(String l, String t, String r, String b) {
    return new DrawingCrop("", side(l), side(t), side(r), side(b));
  }

  /** Whether any side is cut off. */
  public boolean isCropped() {
    return left > 0 || top > 0 || right > 0 || bottom > 0;
  }

  /** "left 25%, bottom 12.5%": the sides cut off, in words. */
  public String describe() {
    List<String> sides = new ArrayList<>();
    add(sides, "left", left);
    add(sides, "top", top);
    add(sides, "right", right);
    add(sides, "bottom", bottom);
    return String.join(", ", sides) + " cut off";
  }

  /**
   * The crop as a {@link FactKind#CROPPED_IMAGE} fact at {@code where}, naming the picture
   * ({@code name}, e.g. the drawing's "Picture 3") and, when known, its part ({@code target}).
   */
  public Fact toFact(Location where, String name, String target) {
    Map<String, String> attrs = new LinkedHashMap<>();
    attrs.put("left", percent(left));
    attrs.put("top", percent(top));
    attrs.put("right", percent(right));
    attrs.put("bottom", percent(bottom));
    if (target != null && !target.isEmpty()) {
      attrs.put("target", target);
    }
    return new Fact(FactKind.CROPPED_IMAGE, where, name == null ? "" : name, describe(), attrs);
  }

  private static void add(List<String> sides, String name, int value) {
    if (value > 0) {
      sides.add(name + " " + percent(value) + "%");
    }
  }

  /** 25000 → "25", 12500 → "12.5". */
  static String percent(int thousandths) {
    if (thousandths % 1000 == 0) {
      return Integer.toString(thousandths / 1000);
    }
    return String.format(Locale.ROOT, "%.1f", thousandths / 1000.0);
  }

  /** A side as thousandths of a percent, at most the whole picture; 0 when absent or odd. */
  static int side(String value) {
    String v = value == null ? "" : value.strip();
    if (v.isEmpty()) {
      return 0;
    }
    try {
      double thousandths = v.endsWith("%")
          ? Double.parseDouble(v.substring(0, v.length() - 1)) * 1000
          : Double.parseDouble(v);
      if (!(thousandths > 0)) {
        return 0; // negative pads the picture; NaN is no value
      }
      return (int) Math.min(100_000, Math.round(thousandths));
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
