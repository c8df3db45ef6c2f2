package io.foilint.extract.pdf;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.PageDrawer;
import org.apache.pdfbox.rendering.PageDrawerParameters;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Confirms by rendering that text the geometry says is covered really does not show. A ring
 * drawn by the winding rule, a clip that cuts the box away or a half-transparent group let the
 * text show, and the render sees it where path arithmetic might not.
 *
 * <p>Two tests, cheapest first, over the pixels of the hidden glyphs inside the box:
 *
 * <ol>
 *   <li>they are one flat colour (x-ray's test) — then nothing of the text shows;
 *   <li>otherwise the page is drawn again without any text, as Edact-Ray does: if the pixels do
 *       not change, the text does not show. This catches boxes that are not flat but still hide
 *       the text (cross-hatched bars, patterned or image boxes), which the flat test misses.
 * </ol>
 *
 * <p>Only pages with candidates are rendered, only around the candidates, at {@value #SCALE}×
 * (144 dpi) with anti-aliasing off so edges do not smear into false variation. Glyphs painted
 * on top of a box (its label, e.g. "s40(2)") are left out of both tests: they show, but they are
 * not the text under it.
 */
final class BoxRenderCheck {

  static {
    BundledFontMapper.install(); // before PDFBox maps a font: bundled fonts only, never the host's
  }

  static final float SCALE = 2f;

  /** Keeps the rendered area under about 16 MB of pixels whatever the page size. */
  private static final double MAX_PIXELS = 4_000_000;

  private static final int CHANNEL_TOLERANCE = 24;

  /** Share of pixels allowed to differ (stray edge pixels) before text is said to show. */
  private static final double OFF_SHARE = 0.02;

  private final PDDocument document;
  private PDFRenderer withText;
  private PDFRenderer withoutText;

  BoxRenderCheck(PDDocument document) {
    this.document = document;
  }

  /** The candidates whose hidden glyphs do not show when the page is drawn. */
  List<CoveredBox> confirm(
      int pageIndex, PDPage page, List<CoveredBox> candidates, List<GlyphBox> allGlyphs) {
    if (candidates.isEmpty()) {
      return candidates;
    }
    Rectangle2D region = null;
    for (CoveredBox c : candidates) {
      Rectangle2D ink = c.hiddenInk();
      region = region == null ? ink : region.createUnion(ink);
    }
    if (region == null || region.isEmpty()) {
      return candidates;
    }
    float scale = scaleFor(region);
    AffineTransform toDevice = pageToDevice(page, scale);
    Rectangle device = toDevice.createTransformedShape(region).getBounds();
    List<CoveredBox> confirmed = new ArrayList<>();
    try {
      BufferedImage image = render(renderer(true), pageIndex, scale, device);
      BufferedImage textless = null;
      for (CoveredBox c : candidates) {
        Pixels pixels = Pixels.of(c, allGlyphs, toDevice, device, image);
        if (pixels.flat(image)) {
          confirmed.add(c);
          continue;
        }
        if (textless == null) {
          textless = render(renderer(false), pageIndex, scale, device);
        }
        if (pixels.same(image, textless)) {
          confirmed.add(c);
        }
      }
    } catch (IOException | RuntimeException e) {
      // Fail closed: what cannot be checked by eye is reported as the geometry found it.
      return candidates;
    }
    return confirmed;
  }

  private static float scaleFor(Rectangle2D region) {
    double pixels = region.getWidth() * region.getHeight() * SCALE * SCALE;
    if (pixels <= MAX_PIXELS) {
      return SCALE;
    }
    return (float) Math.max(0.75, SCALE * Math.sqrt(MAX_PIXELS / pixels));
  }

  private PDFRenderer renderer(boolean text) {
    if (text && withText == null) {
      withText = PageRender.rendererFor(document);
    }
    if (!text && withoutText == null) {
      withoutText = PageRender.configured(new TextlessRenderer(document));
    }
    return text ? withText : withoutText;
  }


  private static BufferedImage render(
      PDFRenderer renderer, int pageIndex, float scale, Rectangle device) throws IOException {
    BufferedImage image =
        new BufferedImage(
            Math.max(device.width, 1), Math.max(device.height, 1), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setBackground(Color.WHITE);
      g.clearRect(0, 0, image.getWidth(), image.getHeight());
      g.translate(-device.x, -device.y);
      renderer.renderPageToGraphics(pageIndex, g, scale, scale);
    } finally {
      g.dispose();
    }
    return image;
  }

  /**
   * Page space to rendered pixels, as PDFRenderer and PageDrawer set it up: scale, rotate for
   * /Rotate, flip y, shift the crop box to the origin.
   */
  static AffineTransform pageToDevice(PDPage page, float scale) {
    PDRectangle crop = page.getCropBox();
    AffineTransform t = new AffineTransform();
    t.scale(scale, scale);
    int rotation = ((page.getRotation() % 360) + 360) % 360;
    if (rotation != 0) {
      double tx = 0;
      double ty = 0;
      switch (rotation) {
        case 90 -> tx = crop.getHeight();
        case 270 -> ty = crop.getWidth();
        case 180 -> {
          tx = crop.getWidth();
          ty = crop.getHeight();
        }
        default -> {}
      }
      t.translate(tx, ty);
      t.rotate(Math.toRadians(rotation));
    }
    t.translate(0, crop.getHeight());
    t.scale(1, -1);
    t.translate(-crop.getLowerLeftX(), -crop.getLowerLeftY());
    return t;
  }

  /**
   * The pixels to judge for one candidate: those of its hidden glyphs' ink boxes, inside the box
   * and not under text painted on top. Glyph by glyph, not their bounding union: a few glyphs
   * showing through a large box must not be averaged away by the box's empty area.
   */
  private record Pixels(Rectangle target, List<Rectangle> glyphs, List<Rectangle> onTop,
      Rectangle device) {

    static Pixels of(
        CoveredBox c,
        List<GlyphBox> allGlyphs,
        AffineTransform toDevice,
        Rectangle device,
        BufferedImage image) {
      // Edge pixels of the box are left out: whether a pixel on the edge is painted depends on
      // rounding, and a white row there is not text showing.
      Rectangle2D box = toDevice.createTransformedShape(c.area().paintedRect()).getBounds2D();
      Rectangle2D inner =
          new Rectangle2D.Double(
              box.getX() + 1, box.getY() + 1, box.getWidth() - 2, box.getHeight() - 2);
      Rectangle2D picture =
          new Rectangle2D.Double(device.x, device.y, image.getWidth(), image.getHeight());
      List<Rectangle> glyphs = new ArrayList<>();
      Rectangle target = null;
      for (GlyphBox g : c.glyphs()) {
        if (g.isBlank()) {
          continue;
        }
        Rectangle2D ink = toDevice.createTransformedShape(g.visibleBox()).getBounds2D();
        Rectangle r = inward(ink.createIntersection(inner).createIntersection(picture));
        if (!r.isEmpty()) {
          glyphs.add(r);
          target = target == null ? r : target.union(r);
        }
      }
      if (target == null) {
        target = new Rectangle();
      }
      Set<GlyphBox> hidden = Collections.newSetFromMap(new IdentityHashMap<>());
      hidden.addAll(c.glyphs());
      List<Rectangle> onTop = new ArrayList<>();
      for (GlyphBox g : allGlyphs) {
        if (g.order() > c.area().order() && !hidden.contains(g) && !g.isBlank()) {
          Rectangle r = toDevice.createTransformedShape(g.visibleBox()).getBounds();
          if (r.intersects(target)) {
            onTop.add(r);
          }
        }
      }
      return new Pixels(target, glyphs, onTop, device);
    }

    /** The whole pixels inside a rectangle. */
    private static Rectangle inward(Rectangle2D r) {
      if (r.isEmpty()) {
        return new Rectangle();
      }
      int x0 = (int) Math.ceil(r.getMinX());
      int y0 = (int) Math.ceil(r.getMinY());
      int x1 = (int) Math.floor(r.getMaxX());
      int y1 = (int) Math.floor(r.getMaxY());
      return new Rectangle(x0, y0, Math.max(0, x1 - x0), Math.max(0, y1 - y0));
    }

    /** Whether the pixels are one colour, give or take stray edge pixels. */
    boolean flat(BufferedImage image) {
      Map<Integer, Integer> counts = new HashMap<>();
      int[] total = {0};
      forEach((x, y) -> {
        counts.merge(image.getRGB(x, y) & 0xFFFFFF, 1, Integer::sum);
        total[0]++;
      });
      if (total[0] == 0) {
        // Everything over the hidden glyphs is other text on top: nothing of them can show.
        return true;
      }
      int dominant = counts.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
      int off = 0;
      for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
        if (!close(e.getKey(), dominant)) {
          off += e.getValue();
        }
      }
      return off <= OFF_SHARE * total[0];
    }

    /** Whether the pixels look the same with and without the page's text. */
    boolean same(BufferedImage withText, BufferedImage withoutText) {
      int[] counts = {0, 0};
      forEach((x, y) -> {
        counts[0]++;
        if (!close(withText.getRGB(x, y), withoutText.getRGB(x, y))) {
          counts[1]++;
        }
      });
      return counts[1] <= OFF_SHARE * counts[0];
    }

    private void forEach(PixelVisitor visitor) {
      for (int y = target.y; y < target.y + target.height; y++) {
        for (int x = target.x; x < target.x + target.width; x++) {
          if (coveredByAny(glyphs, x, y) && !coveredByAny(onTop, x, y)) {
            visitor.visit(x - device.x, y - device.y);
          }
        }
      }
    }
  }

  @FunctionalInterface
  private interface PixelVisitor {
    void visit(int x, int y);
  }

  private static boolean coveredByAny(List<Rectangle> rects, int x, int y) {
    for (Rectangle r : rects) {
      if (r.contains(x, y)) {
        return true;
      }
    }
    return false;
  }

  private static boolean close(int a, int b) {
    for (int shift = 0; shift <= 16; shift += 8) {
      if (Math.abs(((a >> shift) & 0xFF) - ((b >> shift) & 0xFF)) > CHANNEL_TOLERANCE) {
        return false;
      }
    }
    return true;
  }

  /** Draws pages with every glyph left out, to see what the text changes. */
  private static final class TextlessRenderer extends CachingPageDrawer.Renderer {

    TextlessRenderer(PDDocument document) {
      super(document);
    }

    @Override
    protected PageDrawer createPageDrawer(PageDrawerParameters parameters) throws IOException {
      PageDrawer drawer =
          new CachingPageDrawer(parameters) {
            @Override
            protected void showFontGlyph(
                Matrix textRenderingMatrix, PDFont font, int code, Vector displacement) {
              // left out
            }

            @Override
            protected void showType3Glyph(
                Matrix textRenderingMatrix, PDType3Font font, int code, Vector displacement) {
              // left out
            }
          };
      drawer.setAnnotationFilter(getAnnotationsFilter());
      return drawer;
    }
  }
}
