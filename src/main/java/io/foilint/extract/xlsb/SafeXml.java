package io.foilint.extract.xlsb;

import io.foilint.extract.HardenedXml;
import io.foilint.extract.ExtractionException;
import io.foilint.extract.ExtractionException.Reason;
import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A StAX reader for the XML parts an xlsb package still carries (document properties, theme,
 * drawings, charts, custom XML). DTDs and external entities are off, and a document that
 * declares a DOCTYPE at all is refused with {@link Reason#XML_ENTITY}: Office never writes one,
 * so its presence means a crafted file.
 */
final class SafeXml {

  private static final XMLInputFactory FACTORY = HardenedXml.inputFactory();

  private SafeXml() {}

  /** Receives the events of one part; only element starts, ends and text are passed on. */
  interface Visitor {
    void start(XMLStreamReader r) throws ExtractionException;

    default void text(String text) throws ExtractionException {}

    default void end(XMLStreamReader r) throws ExtractionException {}
  }

  static void read(InputStream in, String partName, Visitor visitor) throws ExtractionException {
    XMLStreamReader r = null;
    try {
      r = FACTORY.createXMLStreamReader(in);
      while (r.hasNext()) {
        int event = r.next();
        switch (event) {
          case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_DECLARATION ->
              throw new ExtractionException(
                  Reason.XML_ENTITY,
                  "The part " + partName + " declares a DOCTYPE or entities, which Office files never"
                      + " do; foilint does not read such XML.");
          case XMLStreamConstants.ENTITY_REFERENCE ->
              throw new ExtractionException(
                  Reason.XML_ENTITY,
                  "The part " + partName + " uses an XML entity reference foilint will not expand.");
          case XMLStreamConstants.START_ELEMENT -> visitor.start(r);
          case XMLStreamConstants.END_ELEMENT -> visitor.end(r);
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA,
              XMLStreamConstants.SPACE -> visitor.text(r.getText());
          default -> {
            // comments and processing instructions carry nothing foilint reports
          }
        }
      }
    } catch (XMLStreamException | RuntimeException e) {
      String why = e.getMessage() == null ? "" : e.getMessage();
      if (why.contains("DOCTYPE") || why.contains("ENTITY") || why.contains("entity")) {
        throw new ExtractionException(
            Reason.XML_ENTITY,
            "The part " + partName + " uses XML entity declarations, which foilint does not read.",
            e);
      }
      throw new ExtractionException(
          Reason.CORRUPT, "The part " + partName + " is not well-formed XML: the file is damaged.", e);
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
}
