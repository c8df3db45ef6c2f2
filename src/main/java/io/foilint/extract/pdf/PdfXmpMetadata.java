package io.foilint.extract.pdf;

import io.foilint.extract.HardenedXml;
import io.foilint.extract.ExtractionException;
import io.foilint.extract.ExtractionException.Reason;
import io.foilint.model.ContentHandler;
import io.foilint.model.Fact;
import io.foilint.model.FactKind;
import io.foilint.model.Location;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;

/**
 * The PDF's XMP metadata packet (the catalog's {@code /Metadata} stream): creator, creating
 * application, producer and the edit history, each value as a property fact named
 * {@code xmp:<prefix>:<name>} (nested history values as {@code xmp:xmpMM:History/stEvt:action}).
 * A value holding a file path is also reported as a save path. Parsed with StAX with DTDs and
 * external entities off; a DOCTYPE is refused, as XMP never needs one.
 */
final class PdfXmpMetadata {

  static final Location PLACE = Location.of("XMP metadata");

  /** Most property values reported; a history of thousands of saves adds nothing after this. */
  static final int MAX_VALUES = 500;

  private static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

  /** Identifiers (random UUIDs) that say nothing about people or places; left out as noise. */
  private static final Set<String> IDENTIFIERS =
      Set.of("documentid", "instanceid", "originaldocumentid", "versionid", "renditionclass");

  private static final XMLInputFactory FACTORY = HardenedXml.inputFactory();

  private final PDDocument document;
  private final ContentHandler out;
  private final Set<String> seen = new HashSet<>();

  PdfXmpMetadata(PDDocument document, ContentHandler out) {
    this.document = document;
    this.out = out;
  }

  void report() throws IOException, ExtractionException {
    PDMetadata metadata = document.getDocumentCatalog().getMetadata();
    if (metadata == null) {
      return;
    }
    try (InputStream in = metadata.createInputStream()) {
      read(in);
    } catch (IOException e) {
      // A metadata stream that will not decode leaves the rest of the file readable; it is
      // named as not checked rather than failing the whole file.
      out.fact(new Fact(FactKind.UNINSPECTED_PART, PLACE, "XMP metadata",
          "the metadata stream could not be decoded; its values were not read"));
    }
  }

  /** Reads one packet; visible for tests, which feed XML directly. */
  void read(InputStream in) throws ExtractionException {
    XMLStreamReader r = null;
    try {
      r = FACTORY.createXMLStreamReader(in);
      walk(r);
    } catch (XMLStreamException | RuntimeException e) {
      String why = e.getMessage() == null ? "" : e.getMessage();
      if (why.contains("DOCTYPE") || why.contains("ENTITY") || why.contains("entity")) {
        throw entities(e);
      }
      // Damaged XMP is common in real PDFs; the rest of the file is still read, and the packet
      // is named as not checked.
      out.fact(new Fact(FactKind.UNINSPECTED_PART, PLACE, "XMP metadata",
          "not well-formed XML; its values were not read"));
    } finally {
      if (r != null) {
        try {
          r.close();
        } catch (XMLStreamException ignored) {
          // closing a reader that already failed adds nothing
        }
      }
    }
  }

  private void walk(XMLStreamReader r) throws XMLStreamException, ExtractionException {
    // Property elements from the outermost down: the outermost names the property, the innermost
    // names a field of a structured value (a history entry's action).
    Deque<String> properties = new ArrayDeque<>();
    StringBuilder text = new StringBuilder();
    while (r.hasNext()) {
      switch (r.next()) {
        case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_DECLARATION,
            XMLStreamConstants.ENTITY_REFERENCE -> throw entities(null);
        case XMLStreamConstants.START_ELEMENT -> {
          text.setLength(0);
          boolean property = !isRdf(r) && !r.getLocalName().equals("xmpmeta");
          String self = qualified(r.getPrefix(), r.getLocalName());
          // rdf:Description shorthand puts properties in attributes, of the description itself
          // or of a list item (one history entry)
          String base = !properties.isEmpty() ? properties.peekFirst() : property ? self : "";
          // x:xmptk on the packet's root names the XMP toolkit's build, not the document
          int attributes = r.getLocalName().equals("xmpmeta") ? 0 : r.getAttributeCount();
          for (int i = 0; i < attributes; i++) {
            String ns = r.getAttributeNamespace(i);
            if (ns == null || ns.isEmpty() || RDF.equals(ns) || ns.startsWith("http://www.w3.org/XML/")) {
              continue;
            }
            String name = qualified(r.getAttributePrefix(i), r.getAttributeLocalName(i));
            value(base.isEmpty() ? name : base + "/" + name, r.getAttributeValue(i));
          }
          if (property) {
            properties.addLast(self);
          }
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> text.append(r.getText());
        case XMLStreamConstants.END_ELEMENT -> {
          boolean property = !isRdf(r) && !r.getLocalName().equals("xmpmeta");
          boolean listItem = isRdf(r) && r.getLocalName().equals("li");
          if ((property || listItem) && !properties.isEmpty()) {
            // a list item (one of several creators) is a value of its own
            value(nameOf(properties), text.toString());
          }
          if (property && !properties.isEmpty()) {
            properties.removeLast();
          }
          text.setLength(0);
        }
        default -> {
          // the xpacket processing instruction, comments and whitespace carry nothing
        }
      }
    }
  }

  private static String nameOf(Deque<String> properties) {
    return properties.size() == 1
        ? properties.peekFirst()
        : properties.peekFirst() + "/" + properties.peekLast();
  }

  private static boolean isRdf(XMLStreamReader r) {
    return RDF.equals(r.getNamespaceURI());
  }

  private static String qualified(String prefix, String local) {
    return prefix == null || prefix.isEmpty() ? local : prefix + ":" + local;
  }

  private void value(String property, String raw) {
    String value = raw == null ? "" : raw.strip();
    if (value.isEmpty() || seen.size() >= MAX_VALUES) {
      return;
    }
    String local = property.substring(property.lastIndexOf(':') + 1).toLowerCase(java.util.Locale.ROOT);
    if (IDENTIFIERS.contains(local) || !seen.add(property + '\u0000' + value)) {
      return;
    }
    String name = "xmp:" + property;
    out.fact(new Fact(FactKind.DOCUMENT_PROPERTY, PLACE, name, value));
    SavePaths.in(value).ifPresent(path -> out.fact(new Fact(FactKind.SAVE_PATH, PLACE.withRef(name), name, path)));
  }

  private static ExtractionException entities(Exception cause) {
    return new ExtractionException(Reason.XML_ENTITY,
        "The PDF's XMP metadata declares a DOCTYPE or XML entities, which XMP never needs;"
            + " foilint does not read such XML", cause);
  }
}
