package io.foilint.extract.pdf;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.PageDrawer;
import org.apache.pdfbox.rendering.PageDrawerParameters;

/** PDFBox's page drawer, drawing annotations through {@link CachedAppearance}. */
class CachingPageDrawer extends PageDrawer {

  CachingPageDrawer(PageDrawerParameters parameters) throws IOException {
    super(parameters);
  }

  @Override
  public PDAppearanceStream getAppearance(PDAnnotation annotation) {
    return CachedAppearance.of(super.getAppearance(annotation), getCurrentPage().getResourceCache());
  }

  /** A renderer whose pages are drawn by {@link CachingPageDrawer}. */
  static class Renderer extends PDFRenderer {

    Renderer(PDDocument document) {
      super(document);
    }

    @Override
    protected PageDrawer createPageDrawer(PageDrawerParameters parameters) throws IOException {
      PageDrawer drawer = new CachingPageDrawer(parameters);
      drawer.setAnnotationFilter(getAnnotationsFilter());
      return drawer;
    }
  }
}
