package io.foilint.extract.pdf;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A text stripper that keeps glyphs drawn in render mode 3 (neither filled nor stroked: invisible,
 * as OCR layers and some failed redactions are) out of the page text and collects them apart.
 * {@link TextPosition} carries no render mode, so it is read from the graphics state as each glyph
 * is shown.
 */
final class RenderModeTextStripper extends PDFTextStripper {

  private final StringBuilder invisible = new StringBuilder();
  private TextPosition previousInvisible;

  RenderModeTextStripper() {
    super();
  }

  @Override
  public String getText(PDDocument doc) throws IOException {
    invisible.setLength(0);
    previousInvisible = null;
    return super.getText(doc);
  }

  /** The invisible text of the pages last stripped, words and lines split by position. */
  String invisibleText() {
    return invisible.toString().strip();
  }

  @Override
  protected void processTextPosition(TextPosition text) {
    RenderingMode mode = getGraphicsState().getTextState().getRenderingMode();
    if (mode == RenderingMode.NEITHER) {
      appendInvisible(text);
    } else {
      super.processTextPosition(text);
    }
  }

  private void appendInvisible(TextPosition text) {
    if (previousInvisible != null) {
      float height = Math.max(1f, previousInvisible.getHeightDir());
      float lineShift = Math.abs(text.getYDirAdj() - previousInvisible.getYDirAdj());
      float gap = text.getXDirAdj() - previousInvisible.getXDirAdj() - previousInvisible.getWidthDirAdj();
      if (lineShift > height * 0.5f) {
        invisible.append('\n');
      } else if (gap > Math.max(1f, previousInvisible.getWidthOfSpace() * 0.5f)) {
        invisible.append(' ');
      }
    }
    invisible.append(text.getUnicode());
    previousInvisible = text;
  }
}
