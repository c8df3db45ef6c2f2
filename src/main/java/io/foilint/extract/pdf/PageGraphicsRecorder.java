package io.foilint.extract.pdf;

import java.awt.geom.AffineTransform;
import java.awt.geom.GeneralPath;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * One pass over a page's content (form XObjects included) that records, in paint order, every
 * glyph shown with its ink box and colour, and every opaque area painted: each rectangle of a
 * fill separately (so one path of several redaction bars does not cover the lines between
 * them), other filled paths, opaque images and shadings, each with the clip in force.
 *
 * <p>It draws nothing; {@link CoveredTextFinder} decides what the records mean.
 */
final class PageGraphicsRecorder extends PDFGraphicsStreamEngine {

  /**
   * Images this large are page scans, and the text under them an OCR layer that repeats the
   * pixels; as in x-ray's open PR for text under images, they are not counted as covers.
   */
  private static final double SCAN_SHARE_OF_PAGE = 0.5;

  private final GlyphInkBounds inkBounds;
  private final double pageArea;
  private final List<GlyphBox> glyphs = new ArrayList<>();
  private final List<FilledArea> areas = new ArrayList<>();
  private int order;

  // The path under construction, with the bounds of each of its subpaths.
  private final GeneralPath path = new GeneralPath();
  private final List<Rectangle2D> subpaths = new ArrayList<>();
  private Rectangle2D openSubpath;
  private boolean onlyAxisAlignedRectangles = true;
  private int pendingClipRule = -1;

  // Clip bounds cached until the clip changes (computing them walks every clip path).
  private List<Path2D> clipKey;
  private int clipKeySize;
  private Rectangle2D clipBounds;

  PageGraphicsRecorder(PDPage page, GlyphInkBounds inkBounds) {
    super(page);
    this.inkBounds = inkBounds;
    PDRectangle crop = page.getCropBox();
    this.pageArea = Math.abs((double) crop.getWidth() * crop.getHeight());
  }

  /** Reads the page once. */
  void record() throws IOException {
    processPage(getPage());
  }

  List<GlyphBox> glyphs() {
    return glyphs;
  }

  List<FilledArea> areas() {
    return areas;
  }

  // ---- text ----

  @Override
  protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
      throws IOException {
    PDGraphicsState state = getGraphicsState();
    RenderingMode mode = state.getTextState().getRenderingMode();
    if (!mode.isFill() && !mode.isStroke()) {
      // Invisible (render mode 3 or 7) text is another check's business: nothing covers it.
      return;
    }
    Rectangle2D ink = inkBounds.of(font, code);
    AffineTransform toPage = textRenderingMatrix.createAffineTransform();
    if (ink.isEmpty()) {
      // A space: its advance box, so words under one box keep their gaps.
      ink = new Rectangle2D.Double(0, 0, Math.max(displacement.getX(), 0.25), 0.5);
    } else {
      toPage.concatenate(font.getFontMatrix().createAffineTransform());
    }
    Rectangle2D box = transformedBounds(toPage, ink);
    String unicode = font.toUnicode(code);
    PDColor colour = mode.isFill() ? state.getNonStrokingColor() : state.getStrokingColor();
    double size = Math.abs(textRenderingMatrix.getScalingFactorY());
    glyphs.add(
        new GlyphBox(
            order++, box, clip(), unicode == null ? "\uFFFD" : unicode, rgb(colour), size));
  }

  /**
   * The bounds of a rectangle after a transform, from its four corners: the same result as
   * {@code createTransformedShape(r).getBounds2D()} without building a path for every glyph.
   */
  static Rectangle2D transformedBounds(AffineTransform t, Rectangle2D r) {
    double[] corners = {
      r.getMinX(), r.getMinY(), r.getMaxX(), r.getMinY(),
      r.getMaxX(), r.getMaxY(), r.getMinX(), r.getMaxY()
    };
    t.transform(corners, 0, corners, 0, 4);
    double minX = Math.min(Math.min(corners[0], corners[2]), Math.min(corners[4], corners[6]));
    double maxX = Math.max(Math.max(corners[0], corners[2]), Math.max(corners[4], corners[6]));
    double minY = Math.min(Math.min(corners[1], corners[3]), Math.min(corners[5], corners[7]));
    double maxY = Math.max(Math.max(corners[1], corners[3]), Math.max(corners[5], corners[7]));
    return new Rectangle2D.Double(minX, minY, maxX - minX, maxY - minY);
  }

