package io.foilint.extract.xlsb;

import io.foilint.extract.ExtractionException;
import io.foilint.extract.PropertyValues;
import io.foilint.model.ContentHandler;
import io.foilint.model.Fact;
import io.foilint.model.FactKind;
import io.foilint.model.Location;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLStreamReader;

/**
 * Document properties ({@code docProps/core.xml}, {@code app.xml}, {@code custom.xml}) as
 * DOCUMENT_PROPERTY facts. Vectors (TitlesOfParts, which lists sheet names including hidden ones,
 * and HeadingPairs) become one fact with their entries joined by "; ". Custom properties are
 * named {@code custom:<name>}.
 */
final class DocPropsReader {

  /** Vector-valued app.xml properties whose entries are joined. */
  private static final Set<String> VECTORS = Set.of("TitlesOfParts", "HeadingPairs");

  private DocPropsReader() {}

  static void read(InputStream in, String partName, ContentHandler out) throws ExtractionException {
    List<Fact> facts = new ArrayList<>();
    SafeXml.read(in, partName, new SafeXml.Visitor() {
      int depth;
      String property;
      boolean blob;
      final StringBuilder text = new StringBuilder();
      final List<String> entries = new ArrayList<>();

      @Override
      public void start(XMLStreamReader r) {
        depth++;
        if (depth == 2) {
          property = r.getLocalName().equals("property")
              ? "custom:" + nullToEmpty(r.getAttributeValue(null, "name"))
              : r.getLocalName();
          entries.clear();
          blob = false;
        } else if (depth == 3 && r.getLocalName().equals("blob")) {
          blob = true;
        }
        text.setLength(0);
      }

      @Override
      public void text(String t) {
        text.append(t);
      }

      @Override
      public void end(XMLStreamReader r) {
        if (depth > 2 && !text.toString().isBlank()) {
          entries.add(text.toString().trim());
        } else if (depth == 2) {
          String value = entries.isEmpty() ? text.toString().trim() : String.join("; ", entries);
          if (blob) {
            value = blobValue(property.substring(property.indexOf(':') + 1), value);
          }
          if (!value.isEmpty() || VECTORS.contains(property) || property.startsWith("custom:")) {
            facts.add(new Fact(FactKind.DOCUMENT_PROPERTY, Location.of(partName, property), property, value));
          }
        }
        text.setLength(0);
        depth--;
      }
    });
    facts.forEach(out::fact);
  }

  /** A {@code vt:blob} (base64) as {@link PropertyValues#blob} renders it. */
  private static String blobValue(String property, String base64) {
    try {
      return PropertyValues.blob(property, Base64.getDecoder().decode(base64.replaceAll("\\s", "")));
    } catch (IllegalArgumentException notBase64) {
      return "binary value (not readable)";
    }
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
