package io.foilint.extract.pdf;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.ExtractionException;
import io.foilint.model.ContentHandler;
import io.foilint.model.Location;
import io.foilint.model.TextBlock;
import io.foilint.model.TextKind;
import io.foilint.model.Visibility;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Text under drawn boxes: the "redaction" made by drawing a black (or white) rectangle over
 * text, which leaves the text in the file for anyone to select, copy or extract. One body block
 * per box, {@link Visibility#UNDER_BOX}, located as {@code page N} / {@code box at x,y (wxh pt)}.
 *
 * <p>One recording pass per page; a page is rendered (only around the candidates) only when the
 * geometry finds covered text, to confirm the text does not show.
 */
final class PdfCoveredText {

  private final PDDocument document;
  private final ExtractionContext context;
  private final ContentHandler out;
  private final java.util.function.IntPredicate mayCoverText;

  PdfCoveredText(PDDocument document, ExtractionContext context, ContentHandler out) {
    this(document, context, out, index -> true);
  }

  /**
   * @param mayCoverText pages (0-based) worth a recording pass: those that paint a fill, shading
   *     or image; a page of bare text has nothing that could cover it
   */
  PdfCoveredText(PDDocument document, ExtractionContext context, ContentHandler out,
      java.util.function.IntPredicate mayCoverText) {
    this.document = document;
    this.context = context;
    this.out = out;
    this.mayCoverText = mayCoverText;
  }

  void report() throws IOException, ExtractionException {
    GlyphInkBounds inkBounds = new GlyphInkBounds();
    BoxRenderCheck renderCheck = new BoxRenderCheck(document);
    List<PDPage> pageList = PdfPages.of(document);
    int pages = pageList.size();
    for (int index = 0; index < pages; index++) {
      context.checkDeadline();
      if (!mayCoverText.test(index)) {
        continue;
      }
      PDPage page = pageList.get(index);
      for (CoveredBox box : coveredBoxes(index, page, inkBounds, renderCheck)) {
        out.text(
            new TextBlock(
                TextKind.BODY,
                Location.of("page " + (index + 1), box.describe()),
                box.text(),
                "",
                Visibility.UNDER_BOX));
      }
    }
  }

  /** The boxes on one page that hide text, confirmed by rendering. */
  static List<CoveredBox> coveredBoxes(
      int index, PDPage page, GlyphInkBounds inkBounds, BoxRenderCheck renderCheck)
      throws IOException {
    PageGraphicsRecorder recorder = new PageGraphicsRecorder(page, inkBounds);
    recorder.record();
    if (recorder.glyphs().isEmpty() || recorder.areas().isEmpty()) {
      return List.of();
    }
    PDRectangle crop = page.getCropBox();
    Rectangle2D pageBox =
        new Rectangle2D.Double(
            crop.getLowerLeftX(), crop.getLowerLeftY(), crop.getWidth(), crop.getHeight());
    List<CoveredBox> candidates =
        new CoveredTextFinder(pageBox).find(recorder.glyphs(), recorder.areas());
    return renderCheck.confirm(index, page, candidates, recorder.glyphs());
  }
}
