package io.foilint.extract.pdf;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.ExtractionException;
import io.foilint.model.ContentHandler;
import io.foilint.model.Location;
import io.foilint.model.TextBlock;
import io.foilint.model.TextKind;
import io.foilint.model.Visibility;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The text of each page: one body block for everything a reader sees (the painted text, and an
 * OCR layer that matches its scan), then one body block per area of text a reader does not see,
 * located by its box on the page, with why it is hidden: off the crop box ({@link
 * Visibility#OUTSIDE_PAGE}), clipped away ({@link Visibility#CLIPPED_AWAY}), invisible render mode
 * with nothing shown under it ({@link Visibility#INVISIBLE_RENDER_MODE}), invisible words over a
 * blacked-out area of a scan ({@link Visibility#UNDER_DARK_IMAGE_AREA}), hidden words where the
 * page shows different ones ({@link Visibility#DIFFERENT_TEXT_SHOWN}), too small to read ({@link
 * Visibility#TINY_TEXT}), coloured like the background ({@link Visibility#INVISIBLE_TEXT}) or
 * under an opaque annotation ({@link Visibility#UNDER_BOX}).
 *
 * <p>One stripper pass per page; a 72-dpi render only on pages with a candidate to confirm.
 */
final class PdfPageText {

  /** Beyond this many areas of one kind on a page, they are reported as one. */
  private static final int MAX_AREAS_PER_KIND = 40;

  private final PDDocument document;
  private final ExtractionContext context;
  private final ContentHandler out;
  private PDFRenderer renderer;
  private final java.util.BitSet pagesThatPaint = new java.util.BitSet();
  private final java.util.Map<Integer, List<String[]>> markedText = new java.util.TreeMap<>();

  /**
   * The {@code /ActualText} and {@code /Alt} of each page's marked content (page number, then
   * {kind, text} pairs), read in this pass so no later pass has to interpret the pages again.
   */
  java.util.Map<Integer, List<String[]>> markedText() {
    return markedText;
  }

  /**
   * Pages (0-based) that painted a fill, shading or image, known once {@link #report()} has run:
   * only these can hide text under a drawn box.
   */
  java.util.function.IntPredicate pagesThatPaint() {
    return pagesThatPaint::get;
  }

  private String contentDamage;

  /**
   * The first page whose content PDFBox could not fully parse, described, or null; the
   * extractor fails closed on it once every other part has been read and reported.
   */
  String contentDamage() {
    return contentDamage;
  }

  /** Tables are read from the same pass over each page, when given. */
  private final io.foilint.extract.pdf.tables.PdfPageTables tables;

  PdfPageText(PDDocument document, ExtractionContext context, ContentHandler out) {
    this(document, context, out, null);
  }

  PdfPageText(PDDocument document, ExtractionContext context, ContentHandler out,
      io.foilint.extract.pdf.tables.PdfPageTables tables) {
    this.document = document;
    this.context = context;
    this.out = out;
    this.tables = tables;
  }

  void report() throws IOException, ExtractionException {
    RenderModeTextStripper stripper = new RenderModeTextStripper();
    stripper.skipOffLayers(PdfOptionalContent.offLayers(document));
    io.foilint.extract.pdf.tables.PageTableInput tableInput = null;
    if (tables != null) {
      tableInput = new io.foilint.extract.pdf.tables.PageTableInput();
      stripper.collectTablesInto(tableInput);
    }
    List<PDPage> pageList = PdfPages.of(document);
    int pages = pageList.size();
    for (int page = 1; page <= pages; page++) {
      context.checkDeadline();
      PDPage pdPage = pageList.get(page - 1);
      AnnotationOverlay overlay = overlay(pdPage);
      if (tableInput != null) {
        tableInput.startPage(pdPage.getCropBox());
      }
      String visible = stripper.stripPage(document, page, overlay == null ? List.of() : overlay.covers());
      if (stripper.contentDamage() != null && contentDamage == null) {
        contentDamage = "Page " + page + "'s drawing instructions are damaged (" + stripper.contentDamage()
            + "); text after the damage may not have been seen, so foilint cannot say what the page holds";
      }
      List<PageGlyph> glyphs = stripper.glyphs();
      if (!stripper.markedText().isEmpty()) {
        markedText.put(page, new ArrayList<>(stripper.markedText()));
      }
      if (stripper.paintsOverText()) {
        pagesThatPaint.set(page - 1);
      }
      int index = page - 1;
      context.checkDeadline();
      // PageRender draws lazily: only a candidate that needs a look makes it render.
      PageRender render = new PageRender(renderer(), pdPage, index);
      new HiddenGlyphChecks(glyphs, stripper.images(),
          overlay == null ? List.of() : overlay.glyphs(), render).settle();
      emit(page, visible, glyphs);
      if (tableInput != null) {
        tables.reportPage(page, tableInput, pdPage.getCropBox());
      }
    }
  }

  private void emit(int page, String painted, List<PageGlyph> glyphs) {
    String place = "page " + page;
    // Candidates a check found visible (OCR words over their scan, white text on a dark box)
    // join the page's visible text.
    StringBuilder visible = new StringBuilder(painted.strip());
    for (GlyphRuns.Run r : GlyphRuns.areas(glyphs, g -> g.glyphClass == GlyphClass.VISIBLE && !g.painted)) {
      if (r.hasText()) {
        visible.append(visible.length() == 0 ? "" : "\n").append(r.text());
      }
    }
    if (!visible.isEmpty()) {
      out.text(new TextBlock(TextKind.BODY, Location.of(place, ""), visible.toString(), "",
          Visibility.VISIBLE));
    }
    List<GlyphRuns.Run> hidden = GlyphRuns.areas(glyphs, g -> g.glyphClass != GlyphClass.VISIBLE);
    for (GlyphRuns.Run r : capped(hidden)) {
      if (r.hasText()) {
        out.text(new TextBlock(TextKind.BODY, Location.of(place, r.box.describe()), r.text(), "",
            r.glyphClass.visibility()));
      }
    }
  }

  /** Very many areas of one kind on a page (a whole invisible layer) become one block each kind. */
  private static List<GlyphRuns.Run> capped(List<GlyphRuns.Run> areas) {
    List<GlyphRuns.Run> out = new ArrayList<>();
    java.util.Map<GlyphClass, GlyphRuns.Run> tails = new java.util.EnumMap<>(GlyphClass.class);
    java.util.Map<GlyphClass, Integer> counts = new java.util.EnumMap<>(GlyphClass.class);
    for (GlyphRuns.Run r : areas) {
      int n = counts.merge(r.glyphClass, 1, Integer::sum);
      if (n < MAX_AREAS_PER_KIND) {
        out.add(r);
      } else if (n == MAX_AREAS_PER_KIND) {
        tails.put(r.glyphClass, r);
        out.add(r);
      } else {
        tails.get(r.glyphClass).absorb(r, false);
      }
    }
    return out;
  }

  private AnnotationOverlay overlay(PDPage page) {
    try {
      if (page.getAnnotations().isEmpty()) {
        return null;
      }
      AnnotationOverlay o = AnnotationOverlay.of(page);
      return o.covers().isEmpty() ? null : o;
    } catch (IOException | RuntimeException e) {
      // An annotation whose appearance cannot be read covers nothing we can measure; the
      // annotations themselves are reported by PdfAnnotations.
      return null;
    }
  }

  private PDFRenderer renderer() {
    if (renderer == null) {
      renderer = PageRender.rendererFor(document);
    }
    return renderer;
  }
}
