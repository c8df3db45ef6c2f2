package io.foilint.extract.ods;

import io.foilint.extract.ExtractionException;
import io.foilint.extract.ExtractionException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;

/**
 * META-INF/manifest.xml: the media type of each part, and which parts are encrypted (an
 * encrypted part cannot be inspected without the password).
 */
final class OdfManifest {

  private final Map<String, String> mediaTypes = new HashMap<>();
  private final Set<String> encrypted = new LinkedHashSet<>();

  static OdfManifest read(OdfPackage pkg) throws ExtractionException {
    OdfManifest m = new OdfManifest();
    InputStream in = pkg.open("META-INF/manifest.xml");
    if (in == null) {
      return m;
    }
    try (in; OdfXml x = OdfXml.open(in, "META-INF/manifest.xml")) {
      String current = null;
      while (x.hasNext()) {
        int ev = x.next();
        if (ev != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        if (x.is(Odf.MANIFEST, "file-entry")) {
          current = x.attr(Odf.MANIFEST, "full-path", "");
          m.mediaTypes.put(current, x.attr(Odf.MANIFEST, "media-type", ""));
        } else if (x.is(Odf.MANIFEST, "encryption-data") && current != null) {
          m.encrypted.add(current);
        }
      }
    } catch (IOException e) {
      throw new ExtractionException(Reason.CORRUPT, "META-INF/manifest.xml cannot be read.", e);
    }
    return m;
  }

  /** Throws ENCRYPTED when any part is encrypted: its content cannot be inspected. */
  void requireNotEncrypted() throws ExtractionException {
    requireNotEncrypted("spreadsheet");
  }

  /** As {@link #requireNotEncrypted()}, naming the document ("document", "presentation"). */
  void requireNotEncrypted(String noun) throws ExtractionException {
    if (!encrypted.isEmpty()) {
      String which = encrypted.contains("content.xml") ? "its content" : String.join(", ", encrypted);
      throw new ExtractionException(
          Reason.ENCRYPTED,
          "The " + noun + " is password-protected (" + which + " encrypted), so it cannot be inspected.");
    }
  }

  /** True when the manifest lists the part (a part it does not list is an orphan). */
  boolean lists(String path) {
    return mediaTypes.containsKey(path);
  }

  /** The declared media type of a part ("Object 1/" for a directory), or "". */
  String mediaType(String path) {
    return mediaTypes.getOrDefault(path, "");
  }
}
