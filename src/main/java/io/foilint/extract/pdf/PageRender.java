package io.foilint.extract.pdf;

import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * A page drawn once at 72 dpi (one pixel per point), without anti-aliasing, made only when a
 * candidate needs confirming: is this white text on white paper, or on a dark box? Is this
 * invisible OCR word over paper or over a blacked-out area of the scan? Rendering is the costly
 * step of the whole pass, so it happens at most once per page and only on demand.
 */
final class PageRender {

  static {
    BundledFontMapper.install(); // before PDFBox maps a font: bundled fonts only, never the host's
  }

  /** A pixel this dark (luminance 0..255) counts as blacked out. */
  private static final int DARK = 80;
  /** Channels within this of each other count as the same colour. */
  private static final int SAME = 24;

  private final PDFRenderer renderer;
  private final PDPage page;
  private final int pageIndex;
  private BufferedImage image;
  private AffineTransform toPixels;
  private boolean failed;

  PageRender(PDFRenderer renderer, PDPage page, int pageIndex) {
    this.renderer = renderer;
    this.pageIndex = pageIndex;
    this.page = page;
  }

  /** A renderer set up for checks: no smoothing (so a glyph is its own colour), fast images. */
  static PDFRenderer rendererFor(PDDocument document) {
    return configured(new CachingPageDrawer.Renderer(document));
  }

  /**
   * Sets up any renderer for checks: no smoothing, so a glyph renders in its own colour and a box
   * in one colour; subsampled images, so a huge embedded picture cannot fill the heap.
   */
  static <R extends PDFRenderer> R configured(R r) {
    r.setSubsamplingAllowed(true);
    RenderingHints hints = new RenderingHints(RenderingHints.KEY_ANTIALIASING,
        RenderingHints.VALUE_ANTIALIAS_OFF);
    hints.put(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
    hints.put(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_SPEED);
    hints.put(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
    r.setRenderingHints(hints);
    return r;
  }

  /**
   * Renders the page if not yet done; false when PDFBox cannot draw it (the callers then keep
   * what the file itself says).
   */
  boolean renders() {
    if (image == null && !failed) {
      try {
        image = renderer.renderImage(pageIndex, 1f, ImageType.RGB);
        toPixels = userSpaceToPixels(page.getCropBox(), page.getRotation());
      } catch (IOException | RuntimeException e) {
        failed = true;
      }
    }
    return image != null;
  }

  /** Share (0..1) of the pixels under {@code box} that are dark; 0 for a box off the image. */
  double darkShare(PageBox box) throws IOException {
    int[] r = pixels(box);
    if (r == null) {
      return 0;
    }
    long dark = 0;
    long all = 0;
    for (int y = r[1]; y < r[3]; y++) {
      for (int x = r[0]; x < r[2]; x++) {
        int rgb = image.getRGB(x, y);
        int lum = (299 * ((rgb >> 16) & 0xff) + 587 * ((rgb >> 8) & 0xff) + 114 * (rgb & 0xff)) / 1000;
        all++;
        if (lum < DARK) {
          dark++;
        }
      }
    }
    return all == 0 ? 0 : (double) dark / all;
  }

  /** Whether the pixels under {@code box} are all one colour (so nothing drawn there shows). */
  boolean oneColour(PageBox box) throws IOException {
    int[] r = pixels(box);
    if (r == null) {
      return false;
    }
    int first = image.getRGB(r[0], r[1]);
    for (int y = r[1]; y < r[3]; y++) {
      for (int x = r[0]; x < r[2]; x++) {
        int rgb = image.getRGB(x, y);
        if (Math.abs(((rgb >> 16) & 0xff) - ((first >> 16) & 0xff)) > SAME
            || Math.abs(((rgb >> 8) & 0xff) - ((first >> 8) & 0xff)) > SAME
            || Math.abs((rgb & 0xff) - (first & 0xff)) > SAME) {
          return false;
        }
      }
    }
    return true;
  }

  /** Pixel bounds {x0, y0, x1, y1} (end exclusive) of a user-space box, or null when empty. */
  private int[] pixels(PageBox box) throws IOException {
    ensureRendered();
    Point2D a = toPixels.transform(new Point2D.Float(box.x0(), box.y0()), null);
    Point2D b = toPixels.transform(new Point2D.Float(box.x1(), box.y1()), null);
    int x0 = (int) Math.floor(Math.min(a.getX(), b.getX()));
    int x1 = (int) Math.ceil(Math.max(a.getX(), b.getX()));
    int y0 = (int) Math.floor(Math.min(a.getY(), b.getY()));
    int y1 = (int) Math.ceil(Math.max(a.getY(), b.getY()));
    x0 = Math.max(0, x0);
    y0 = Math.max(0, y0);
    x1 = Math.min(image.getWidth(), x1);
    y1 = Math.min(image.getHeight(), y1);
    return x1 <= x0 || y1 <= y0 ? null : new int[] {x0, y0, x1, y1};
  }

  private void ensureRendered() throws IOException {
    if (!renders()) {
      throw new IOException("page could not be rendered");
    }
  }

  /**
   * The mapping PDFRenderer applies at scale 1: rotate the page as a viewer shows it, with the
   * crop box's corner at the origin and y pointing down.
   */
  static AffineTransform userSpaceToPixels(PDRectangle crop, int rotation) {
    float w = crop.getWidth();
    float h = crop.getHeight();
    AffineTransform t = new AffineTransform();
    int r = ((rotation % 360) + 360) % 360;
    switch (r) {
      case 90 -> t.translate(h, 0);
      case 180 -> t.translate(w, h);
      case 270 -> t.translate(0, w);
      default -> { }
    }
    if (r != 0) {
      t.rotate(Math.toRadians(r));
    }
    // PDF y up -> image y down, crop box corner at the origin
    t.translate(0, h);
    t.scale(1, -1);
    t.translate(-crop.getLowerLeftX(), -crop.getLowerLeftY());
    return t;
  }
}
