package io.foilint.extract.ods;

import io.foilint.extract.ExtractionException;
import io.foilint.model.ContentHandler;
import io.foilint.model.Location;
import io.foilint.model.TextBlock;
import io.foilint.model.TextKind;
import io.foilint.model.Visibility;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.xml.stream.XMLStreamConstants;

/**
 * settings.xml: view and printer settings. Numbers and flags (cursor positions, zoom, split
 * positions, booleans) say where the application was, not what the document holds, and are not
 * reported. Every string value (printer names, view and sheet names, anything a program put there)
 * and the printable text inside binary values (the printer setup blob holds the printer and
 * driver names) is handed to the detectors as metadata text, so personal data there is found.
 */
final class SettingsReader {

  static final String PART = "settings.xml";

  private static final String CONFIG = "urn:oasis:names:tc:opendocument:xmlns:config:1.0";

  /** Shortest run of printable characters taken from a binary value. */
  private static final int MIN_RUN = 4;

  private SettingsReader() {}

  static void read(InputStream in, ContentHandler out) throws ExtractionException, IOException {
    try (OdfXml x = OdfXml.open(in, PART)) {
      while (x.hasNext()) {
        if (x.next() != XMLStreamConstants.START_ELEMENT || !x.is(CONFIG, "config-item")) {
          continue;
        }
        String name = x.attr(CONFIG, "name", "");
        String type = x.attr(CONFIG, "type", "");
        String value = x.text();
        String text = switch (type) {
          case "string" -> value.strip();
          case "base64Binary" -> printable(decode(value));
          default -> "";
        };
        if (!text.isEmpty()) {
          out.text(new TextBlock(TextKind.OTHER, Location.of(PART, name), text, "", Visibility.METADATA));
        }
      }
    }
  }

  /**
   * manifest.rdf and similar small RDF/XML parts: every text node and every attribute value that is
   * not a URI, file name of the package, or namespace is handed to the detectors as metadata text.
   */
  static void readRdf(InputStream in, String part, ContentHandler out)
      throws ExtractionException, IOException {
    StringBuilder sb = new StringBuilder();
    try (OdfXml x = OdfXml.open(in, part)) {
      while (x.hasNext()) {
        int ev = x.next();
        if (ev == XMLStreamConstants.START_ELEMENT) {
          for (int i = 0; i < x.attributeCount(); i++) {
            keep(x.attributeValue(i), sb);
          }
        } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) {
          keep(x.characters(), sb);
        }
      }
    }
    if (!sb.isEmpty()) {
      out.text(new TextBlock(TextKind.OTHER, Location.of(part), sb.toString().strip(), "", Visibility.METADATA));
    }
  }

  private static void keep(String value, StringBuilder sb) {
    String v = value.strip();
    if (v.isEmpty() || v.contains("://") || v.startsWith("urn:") || v.matches("[\\w./ -]*\\.(xml|rdf)")) {
      return;
    }
    sb.append(v).append('\n');
  }

  private static byte[] decode(String value) {
    try {
      return Base64.getMimeDecoder().decode(value.strip());
    } catch (IllegalArgumentException e) {
      // not base64 after all: read the value as it stands
      return value.getBytes(StandardCharsets.UTF_8);
    }
  }

  /** Runs of printable ASCII (one byte a character, or UTF-16LE) of at least four characters. */
  static String printable(byte[] b) {
    StringBuilder all = new StringBuilder();
    StringBuilder run = new StringBuilder();
    for (int step = 1; step <= 2; step++) {
      for (int i = 0; i + step - 1 < b.length; i += step) {
        int c = b[i] & 0xFF;
        boolean ok = c >= 0x20 && c < 0x7F && (step == 1 || b[i + 1] == 0);
        if (ok) {
          run.append((char) c);
        } else {
          flush(run, all);
        }
      }
      flush(run, all);
    }
    return all.toString().strip();
  }

  private static void flush(StringBuilder run, StringBuilder all) {
    if (run.toString().strip().length() >= MIN_RUN) {
      all.append(run.toString().strip()).append('\n');
    }
    run.setLength(0);
  }
}
