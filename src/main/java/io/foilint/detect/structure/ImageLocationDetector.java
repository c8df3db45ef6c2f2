package io.foilint.detect.structure;

import io.foilint.detect.Detector;
import io.foilint.detect.Rule;
import io.foilint.detect.Severity;
import io.foilint.model.Fact;
import io.foilint.model.FactAttr;
import io.foilint.model.FactKind;
import java.util.Locale;

/**
 * A picture that records where it was taken (GPS coordinates in its EXIF or XMP metadata),
 * whether given on its own or inside a document: REVIEW. A photo taken at someone's home, a
 * witness's street, a refuge, gives the place away to anyone who opens its properties. The
 * evidence rounds the position to a tenth of a degree (about 10 km), so the report itself does
 * not give the address away.
 */
@Rule(
    id = "image-location",
    severity = Severity.REVIEW,
    summary = "A picture records the GPS position where it was taken",
    fix = "Remove the location from the picture before release: in Windows right-click the file >"
        + " Properties > Details > Remove Properties and Personal Information; or run"
        + " exiftool -gps:all= photo.jpg; for a picture inside a Word, Excel or PowerPoint file,"
        + " delete it and insert the stripped copy (LibreOffice: the same), then scan again")
public final class ImageLocationDetector extends Detector {

  @Override
  public void fact(Fact fact) {
    if (fact.kind() != FactKind.IMAGE_LOCATION) {
      return;
    }
    String rounded = rounded(fact.get(FactAttr.LATITUDE), fact.get(FactAttr.LONGITUDE));
    String picture = fact.location().place().isEmpty() || fact.location().place().equals(
        "picture metadata") ? "The picture" : "The picture " + fact.location().place();
    report(
        Severity.REVIEW,
        fact.location(),
        picture + " records the GPS position where it was taken (" + rounded
            + "; the exact position is in the file) — a photo taken at someone's home or street"
            + " gives the address to anyone who opens its properties",
        rounded);
  }

  /**
   * "about 51.5° N, 0.1° W": a tenth of a degree, about 10 km, enough to find the picture's
   * place in the report, not the house.
   */
  static String rounded(String latitude, String longitude) {
    try {
      double lat = Double.parseDouble(latitude);
      double lon = Double.parseDouble(longitude);
      return String.format(Locale.ROOT, "about %.1f° %s, %.1f° %s", Math.abs(lat),
          lat < 0 ? "S" : "N", Math.abs(lon), lon < 0 ? "W" : "E");
    } catch (NumberFormatException e) {
      return "a position";
    }
  }
}
