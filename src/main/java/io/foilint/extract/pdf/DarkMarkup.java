package io.foilint.extract.pdf;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.Locale;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationSquareCircle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationTextMarkup;
import org.apache.pdfbox.text.PDFTextStripperByArea;

/**
 * A highlight, or a square drawn as a comment, in a dark opaque colour: a reviewer's way of
 * "blacking out" text that only covers it on screen. The text stays on the page under the
 * annotation; deleting the comment, or copying the text, shows it.
 */
final class DarkMarkup {

  /** Relative luminance below which a colour reads as a black-out (dark grey to black). */
  static final double DARK = 0.25;

  /** Opacity (/CA) below which the text shows through the annotation anyway. */
  static final float OPAQUE = 0.9f;

  private DarkMarkup() {}

  /** The annotation's colour if it is a dark opaque highlight or filled square; else null. */
  static String darkColour(PDAnnotation a) {
    float opacity = a.getCOSObject().getFloat(COSName.CA, 1f);
    if (opacity < OPAQUE) {
      return null;
    }
    PDColor colour = null;
    if (a instanceof PDAnnotationTextMarkup markup && "Highlight".equals(markup.getSubtype())) {
      colour = markup.getColor();
    } else if (a instanceof PDAnnotationSquareCircle shape) {
      colour = shape.getInteriorColor();
    }
    if (colour == null) {
      return null;
    }
    float[] c = colour.getComponents();
    double luminance = switch (c.length) {
      case 1 -> c[0];
      case 3 -> 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
      case 4 -> (1 - c[3]) * (1 - (0.3 * c[0] + 0.59 * c[1] + 0.11 * c[2]));
      default -> 1;
    };
    if (luminance >= DARK) {
      return null;
    }
    StringBuilder s = new StringBuilder();
    for (float v : c) {
      s.append(s.isEmpty() ? "" : " ").append(String.format(Locale.ROOT, "%.2f", v));
    }
    return s.toString();
  }

  /** The page text lying under the annotation: its quad points for a highlight, else its rectangle. */
  static String textUnder(PDPage page, PDAnnotation a) throws IOException {
    PDRectangle crop = page.getCropBox();
    PDFTextStripperByArea stripper = new PDFTextStripperByArea();
    stripper.setSortByPosition(true);
    int region = 0;
    for (PDRectangle r : areas(a)) {
      // The stripper's regions are measured from the top of the page, as Java2D does.
      stripper.addRegion("r" + region++, new Rectangle2D.Float(
          r.getLowerLeftX() - crop.getLowerLeftX(), crop.getUpperRightY() - r.getUpperRightY(),
          r.getWidth(), r.getHeight()));
    }
    stripper.extractRegions(page);
    StringBuilder text = new StringBuilder();
    for (String name : stripper.getRegions()) {
      String t = stripper.getTextForRegion(name).strip();
      if (!t.isEmpty()) {
        text.append(text.isEmpty() ? "" : "\n").append(t);
      }
    }
    return text.toString();
  }

  private static java.util.List<PDRectangle> areas(PDAnnotation a) {
    java.util.List<PDRectangle> out = new java.util.ArrayList<>();
    COSArray quads = a.getCOSObject().getCOSArray(COSName.QUADPOINTS);
    if (quads != null) {
      for (int i = 0; i + 7 < quads.size(); i += 8) {
        float minX = Float.MAX_VALUE, minY = Float.MAX_VALUE, maxX = -Float.MAX_VALUE, maxY = -Float.MAX_VALUE;
        for (int k = 0; k < 8; k += 2) {
          if (!(quads.getObject(i + k) instanceof COSNumber x) || !(quads.getObject(i + k + 1) instanceof COSNumber y)) {
            continue;
          }
          minX = Math.min(minX, x.floatValue());
          maxX = Math.max(maxX, x.floatValue());
          minY = Math.min(minY, y.floatValue());
          maxY = Math.max(maxY, y.floatValue());
        }
        if (maxX > minX && maxY > minY) {
          out.add(new PDRectangle(minX, minY, maxX - minX, maxY - minY));
        }
      }
    }
    if (out.isEmpty() && a.getRectangle() != null) {
      out.add(a.getRectangle());
    }
    return out;
  }
}
