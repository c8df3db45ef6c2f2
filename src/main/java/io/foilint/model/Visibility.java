package io.foilint.model;

/**
 * Whether a reader opening the file would see a piece of content, and if not, why not.
 *
 * <p>A value, not a boolean: detectors and reports name the reason ("on a very hidden sheet",
 * "in a pivot cache") because the fix depends on it. Extractors attach the most specific reason
 * they know; where several apply, the outermost one (sheet before row before cell) wins.
 */
public enum Visibility {
  VISIBLE("visible"),
  // sheet level
  HIDDEN_SHEET("on a hidden sheet"),
  VERY_HIDDEN_SHEET("on a very hidden sheet"),
  // row / column level
  HIDDEN_ROW("in a hidden row"),
  HIDDEN_COLUMN("in a hidden column"),
  ZERO_HEIGHT_ROW("in a row of zero height"),
  ZERO_WIDTH_COLUMN("in a column of zero width"),
  COLLAPSED_OUTLINE("in a collapsed outline group"),
  FILTERED_OUT("in a row hidden by a filter"),
  // cell level
  INVISIBLE_TEXT("in text coloured like its background"),
  BLANK_NUMBER_FORMAT("behind a number format that displays nothing"),
  FAR_OFF_CELL("far outside the area in use"),
  // parts beyond the grid
  PIVOT_CACHE("in a pivot cache"),
  EXTERNAL_LINK_CACHE("in an external-link cache"),
  CHART_CACHE("in a chart cache"),
  REVISION_LOG("in a revision log"),
  COMMENT("in a comment"),
  METADATA("in document metadata"),
  HEADER_FOOTER("in a header or footer (printed only)"),
  HIDDEN_SHAPE("in a hidden drawing shape"),
  DATA_VALIDATION("in a drop-down list definition"),
  EMBEDDED_PART("in an embedded part"),
  // other formats (PDF, Word) use these
  UNDER_BOX("under a drawn box"),
  INVISIBLE_RENDER_MODE("in invisible text (render mode 3)"),
  OUTSIDE_PAGE("outside the page"),
  EARLIER_REVISION("in an earlier revision"),
  TRACKED_DELETION("in a tracked deletion"),
  WORD_HIDDEN_TEXT("in text formatted as hidden"),
  // added for ODS (also fits xlsx merged ranges): a value kept in a cell a merge covers
  COVERED_BY_MERGE("under a merged cell"),
  // added for PDF hidden text (issue 4)
  TINY_TEXT("in text too small to read"),
  CLIPPED_AWAY("in text clipped out of view"),
  UNDER_DARK_IMAGE_AREA("in invisible text under a blacked-out area of the page image"),
  DIFFERENT_TEXT_SHOWN("in hidden text where the page shows different words"),
  // PDF optional content: drawn on a layer that is off when the file opens
  HIDDEN_LAYER("on a hidden layer"),
  // PDF form field whose widget is flagged hidden or not shown on screen
  HIDDEN_FORM_FIELD("in a hidden form field"),
  // Word: text under black (or other dark) highlighting or shading, the "redaction" that removes nothing
  DARK_HIGHLIGHT("under black highlighting or shading"),
  // presentations (pptx, ppt, odp): a slide left out of the slideshow, and a slide's speaker notes
  HIDDEN_SLIDE("on a hidden slide"),
  SPEAKER_NOTES("in speaker notes");

  private final String phrase;

  Visibility(String phrase) {
    this.phrase = phrase;
  }

  /** Words for a report, e.g. "on a hidden sheet". */
  public String phrase() {
    return phrase;
  }

  public boolean isHidden() {
    return this != VISIBLE;
  }

  /** The first hidden reason among the arguments, outermost first; VISIBLE when none is hidden. */
  public static Visibility firstHidden(Visibility... outermostFirst) {
    for (Visibility v : outermostFirst) {
      if (v != null && v != VISIBLE) {
        return v;
      }
    }
    return VISIBLE;
  }
}
