package io.foilint.extract.slides;

import io.foilint.extract.xlsx.XlsxPackageParts;
import io.foilint.model.ContentHandler;
import io.foilint.model.Fact;
import io.foilint.model.FactKind;
import io.foilint.model.Location;
import java.util.Map;

/**
 * Pictures cropped in PowerPoint ({@code a:srcRect}): the crop only hides part of the picture;
 * the whole image stays in the file and anyone can drag the crop handles back. foilint does not
 * read pictures, so each crop becomes an {@code uninspected-part} fact (REVIEW) naming the
 * picture, its slide and how much of it the crop hides.
 */
final class Crops {

  private final XlsxPackageParts parts;
  private final String sourcePart;
  private final ContentHandler out;

  Crops(XlsxPackageParts parts, String sourcePart, ContentHandler out) {
    this.parts = parts;
    this.sourcePart = sourcePart;
    this.out = out;
  }

  /** l, t, r, b: the crop from each edge in thousandths of a percent (negative: padding). */
  void offer(String place, String shapeName, String relId, String l, String t, String r, String b) {
    double left = share(l);
    double top = share(t);
    double right = share(r);
    double bottom = share(b);
    double keptWidth = Math.max(0, 1 - left - right);
    double keptHeight = Math.max(0, 1 - top - bottom);
    int hiddenPercent = (int) Math.round(100 * (1 - keptWidth * keptHeight));
    if (hiddenPercent <= 0) {
      return; // no crop, or only padding
    }
    String picture = relId.isEmpty() ? "" : parts.target(sourcePart, relId).orElse("");
    String what = "The picture " + (shapeName.isBlank() ? "" : "'" + shapeName.strip() + "' ")
        + (picture.isEmpty() ? "" : "(" + picture + ") ") + "on " + place + " is cropped: about "
        + hiddenPercent + "% of it is hidden by the crop, but the whole picture is still in the"
        + " file and the crop can be undone — foilint does not read pictures, so what the crop"
        + " hides was not checked. In PowerPoint select the picture, Picture Format > Compress"
        + " Pictures, tick \"Delete cropped areas of pictures\"; in LibreOffice Impress"
        + " right-click > Compress and tick \"Delete cropped image areas\"";
    out.fact(new Fact(FactKind.UNINSPECTED_PART,
        Location.of(place, shapeName.isBlank() ? "picture" : shapeName.strip()),
        picture, what, Map.of("sentence", "true", "crop", "true")));
  }

  private static double share(String thousandthsOfPercent) {
    long v = SlideSize.emu(thousandthsOfPercent);
    return Math.max(0, Math.min(100_000, v)) / 100_000.0;
  }
}
