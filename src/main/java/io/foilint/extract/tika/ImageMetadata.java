package io.foilint.extract.tika;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.ExtractionException;
import io.foilint.model.ContentHandler;
import io.foilint.model.Fact;
import io.foilint.model.FactKind;
import io.foilint.model.Location;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.tika.metadata.Metadata;

/**
 * A picture's metadata (EXIF, XMP, IPTC, PNG text chunks) read with Tika's image parsers, and
 * reported as what it is to an FOI officer: fields that can name a person or describe the
 * picture (artist, author, camera owner, copyright, software, comments, keywords, title, IPTC
 * place names) as {@link FactKind#DOCUMENT_PROPERTY} facts, so the document-properties rule
 * judges them like a workbook's author; GPS coordinates as one {@link FactKind#IMAGE_LOCATION}
 * fact. Technical fields (sizes, compression, colour tables) and what Tika adds about its own
 * temporary copy (file name, size, modification date — different on every machine) are left out.
 * The pixels are not looked at.
 */
public final class ImageMetadata {

  /**
   * Field names (the part after the last ':', lower case, spaces removed) worth an officer's
   * look. Matching on the bare name catches a field whichever directory holds it (EXIF IFD0,
   * XMP dc:, IPTC, Windows XP tags).
   */
  private static final Set<String> FIELDS = Set.of(
      // people
      "artist", "author", "creator", "windowsxpauthor", "cameraownername", "ownername",
      "by-line", "captionwriter/editor", "copyright", "copyrightnotice", "rights",
      // what made or edited it, and where
      "software", "creatortool", "hostcomputer", "documentname",
      // words someone typed
      "usercomment", "comment", "comments", "jpegcomment", "windowsxpcomment",
      "imagedescription", "description", "title", "windowsxptitle", "subject",
      "windowsxpsubject", "keywords", "windowsxpkeywords", "keyword", "caption/abstract",
      "headline", "objectname",
      // IPTC place names (a photo's street, city)
      "city", "sub-location", "province/state", "country/primarylocationname");

  /** Tika's normalised decimal GPS position. */
  private static final String LATITUDE = "geo:lat";
  private static final String LONGITUDE = "geo:long";

  /** PNG tEXt, zTXt and iTXt chunks as ImageIO's standard metadata tree gives them. */
  private static final String PNG_TEXT = "Text TextEntry";

  private ImageMetadata() {}

  /** The text between {@code from} and the last {@code to} (or the end) in {@code entry}. */
  static String pngPart(String entry, String from, String to) {
    int start = entry.indexOf(from);
    if (start < 0) {
      return "";
    }
    start += from.length();
    int end = entry.lastIndexOf(to);
    return end >= start ? entry.substring(start, end) : entry.substring(start);
  }

  /**
   * Reads the metadata of a picture of {@code format} from {@code in} (not closed) and reports it
   * located in {@code place} (the picture's part name inside a package, or "picture" for a file
   * given on its own).
   */
  public static void read(PictureFormat format, InputStream in, ExtractionContext context,
      ContentHandler out, String place) throws IOException, ExtractionException {
    Metadata metadata = new Metadata();
    // ImageParser picks its ImageIO reader by the declared type
    metadata.set(Metadata.CONTENT_TYPE, format.mediaType());
    TikaText.parseMetadata(format.parser(), in, metadata, context, format.label() + " picture");
    Location where = Location.of(place);
    String[] names = metadata.names();
    Arrays.sort(names); // one order on every machine
    Set<String> seen = new HashSet<>();
    for (String name : names) {
      for (String value : metadata.getValues(name)) {
        String property = name;
        String text = value;
        if (name.equals(PNG_TEXT) && value != null) {
          // ImageIO's standard tree: "keyword=Author, value=…, encoding=…, compression=…"
          property = "PNG text:" + pngPart(value, "keyword=", ", value=");
          text = pngPart(value, ", value=", ", encoding=");
        }
        String field = bareName(property);
        if (FIELDS.contains(field) && text != null && !text.isBlank()
            && seen.add(field + "\u0000" + text.strip())) {
          out.fact(new Fact(FactKind.DOCUMENT_PROPERTY, where, property, text.strip()));
        }
      }
    }
    location(metadata, where, format, out);
  }

  private static void location(Metadata metadata, Location where, PictureFormat format,
      ContentHandler out) {
    String lat = metadata.get(LATITUDE);
    String lon = metadata.get(LONGITUDE);
    if (lat == null || lon == null) {
      return;
    }
    double latitude;
    double longitude;
    try {
      latitude = Double.parseDouble(lat.strip());
      longitude = Double.parseDouble(lon.strip());
    } catch (NumberFormatException e) {
      return; // not a position; the raw GPS fields are not reported as properties either
    }
    if (!Double.isFinite(latitude) || !Double.isFinite(longitude)
        || Math.abs(latitude) > 90 || Math.abs(longitude) > 180
        || (latitude == 0 && longitude == 0)) {
      return; // a camera's placeholder (0, 0) or a damaged value, not a place
    }
    Map<String, String> attrs = new LinkedHashMap<>();
    attrs.put("latitude", Double.toString(latitude));
    attrs.put("longitude", Double.toString(longitude));
    attrs.put("format", format.label());
    out.fact(new Fact(FactKind.IMAGE_LOCATION, where, "GPS",
        String.format(Locale.ROOT, "%.6f, %.6f", latitude, longitude), attrs));
  }

  /** {@code Exif IFD0:Artist} → {@code artist}. */
  static String bareName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    int colon = lower.lastIndexOf(':');
    return (colon >= 0 ? lower.substring(colon + 1) : lower).replace(" ", "");
  }
}
