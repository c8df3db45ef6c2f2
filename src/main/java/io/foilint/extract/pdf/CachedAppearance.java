package io.foilint.extract.pdf;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.ResourceCache;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;

/**
 * An annotation's appearance whose resources share the document's resource cache. PDFBox builds
 * appearance streams without one, so every form field that names the form's font parses that
 * font program again: a one-page form with 72 fields parsed the same two TrueType fonts 72 times,
 * which was most of its 0.4 s scan. The fonts and pictures read are the same objects either way;
 * only the repeated parsing goes.
 */
final class CachedAppearance extends PDAppearanceStream {

  private final ResourceCache cache;

  private CachedAppearance(COSStream stream, ResourceCache cache) {
    super(stream);
    this.cache = cache;
  }

  /** {@code appearance} with cached resources; null stays null, and no cache leaves it as it is. */
  static PDAppearanceStream of(PDAppearanceStream appearance, ResourceCache cache) {
    return appearance == null || cache == null
        ? appearance
        : new CachedAppearance(appearance.getCOSObject(), cache);
  }

  @Override
  public PDResources getResources() {
    COSDictionary resources = getCOSObject().getCOSDictionary(COSName.RESOURCES);
    return resources != null ? new PDResources(resources, cache) : super.getResources();
  }
}
