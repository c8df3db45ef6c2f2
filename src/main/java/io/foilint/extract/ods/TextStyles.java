package io.foilint.extract.ods;

import io.foilint.extract.docx.RunVisibility;
import io.foilint.extract.sheet.Rgb;
import io.foilint.model.Visibility;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The paragraph, character and cell styles of an OpenDocument text document, reduced to what
 * decides whether a run shows: hidden ({@code text:display="none"} or conditional), font colour,
 * highlight, font size, paragraph and cell shading; and the page size, for frames placed off the
 * page. Metadata-sized, so held whole. A run is judged by the Word rule ({@link
 * RunVisibility#ofColours}), so the same formatting gets the same answer in both formats.
 */
final class TextStyles {

  /** Guards parent chains against cycles. */
  private static final int MAX_CHAIN = 32;

  /** Page layouts, master pages and page styles kept by name; real decks have a few dozen. */
  private static final int MAX_NAMED = 10_000;

  /** Centimetres of an A4 page, used when the document states no page layout. */
  static final double A4_WIDTH_CM = 21.0;

  static final double A4_HEIGHT_CM = 29.7;

  /**
   * One style's own settings; nulls mean "inherit". {@code colour} is {@link #AUTOMATIC} for the
   * window colour (always readable), {@code highlight} and fills {@link Rgb#UNKNOWN} for
   * "transparent".
   */
  record Style(String parent, Integer colour, Integer highlight, Integer halfPoints, Boolean hidden,
      Integer fill) {}

  /** A font colour that follows the background (use-window-font-color): never invisible. */
  static final int AUTOMATIC = -2;

  private final Map<String, Style> paragraphStyles = new HashMap<>();
  private final Map<String, Style> textStyles = new HashMap<>();
  private final Map<String, Style> cellStyles = new HashMap<>();
  private final Map<String, Boolean> sectionHidden = new HashMap<>();
  private Style defaultParagraph = new Style(null, null, null, null, null, null);
  private double pageWidthCm = A4_WIDTH_CM;
  private double pageHeightCm = A4_HEIGHT_CM;
  private int pageFill = Rgb.UNKNOWN;
  private boolean pageLayoutSeen;
  /** Presentations: every page layout by name, which layout each master page uses, hidden slides' styles. */
  private final Map<String, double[]> layouts = new HashMap<>();
  private final Map<String, String> masterLayouts = new HashMap<>();
  private final Map<String, Boolean> hiddenPages = new HashMap<>();

  void add(String family, String name, Style style) {
    switch (family) {
      case "paragraph" -> paragraphStyles.put(name, style);
      case "text" -> textStyles.put(name, style);
      case "table-cell" -> cellStyles.put(name, style);
      default -> {}
    }
  }

  void setDefault(String family, Style style) {
    if (family.equals("paragraph")) {
      defaultParagraph = style;
    }
  }

  /** The first page layout met is the one the body pages use (LibreOffice writes it first). */
  void pageLayout(String name, Double widthCm, Double heightCm, int fill) {
    if (name != null && widthCm != null && heightCm != null && widthCm > 0 && heightCm > 0
        && layouts.size() < MAX_NAMED) {
      layouts.putIfAbsent(name, new double[] {widthCm, heightCm});
    }
    if (pageLayoutSeen) {
      return;
    }
    pageLayoutSeen = true;
    if (widthCm != null && widthCm > 0) {
      pageWidthCm = widthCm;
    }
    if (heightCm != null && heightCm > 0) {
      pageHeightCm = heightCm;
    }
    pageFill = fill;
  }

  /** A presentation's master page (style:master-page) and the page layout that sizes its slides. */
  void masterPage(String master, String layout) {
    if (master != null && layout != null && masterLayouts.size() < MAX_NAMED) {
      masterLayouts.putIfAbsent(master, layout);
    }
  }

  /**
   * Width and height in centimetres of a slide drawn on {@code master}: its master's page layout,
   * else the first layout met (the slide layout in what Impress writes), else A4.
   */
  double[] slideSize(String master) {
    double[] size = master == null ? null : layouts.get(masterLayouts.getOrDefault(master, ""));
    return size != null ? size : new double[] {pageWidthCm, pageHeightCm};
  }

  /** A drawing-page style with presentation:visibility="hidden": slides in it are hidden. */
  void addPageStyle(String name, boolean hidden) {
    if (hiddenPages.size() < MAX_NAMED) {
      hiddenPages.put(name, hidden);
    }
  }

  boolean isHiddenPage(String styleName) {
    return styleName != null && hiddenPages.getOrDefault(styleName, false);
  }

  double pageWidthCm() {
    return pageWidthCm;
  }

  double pageHeightCm() {
    return pageHeightCm;
  }

  /** A section style hiding its section (some writers state it on the style, not the element). */
  void addSectionStyle(String name, boolean hidden) {
    sectionHidden.put(name, hidden);
  }

  boolean isHiddenSection(String styleName) {
    return styleName != null && sectionHidden.getOrDefault(styleName, false);
  }

  /** The shading of a table cell style, or {@link Rgb#UNKNOWN}. */
  int cellFill(String cellStyle) {
    Integer fill = resolve(cellStyles, cellStyle, Style::fill);
    return fill == null ? Rgb.UNKNOWN : fill;
  }

  /**
   * How a run shows: its character styles (innermost first), then its paragraph's style chain,
   * then the document default; {@code areaFill} is the cell's shading behind the paragraph.
   */
  Visibility run(String paragraphStyle, List<String> spansInnermostFirst, int areaFill) {
    Boolean hidden = pick(paragraphStyle, spansInnermostFirst, Style::hidden);
    if (Boolean.TRUE.equals(hidden)) {
      return Visibility.WORD_HIDDEN_TEXT;
    }
    Integer colour = pick(paragraphStyle, spansInnermostFirst, Style::colour);
    Integer highlight = pick(paragraphStyle, spansInnermostFirst, Style::highlight);
    Integer halfPoints = pick(paragraphStyle, spansInnermostFirst, Style::halfPoints);
    Integer paragraphFill = resolve(paragraphStyles, paragraphStyle, Style::fill);
    int area = paragraphFill != null && paragraphFill != Rgb.UNKNOWN ? paragraphFill
        : areaFill != Rgb.UNKNOWN ? areaFill : pageFill;
    int font = colour == null || colour == AUTOMATIC ? Rgb.UNKNOWN : colour;
    return RunVisibility.ofColours(font, highlight == null ? Rgb.UNKNOWN : highlight, area,
        halfPoints == null ? 0 : halfPoints);
  }

  private <T> T pick(String paragraphStyle, List<String> spans,
      java.util.function.Function<Style, T> property) {
    for (String span : spans) {
      T v = resolve(textStyles, span, property);
      if (v != null) {
        return v;
      }
    }
    T v = resolve(paragraphStyles, paragraphStyle, property);
    return v != null ? v : property.apply(defaultParagraph);
  }

  private static <T> T resolve(Map<String, Style> styles, String name,
      java.util.function.Function<Style, T> property) {
    Style s = name == null ? null : styles.get(name);
    for (int i = 0; s != null && i < MAX_CHAIN; i++) {
      T v = property.apply(s);
      if (v != null) {
        return v;
      }
      s = s.parent() == null ? null : styles.get(s.parent());
    }
    return null;
  }
}