  /**
   * A Type 3 glyph is recorded like any other, but its drawing procedure is not run: its fills
   * are the glyph's own ink and would otherwise count as boxes painted over it.
   */
  @Override
  protected void showType3Glyph(
      Matrix textRenderingMatrix, PDType3Font font, int code, Vector displacement)
      throws IOException {
    showGlyph(textRenderingMatrix, font, code, displacement);
  }

  // ---- paths ----

  @Override
  public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
    closeSubpath();
    path.moveTo(p0.getX(), p0.getY());
    path.lineTo(p1.getX(), p1.getY());
    path.lineTo(p2.getX(), p2.getY());
    path.lineTo(p3.getX(), p3.getY());
    path.closePath();
    boolean axisAligned =
        (p0.getY() == p1.getY() && p1.getX() == p2.getX())
            || (p0.getX() == p1.getX() && p1.getY() == p2.getY());
    onlyAxisAlignedRectangles &= axisAligned;
    Rectangle2D r = new Rectangle2D.Double(p0.getX(), p0.getY(), 0, 0);
    r.add(p1);
    r.add(p2);
    r.add(p3);
    subpaths.add(r);
  }

  @Override
  public void moveTo(float x, float y) {
    closeSubpath();
    path.moveTo(x, y);
    openSubpath = new Rectangle2D.Double(x, y, 0, 0);
  }

  @Override
  public void lineTo(float x, float y) {
    extendSubpath(x, y);
    path.lineTo(x, y);
  }

  @Override
  public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
    extendSubpath(x1, y1);
    extendSubpath(x2, y2);
    extendSubpath(x3, y3);
    path.curveTo(x1, y1, x2, y2, x3, y3);
  }

  private void extendSubpath(float x, float y) {
    onlyAxisAlignedRectangles = false;
    if (openSubpath == null) {
      Point2D from = path.getCurrentPoint();
      openSubpath =
          from == null
              ? new Rectangle2D.Double(x, y, 0, 0)
              : new Rectangle2D.Double(from.getX(), from.getY(), 0, 0);
      if (from == null) {
        path.moveTo(x, y);
      }
    }
    openSubpath.add(x, y);
  }

  private void closeSubpath() {
    if (openSubpath != null) {
      subpaths.add(openSubpath);
      openSubpath = null;
    }
  }

  @Override
  public Point2D getCurrentPoint() {
    return path.getCurrentPoint();
  }

  @Override
  public void closePath() {
    if (path.getCurrentPoint() != null) {
      path.closePath();
    }
  }

  @Override
  public void clip(int windingRule) {
    // The clip takes effect when the path is painted or ended (PDF 32000-1, 8.5.4).
    pendingClipRule = windingRule;
  }

  @Override
  public void endPath() {
    finishPath();
  }

  @Override
  public void strokePath() {
    // Strokes are lines (rules, borders, underlines), not boxes.
    finishPath();
  }

  @Override
  public void fillPath(int windingRule) {
    recordFill(windingRule);
    finishPath();
  }

  @Override
  public void fillAndStrokePath(int windingRule) {
    recordFill(windingRule);
    finishPath();
  }

  private void recordFill(int windingRule) {
    closeSubpath();
    PDGraphicsState state = getGraphicsState();
    if (subpaths.isEmpty() || state.getNonStrokeAlphaConstant() < 1) {
      return;
    }
    boolean single = subpaths.size() == 1 && onlyAxisAlignedRectangles;
    GeneralPath shape = null;
    if (!single) {
      shape = (GeneralPath) path.clone();
      shape.setWindingRule(windingRule);
    }
    FilledArea.Kind kind =
        onlyAxisAlignedRectangles ? FilledArea.Kind.RECTANGLE : FilledArea.Kind.PATH;
    int colour = rgb(state.getNonStrokingColor());
    Rectangle2D clip = clip();
    int paintedAt = order++;
    for (Rectangle2D r : subpaths) {
      areas.add(new FilledArea(paintedAt, kind, r, shape, clip, colour));
    }
  }

  private void finishPath() {
    if (pendingClipRule >= 0) {
      GeneralPath clipPath = (GeneralPath) path.clone();
      clipPath.setWindingRule(pendingClipRule);
      getGraphicsState().intersectClippingPath(clipPath);
      pendingClipRule = -1;
    }
    path.reset();
    subpaths.clear();
    openSubpath = null;
    onlyAxisAlignedRectangles = true;
  }

  // ---- images and shadings ----

  @Override
  public void drawImage(PDImage image) throws IOException {
    PDGraphicsState state = getGraphicsState();
    if (state.getNonStrokeAlphaConstant() < 1 || state.getSoftMask() != null) {
      return;
    }
    if (image instanceof PDImageXObject x
        && (x.getSoftMask() != null || x.getMask() != null || x.getColorKeyMask() != null)) {
      // Masked images let what is under them show through.
      return;
    }
    Matrix ctm = state.getCurrentTransformationMatrix();
    Rectangle2D r =
        ctm.createAffineTransform()
            .createTransformedShape(new Rectangle2D.Double(0, 0, 1, 1))
            .getBounds2D();
    if (image.isStencil()) {
      // A stencil mask paints only its set pixels in the fill colour: not a solid box, but
      // producers draw redaction bars this way, so it is a candidate the render then confirms.
      areas.add(new FilledArea(order++, FilledArea.Kind.IMAGE, r, null, clip(),
          rgb(state.getNonStrokingColor())));
      return;
    }
    if (r.getWidth() * r.getHeight() > SCAN_SHARE_OF_PAGE * pageArea) {
      return;
    }
    areas.add(
        new FilledArea(order++, FilledArea.Kind.IMAGE, r, null, clip(), GlyphBox.UNKNOWN_COLOUR));
  }

  @Override
  public void shadingFill(COSName shadingName) {
    // 'sh' paints the whole clip; a flat shading in a rectangular clip is a box like any other.
    Rectangle2D clip = clip();
    if (getGraphicsState().getNonStrokeAlphaConstant() < 1 || clip.isEmpty()) {
      return;
    }
    areas.add(new FilledArea(order++, FilledArea.Kind.SHADING, clip, null, clip,
        GlyphBox.UNKNOWN_COLOUR));
  }

  // ---- state ----

  /** Bounds of the current clip: the intersection of the bounds of its paths. */
  private Rectangle2D clip() {
    List<Path2D> paths = getGraphicsState().getCurrentClippingPaths();
    if (paths != clipKey || paths.size() != clipKeySize || clipBounds == null) {
      Rectangle2D bounds = null;
      for (Path2D p : paths) {
        Rectangle2D b = p.getBounds2D();
        bounds = bounds == null ? b : bounds.createIntersection(b);
      }
      clipKey = paths;
      clipKeySize = paths.size();
      clipBounds = bounds == null ? new Rectangle2D.Double() : bounds;
    }
    return clipBounds;
  }

  /** The colour as {@code 0xRRGGBB}; patterns and broken colour spaces are unknown. */
  private static int rgb(PDColor colour) {
    if (colour == null || colour.isPattern()) {
      return GlyphBox.UNKNOWN_COLOUR;
    }
    try {
      return colour.toRGB() & 0xFFFFFF;
    } catch (IOException | RuntimeException e) {
      return GlyphBox.UNKNOWN_COLOUR;
    }
  }
}
