package io.foilint.extract.ods;

import io.foilint.extract.ExtractionException;
import io.foilint.model.ContentHandler;
import io.foilint.model.Fact;
import io.foilint.model.FactKind;
import io.foilint.model.Location;
import java.util.Map;

/**
 * Reads office:meta (meta.xml, or inline in a flat .fods) into DOCUMENT_PROPERTY facts. Names
 * follow the OOXML property names detectors already know; attr {@code element} keeps the ODF
 * element name.
 */
final class MetaReader {

  private final OdfXml x;
  private final ContentHandler out;
  private final Location location;

  MetaReader(OdfXml x, ContentHandler out, Location location) {
    this.x = x;
    this.out = out;
    this.location = location;
  }

  /** Reader at the START_ELEMENT of office:meta; consumes it. */
  void read() throws ExtractionException {
    while (x.nextChild()) {
      String property = propertyName();
      if (property == null) {
        x.skipElement();
        continue;
      }
      String element = (x.inNamespace(Odf.DC) ? "dc:" : "meta:") + x.localName();
      String value = x.text().strip();
      if (!value.isEmpty()) {
        out.fact(new Fact(FactKind.DOCUMENT_PROPERTY, location, property, value, Map.of("element", element)));
      }
    }
  }

  /** The property name for the current element, or null when it is not a kept property. */
  private String propertyName() {
    if (x.inNamespace(Odf.DC)) {
      return switch (x.localName()) {
        case "creator" -> "lastModifiedBy";
        case "title" -> "title";
        case "subject" -> "subject";
        case "description" -> "description";
        default -> null;
      };
    }
    if (x.inNamespace(Odf.META)) {
      return switch (x.localName()) {
        case "initial-creator" -> "creator";
        case "keyword" -> "keywords";
        case "printed-by" -> "lastPrintedBy";
        case "user-defined" -> "custom:" + x.attr(Odf.META, "name", "");
        default -> null;
      };
    }
    return null;
  }
}
