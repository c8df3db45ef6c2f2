package io.foilint.extract.xlsx;

import io.foilint.extract.ExtractionException;
import io.foilint.extract.ExtractionException.Reason;
import java.io.IOException;
import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.DefaultHandler2;

/**
 * Hardened SAX parsing for package parts. A part that declares a DOCTYPE is refused as soon as
 * the declaration starts (before any entity in it is defined), because OOXML never needs one and
 * entity declarations are how XML bombs and external-entity attacks work.
 */
final class SafeXml {

  /** Thrown from inside the parser when a DOCTYPE shows up; distinct so it maps to XML_ENTITY. */
  static final class DoctypeFound extends SAXException {
    private static final long serialVersionUID = 1L;

    DoctypeFound() {
      super("DOCTYPE in package part");
    }
  }

  /** Thrown by handlers that have read all they need and want the parse to stop early. */
  static final class StopParsing extends SAXException {
    private static final long serialVersionUID = 1L;

    StopParsing() {
      super("stop");
    }
  }

  private static final SAXParserFactory FACTORY = newFactory();

  private SafeXml() {}

  private static SAXParserFactory newFactory() {
    SAXParserFactory f = SAXParserFactory.newInstance();
    f.setNamespaceAware(true);
    f.setValidating(false);
    trySet(f, XMLConstants.FEATURE_SECURE_PROCESSING, true);
    trySet(f, "http://xml.org/sax/features/external-general-entities", false);
    trySet(f, "http://xml.org/sax/features/external-parameter-entities", false);
    trySet(f, "http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return f;
  }

  private static void trySet(SAXParserFactory f, String feature, boolean value) {
    try {
      f.setFeature(feature, value);
    } catch (ParserConfigurationException | SAXException e) {
      // A parser without this feature still gets the DOCTYPE refusal below.
    }
  }

  /**
   * Parses {@code in} with {@code handler}. Malformed XML becomes CORRUPT, a DOCTYPE becomes
   * XML_ENTITY, and an early {@link StopParsing} is a normal end.
   *
   * @param partName used in messages, e.g. {@code xl/workbook.xml}
   */
  static void parse(InputStream in, DefaultHandler2 handler, String partName)
      throws IOException, ExtractionException {
    XMLReader reader;
    try {
      SAXParser parser = FACTORY.newSAXParser();
      reader = parser.getXMLReader();
      reader.setProperty("http://xml.org/sax/properties/lexical-handler", new DoctypeRefuser());
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("XML parser cannot be configured safely", e);
    }
    reader.setContentHandler(handler);
    reader.setErrorHandler(handler);
    reader.setEntityResolver((publicId, systemId) -> {
      throw new DoctypeFound();
    });
    try {
      reader.parse(new InputSource(in));
    } catch (StopParsing e) {
      // the handler had what it needed
    } catch (DoctypeFound e) {
      throw new ExtractionException(
          Reason.XML_ENTITY,
          "Part " + partName + " contains an XML entity declaration (a DOCTYPE), which spreadsheets"
              + " never need and attacks use; foilint does not read such files");
    } catch (SAXException e) {
      if (e.getException() instanceof ExtractionException ee) {
        throw ee;
      }
      if (e.getException() instanceof IOException io) {
        throw io;
      }
      throw new ExtractionException(
          Reason.CORRUPT, "Part " + partName + " of the workbook is not well-formed XML", e);
    }
  }

  /** Refuses the DOCTYPE at its start (entities can only be declared inside one). */
  private static final class DoctypeRefuser extends DefaultHandler2 {

    @Override
    public void startDTD(String name, String publicId, String systemId) throws SAXException {
      throw new DoctypeFound();
    }
  }
}
