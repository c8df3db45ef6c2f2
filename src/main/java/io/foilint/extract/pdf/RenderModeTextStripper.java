package io.foilint.extract.pdf;

import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceRGBColor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.PDTextState;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * A text stripper that sorts every glyph by whether a reader can see it. Glyphs a reader sees go
 * into the page text as usual; the rest are kept apart as {@link PageGlyph}s with their box in
 * user space: outside the crop box, clipped away, drawn in the invisible render mode (3 or 7),
 * tiny (under 1 pt, or squeezed flat by horizontal scaling), painted white or fully transparent,
 * or covered by an opaque annotation. White and covered glyphs are only candidates here: {@link
 * PdfPageText} settles them after the page.
 *
 * <p>{@link TextPosition} carries neither render mode, colour nor a true glyph box, so they are
 * read from the graphics state as each glyph is shown; the box comes from the text rendering
 * matrix in {@link #showGlyph}, which PDFBox calls just before {@link #processTextPosition}.
 * Images the page draws are recorded too (their boxes), so invisible text can be tested against
 * them.
 */
final class RenderModeTextStripper extends PDFTextStripper {

  /** Below this em height or width (pt) text cannot be read at any normal zoom. */
  static final float TINY_PT = 1.0f;
  /** Horizontal scaling (Tz, per cent) below this squeezes text to a line. */
  static final float TINY_SCALING_PERCENT = 5f;
  /** Each colour component at least this bright (0..1) counts as white. */
  static final float PALE = 0.94f;

  private final List<PageGlyph> glyphs = new ArrayList<>();
  private final List<PageBox> images = new ArrayList<>();
  private List<PageBox> annotationCovers = List.of();
  private PageBox cropBox;
  private PDColor lastColour;
  private boolean lastColourPale;
  private final Map<Path2D, Rectangle2D> clipBounds = new IdentityHashMap<>();
  private final ClipTracker clipTracker = new ClipTracker(this);
  private PageBox pendingBox;
  private float pendingSize;
  private float pendingEmWidth;

  RenderModeTextStripper() {
    super();
    // Record where images land (the text stripper's own Do only walks into forms).
    addOperator(new ImageRecordingDrawObject());
    addOperator(new InlineImageRecorder());
    // The text stripper ignores colours and paths; white text and clipped text need both.
    addOperator(new SetStrokingColorSpace(this));
    addOperator(new SetNonStrokingColorSpace(this));
    addOperator(new SetStrokingColor(this));
    addOperator(new SetNonStrokingColor(this));
    addOperator(new SetStrokingColorN(this));
    addOperator(new SetNonStrokingColorN(this));
    addOperator(new SetStrokingDeviceGrayColor(this));
    addOperator(new SetNonStrokingDeviceGrayColor(this));
    addOperator(new SetStrokingDeviceRGBColor(this));
    addOperator(new SetNonStrokingDeviceRGBColor(this));
    addOperator(new SetStrokingDeviceCMYKColor(this));
    addOperator(new SetNonStrokingDeviceCMYKColor(this));
    clipTracker.register();
  }

  /**
   * Strips one page (1-based) and returns the text a reader sees; {@link #glyphs()} and {@link
   * #images()} then describe the same page.
   *
   * @param covers opaque areas annotations paint over the page, in user space
   */
  String stripPage(PDDocument doc, int page, List<PageBox> covers) throws IOException {
    glyphs.clear();
    images.clear();
    markedText.clear();
    // Not in processPage: the stripper calls that for every page of the document, and only
    // interprets those in range, so a later page would reset what this page painted.
    clipTracker.resetPaintCount();
    annotationCovers = covers;
    pendingBox = null;
    setStartPage(page);
    setEndPage(page);
    compatibility = 0;
    unknownOperators = 0;
    textObjects = 0;
    contentDamage = null;
    String text = getText(doc);
    judgeContent();
    return text;
  }

  /** Every glyph of the last page stripped, in content-stream order. */
  List<PageGlyph> glyphs() {
    return glyphs;
  }

  /** Where this pass also collects what tables are made of, or null. */
  private io.foilint.extract.pdf.tables.PageTableInput tableInput;

  /**
   * Feeds the words and path operators of each page this stripper reads to {@code input} too,
   * so tables cost no pass of their own. The caller starts the input for each page.
   */
  void collectTablesInto(io.foilint.extract.pdf.tables.PageTableInput input) {
    this.tableInput = input;
    clipTracker.alsoTo((op, operands) -> {
      if (!op.equals("W") && !op.equals("W*") && !op.equals("sh")) {
        input.pathOperator(op, operands, getGraphicsState().getCurrentTransformationMatrix());
      }
    });
  }

  @Override
  protected void writeString(String text, List<TextPosition> textPositions) throws IOException {
    if (tableInput != null) {
      tableInput.writeString(textPositions);
    }
    super.writeString(text, textPositions);
  }

  /**
   * Whether the last page painted anything that could cover text: a filled path, a shading or an
   * image (annotations aside). A page of bare text cannot hide text under a box.
   */
  boolean paintsOverText() {
    return clipTracker.paints() > 0 || !images.isEmpty();
  }

  /** Boxes of the images the last page drew. */
  List<PageBox> images() {
    return images;
  }

  /** Every operator PDF defines (ISO 32000-1, annex A); anything else is garbage or damage. */
  private static final java.util.Set<String> OPERATORS = java.util.Set.of("b", "B", "b*", "B*", "BDC",
      "BI", "BMC", "BT", "BX", "c", "cm", "CS", "cs", "d", "d0", "d1", "Do", "DP", "EI", "EMC", "ET",
      "EX", "f", "F", "f*", "G", "g", "gs", "h", "i", "ID", "j", "J", "K", "k", "l", "m", "M", "MP",
      "n", "q", "Q", "re", "RG", "rg", "ri", "s", "S", "SC", "sc", "SCN", "scn", "sh", "T*", "Tc",
      "Td", "TD", "Tf", "Tj", "TJ", "TL", "Tm", "Tr", "Ts", "Tw", "Tz", "v", "w", "W", "W*", "y", "'",
      "\"");

  private int compatibility;
  private int unknownOperators;
  private String firstUnknown;
  private int textObjects;
  private String contentDamage;

  /**
   * What was wrong with the last page's content, or null: PDFBox's lenient parser reads garbage
   * as operators it then ignores, and drops operands left at the end of a stream cut short, so
   * text after the damage goes unseen without an error.
   */
  String contentDamage() {
    return contentDamage;
  }

  @Override
  protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
    String name = operator.getName();
    if (name.equals("BX")) {
      compatibility++;
    } else if (name.equals("EX")) {
      compatibility = Math.max(0, compatibility - 1);
    } else if (name.equals("BT")) {
      textObjects++;
    } else if (name.equals("ET")) {
      textObjects = Math.max(0, textObjects - 1);
    } else if (compatibility == 0 && !OPERATORS.contains(name)) {
      if (unknownOperators++ == 0) {
        firstUnknown = name;
      }
    }
    super.processOperator(operator, operands);
  }

  /** Judges the operators of the page just read (called after each page's text). */
  private void judgeContent() {
    if (unknownOperators > 0) {
      String shown = firstUnknown.length() > 12 ? firstUnknown.substring(0, 12) + "…" : firstUnknown;
      contentDamage = unknownOperators + " instruction" + (unknownOperators == 1 ? "" : "s")
          + " that PDF does not define (the first: \"" + shown.replaceAll("[^\\x20-\\x7e…]", "?")
          + "\"), so part of the page could not be read";
    } else if (textObjects > 0) {
      contentDamage = "its text ends in the middle of a text object, as if cut short";
    }
  }

  @Override
  public void processPage(PDPage page) throws IOException {
    cropBox = PageBox.of(page.getCropBox());
    clipBounds.clear();
    layerStack.clear();
    offDepth = 0;
    super.processPage(page);
  }

  @Override
  protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
      throws IOException {
    // The em square of this glyph in user space. The text rendering matrix maps text space, where
    // one unit is one em, for all but Type 3 fonts, whose own font matrix says how big an em is.
    float unitsPerEm = 1;
    if (font instanceof PDType3Font) {
      unitsPerEm = Math.abs(font.getFontMatrix().getScaleY()) * 1000f;
      if (!Float.isFinite(unitsPerEm) || unitsPerEm <= 0) {
        unitsPerEm = 1;
      }
    }
    float[] vertical = verticalExtent(font);
    float advance = font.isVertical() ? font.getWidth(code) / 1000f : displacement.getX();
    if (!Float.isFinite(advance) || advance <= 0) {
      advance = 0.5f;
    }
    pendingBox = PageBox.spanning(textRenderingMatrix, 0, vertical[0] * unitsPerEm,
        advance * unitsPerEm, vertical[1] * unitsPerEm);
    pendingSize = Math.abs(textRenderingMatrix.getScalingFactorY()) * unitsPerEm;
    pendingEmWidth = Math.abs(textRenderingMatrix.getScalingFactorX()) * unitsPerEm;
    super.showGlyph(textRenderingMatrix, font, code, displacement);
    pendingBox = null;
  }

  /** Descent and ascent of the font as a share of the em, within sane bounds. */
  private static float[] verticalExtent(PDFont font) {
    PDFontDescriptor d = font.getFontDescriptor();
    float descent = -0.2f;
    float ascent = 0.75f;
    if (d != null) {
      float a = d.getAscent() / 1000f;
      float de = d.getDescent() / 1000f;
      if (a > 0.3f && a < 1.3f) {
        ascent = a;
      }
      if (de < 0 && de > -0.6f) {
        descent = de;
      }
    }
    return new float[] {descent, ascent};
  }

  // ---- optional content: text on a layer that is off belongs to the hidden-layer check ----

  private static final org.apache.pdfbox.cos.COSName OC = org.apache.pdfbox.cos.COSName.getPDFName("OC");
  private static final org.apache.pdfbox.cos.COSName ALT = org.apache.pdfbox.cos.COSName.getPDFName("Alt");

  /** {@code /ActualText} and {@code /Alt} of the last page's marked content: kind, then text. */
  private final List<String[]> markedText = new ArrayList<>();

  private void markedText(String kind, String text) {
    if (text != null && !text.isBlank()) {
      markedText.add(new String[] {kind, text.strip()});
    }
  }

  /**
   * The replacement and alternative text the last page's marked content carries, in order, as
   * {kind ("ActualText" or "Alt"), text} pairs: what copying or a screen reader gives instead of
   * the glyphs drawn.
   */
  List<String[]> markedText() {
    return markedText;
  }

  /** Names the off layer an /OC value puts content on, or null; null when no layer is off. */
  private java.util.function.Function<org.apache.pdfbox.cos.COSBase, String> offLayer;

  /** One entry per open marked-content sequence or form: whether it put content on an off layer. */
  private final java.util.Deque<Boolean> layerStack = new java.util.ArrayDeque<>();
  private int offDepth;

  /**
   * Text on layers that are off when the file opens is left out of this stripper's output, both
   * the visible text and the hidden classes: the reader does not see it, and {@link
   * PdfOptionalContent} reports it as hidden-layer text.
   */
  void skipOffLayers(java.util.function.Function<org.apache.pdfbox.cos.COSBase, String> offLayer) {
    this.offLayer = offLayer;
  }

  @Override
  public void beginMarkedContentSequence(
      org.apache.pdfbox.cos.COSName tag, org.apache.pdfbox.cos.COSDictionary properties) {
    boolean off = offLayer != null && OC.equals(tag) && properties != null
        && offLayer.apply(properties) != null;
    if (properties != null) {
      markedText("ActualText", properties.getString(org.apache.pdfbox.cos.COSName.ACTUAL_TEXT));
      markedText("Alt", properties.getString(ALT));
    }
    layerStack.push(off);
    if (off) {
      offDepth++;
    }
    super.beginMarkedContentSequence(tag, properties);
  }

  @Override
  public void endMarkedContentSequence() {
    if (!layerStack.isEmpty() && layerStack.pop()) {
      offDepth--;
    }
    super.endMarkedContentSequence();
  }

  @Override
  public void showForm(org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form) throws IOException {
    boolean off = offLayer != null
        && offLayer.apply(form.getCOSObject().getDictionaryObject(OC)) != null;
    if (off) {
      return; // a form on an off layer draws nothing a reader sees
    }
    super.showForm(form);
  }

  @Override
  protected void processTextPosition(TextPosition text) {
    if (offDepth > 0) {
      return;
    }
    if (pendingBox == null) {
      super.processTextPosition(text);
      return;
    }
    GlyphClass c = classify(pendingBox, pendingSize, pendingEmWidth);
    glyphs.add(new PageGlyph(text.getUnicode(), pendingBox, pendingSize, text.getWidthOfSpace(), c));
    if (c == GlyphClass.VISIBLE) {
      super.processTextPosition(text);
    }
  }

  /** Outermost reason first: off the page, clipped, never painted, too small, too pale, covered. */
  private GlyphClass classify(PageBox box, float sizePt, float emWidthPt) {
    float cx = box.centreX();
    float cy = box.centreY();
    if (!cropBox.contains(cx, cy)) {
      return GlyphClass.OUTSIDE_CROP_BOX;
    }
    PDGraphicsState gs = getGraphicsState();
    if (clippedAway(gs, cx, cy)) {
      return GlyphClass.CLIPPED;
    }
    PDTextState ts = gs.getTextState();
    RenderingMode mode = ts.getRenderingMode();
    if (mode == RenderingMode.NEITHER || mode == RenderingMode.NEITHER_CLIP) {
      return GlyphClass.INVISIBLE_MODE;
    }
    if (sizePt < TINY_PT || emWidthPt < TINY_PT
        || Math.abs(ts.getHorizontalScaling()) < TINY_SCALING_PERCENT) {
      return GlyphClass.TINY;
    }
    if (pale(gs, mode)) {
      return GlyphClass.PALE_CANDIDATE;
    }
    if (!annotationCovers.isEmpty() && coveredShare(box, annotationCovers) >= 0.8f) {
      return GlyphClass.ANNOTATION_COVERED;
    }
    return GlyphClass.VISIBLE;
  }

  /**
   * The share of a glyph box that some cover hides, sampled on a 5x3 grid so that two covers
   * meeting under one glyph count together.
   */
  static float coveredShare(PageBox box, List<PageBox> covers) {
    int hit = 0;
    for (int i = 0; i < 5; i++) {
      float x = box.x0() + box.width() * (i + 0.5f) / 5;
      for (int j = 0; j < 3; j++) {
        float y = box.y0() + box.height() * (j + 0.5f) / 3;
        for (PageBox c : covers) {
          if (c.contains(x, y)) {
            hit++;
            break;
          }
        }
      }
    }
    return hit / 15f;
  }

  /**
   * Outside any of the clipping paths in force (the clip is their intersection). Each path is
   * tested on its own so the costly intersected area is never built.
   */
  private boolean clippedAway(PDGraphicsState gs, float x, float y) {
    for (Path2D path : gs.getCurrentClippingPaths()) {
      // Bounds walk the whole path: worked out once per clipping path, not once per glyph.
      Rectangle2D bounds = clipBounds.computeIfAbsent(path, Path2D::getBounds2D);
      if (!bounds.contains(x, y) || !path.contains(x, y)) {
        return true;
      }
    }
    return false;
  }

  /** Painted white (or near it) or fully transparent in every way the render mode paints. */
  private boolean pale(PDGraphicsState gs, RenderingMode mode) {
    boolean fills = mode.isFill();
    boolean strokes = mode.isStroke();
    boolean fillHidden = !fills || paleOrClear(gs.getNonStrokingColor(), gs.getNonStrokeAlphaConstant());
    boolean strokeHidden = !strokes || paleOrClear(gs.getStrokingColor(), gs.getAlphaConstant());
    return fillHidden && strokeHidden;
  }

  private boolean paleOrClear(PDColor colour, double alpha) {
    if (alpha < 0.02) {
      return true;
    }
    // A colour is set once and painted with many glyphs; converting it (ICC profiles) is not free.
    if (colour == lastColour) {
      return lastColourPale;
    }
    lastColour = colour;
    lastColourPale = pale(colour);
    return lastColourPale;
  }

  private static boolean pale(PDColor colour) {
    if (colour == null || colour.isPattern() || colour.getColorSpace() == null) {
      return false;
    }
    try {
      float[] rgb = colour.getColorSpace().toRGB(colour.getComponents());
      for (float c : rgb) {
        if (c < PALE) {
          return false;
        }
      }
      return rgb.length > 0;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private void recordImage() {
    images.add(PageBox.unitSquare(getGraphicsState().getCurrentTransformationMatrix()));
  }

  /** The usual Do (forms are walked into), plus the box of every image XObject drawn. */
  private final class ImageRecordingDrawObject extends OperatorProcessor {
    private final DrawObject delegate;

    ImageRecordingDrawObject() {
      super(RenderModeTextStripper.this);
      delegate = new DrawObject(RenderModeTextStripper.this);
    }

    @Override
    public void process(Operator operator, List<COSBase> operands) throws IOException {
      if (!operands.isEmpty() && operands.get(0) instanceof COSName name) {
        PDResources resources = getContext().getResources();
        if (resources != null && resources.isImageXObject(name)) {
          recordImage();
          return;
        }
      }
      delegate.process(operator, operands);
    }

    @Override
    public String getName() {
      return delegate.getName();
    }
  }

  /** Inline images (BI ... ID ... EI) land in the unit square too. */
  private final class InlineImageRecorder extends OperatorProcessor {
    InlineImageRecorder() {
      super(RenderModeTextStripper.this);
    }

    @Override
    public void process(Operator operator, List<COSBase> operands) {
      recordImage();
    }

    @Override
    public String getName() {
      return "BI";
    }
  }

}
