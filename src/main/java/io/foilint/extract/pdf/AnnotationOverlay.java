package io.foilint.extract.pdf;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.ResourceCache;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.blend.BlendMode;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationPopup;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationTextMarkup;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * What a page's annotations paint over it: the opaque areas (filled shapes, images without
 * transparency) and the glyphs they draw, in user space. A white box annotation with other words
 * typed on top hides the page's own text under it — the x-ray fixture {@code
 * hidden_text_on_visible_text.pdf} covers "TROOPPER," this way and shows "TROOPER," — so the page
 * text under a cover is compared with the text drawn over it.
 */
final class AnnotationOverlay extends PDFGraphicsStreamEngine {

  /** Opaque paint below this size (pt) is a rule or a border, not a cover. */
  private static final float MIN_COVER = 2f;

  private final List<PageBox> covers = new ArrayList<>();
  private final List<PageGlyph> glyphs = new ArrayList<>();
  private PageBox path;
  private final ResourceCache resourceCache;

  private AnnotationOverlay(PDPage page) {
    super(page);
    this.resourceCache = page.getResourceCache();
  }

  /** The overlay of {@code page}'s annotations; empty (and cheap) when it has none. */
  static AnnotationOverlay of(PDPage page) throws IOException {
    AnnotationOverlay overlay = new AnnotationOverlay(page);
    // Sets up the graphics state of a page without drawing its content: annotations are drawn
    // over the page in their own coordinates.
    PDPage empty = new PDPage(page.getMediaBox());
    empty.setCropBox(page.getCropBox());
    overlay.processPage(empty);
    for (PDAnnotation a : page.getAnnotations()) {
      // Highlights and other text markup sit on text by design (a dark highlight is a redaction
      // check of its own); popups and links paint nothing over the page.
      // A dark filled square comment is reported with the text under it by PdfAnnotations
      // (dark-annotation); counting it here too would report one black-out twice.
      if (a instanceof PDAnnotationPopup || a instanceof PDAnnotationLink
          || a instanceof PDAnnotationTextMarkup || a.isHidden() || a.isNoView()
          || DarkMarkup.darkColour(a) != null) {
        continue;
      }
      overlay.showAnnotation(a);
    }
    return overlay;
  }

  /** The appearance, drawn with the page's resource cache (see {@link CachedAppearance}). */
  @Override
  public PDAppearanceStream getAppearance(PDAnnotation annotation) {
    return CachedAppearance.of(super.getAppearance(annotation), resourceCache);
  }

  /** Opaque areas painted over the page. */
  List<PageBox> covers() {
    return covers;
  }

  /** Glyphs the annotations draw, in drawing order. */
  List<PageGlyph> glyphs() {
    return glyphs;
  }

  @Override
  protected void showGlyph(Matrix trm, PDFont font, int code, Vector displacement) throws IOException {
    String unicode = font.toUnicode(code);
    float advance = displacement.getX() > 0 ? displacement.getX() : 0.5f;
    glyphs.add(new PageGlyph(unicode == null ? "" : unicode,
        PageBox.spanning(trm, 0, -0.2f, advance, 0.75f), Math.abs(trm.getScalingFactorY()), 0, GlyphClass.VISIBLE));
  }

  @Override
  public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
    extend((float) p0.getX(), (float) p0.getY());
    extend((float) p1.getX(), (float) p1.getY());
    extend((float) p2.getX(), (float) p2.getY());
    extend((float) p3.getX(), (float) p3.getY());
  }

  @Override
  public void moveTo(float x, float y) {
    extend(x, y);
  }

  @Override
  public void lineTo(float x, float y) {
    extend(x, y);
  }

  @Override
  public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
    extend(x1, y1);
    extend(x2, y2);
    extend(x3, y3);
  }

  private void extend(float x, float y) {
    PageBox p = new PageBox(x, y, x, y);
    path = path == null ? p : path.union(p);
  }

  @Override
  public Point2D getCurrentPoint() {
    return path == null ? new Point2D.Float() : new Point2D.Float(path.x1(), path.y1());
  }

  @Override
  public void closePath() {}

  @Override
  public void endPath() {
    path = null;
  }

  @Override
  public void strokePath() {
    path = null;
  }

  @Override
  public void fillPath(int windingRule) {
    if (path != null && opaque()) {
      addCover(path);
    }
    path = null;
  }

  /** Paint that hides what is under it: no transparency, no blending (Multiply lets text through). */
  private boolean opaque() {
    PDGraphicsState gs = getGraphicsState();
    BlendMode mode = gs.getBlendMode();
    return gs.getNonStrokeAlphaConstant() >= 0.99 && gs.getSoftMask() == null
        && (mode == null || mode == BlendMode.NORMAL || mode == BlendMode.COMPATIBLE);
  }

  @Override
  public void fillAndStrokePath(int windingRule) {
    fillPath(windingRule);
  }

  @Override
  public void clip(int windingRule) {}

  @Override
  public void shadingFill(COSName shadingName) {}

  @Override
  public void drawImage(PDImage image) throws IOException {
    boolean seeThrough = image.isStencil()
        || (image instanceof PDImageXObject x && (x.getSoftMask() != null || x.getMask() != null
            || x.getColorKeyMask() != null));
    if (!seeThrough && opaque()) {
      addCover(PageBox.unitSquare(getGraphicsState().getCurrentTransformationMatrix()));
    }
  }

  /** Only what the clip (the appearance's bounding box, at least) lets through is painted. */
  private void addCover(PageBox area) {
    Rectangle2D clip = getGraphicsState().getCurrentClippingPath().getBounds2D();
    PageBox c = PageBox.of(clip);
    PageBox painted = new PageBox(Math.max(area.x0(), c.x0()), Math.max(area.y0(), c.y0()),
        Math.min(area.x1(), c.x1()), Math.min(area.y1(), c.y1()));
    if (painted.width() >= MIN_COVER && painted.height() >= MIN_COVER) {
      covers.add(painted);
    }
  }
}
