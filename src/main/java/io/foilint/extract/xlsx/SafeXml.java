package io.foilint.extract.xlsx;

import io.foilint.extract.ExtractionException;
import io.foilint.extract.ExtractionException.Reason;
import io.foilint.extract.HardenedXml;
import java.io.IOException;
import java.io.InputStream;
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

  private static final SAXParserFactory FACTORY = HardenedXml.saxParserFactory();

  private SafeXml() {}

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
    java.io.BufferedInputStream buffered = new java.io.BufferedInputStream(in, 8192);
    if (declaresDoctype(buffered)) {
      throw new ExtractionException(
          Reason.XML_ENTITY,
          "Part " + partName + " contains an XML entity declaration (a DOCTYPE), which spreadsheets"
              + " never need and attacks use; foilint does not read such files");
    }
    try {
      reader.parse(new InputSource(buffered));
    } catch (StopParsing e) {
      // the handler had what it needed
    } catch (DoctypeFound e) {
      throw new ExtractionException(
          Reason.XML_ENTITY,
          "Part " + partName + " contains an XML entity declaration (a DOCTYPE), which spreadsheets"
              + " never need and attacks use; foilint does not read such files");
    } catch (SAXException e) {
      // Aalto wraps what a handler throws; look through the wrapping for our own signals.
      for (Throwable t = e; t != null; t = t instanceof SAXException se && se.getException() != null ? se.getException() : t.getCause()) {
        if (t instanceof StopParsing) {
          return;
        }
        if (t instanceof DoctypeFound) {
          throw new ExtractionException(
              Reason.XML_ENTITY,
              "Part " + partName + " contains an XML entity declaration (a DOCTYPE), which spreadsheets"
                  + " never need and attacks use; foilint does not read such files");
        }
        if (t instanceof IOException io) {
          throw io; // e.g. POI's zip-bomb guard: the caller names the limit
        }
        if (t instanceof ExtractionException ee) {
          throw ee;
        }
        if (t.getCause() == t) {
          break;
        }
      }
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

  /**
   * Whether the part's prolog declares a DOCTYPE. Checked on the raw bytes before parsing: some
   * parsers fail on an entity-laden internal subset before any handler hears of the DOCTYPE.
   * NULs are dropped so UTF-16 parts are read too.
   */
  private static boolean declaresDoctype(java.io.BufferedInputStream in) throws IOException {
    in.mark(4096);
    byte[] head = in.readNBytes(4096);
    in.reset();
    StringBuilder ascii = new StringBuilder(head.length);
    for (byte b : head) {
      if (b != 0) {
        ascii.append((char) (b & 0xFF));
      }
    }
    int root = ascii.indexOf("<!DOCTYPE");
    if (root < 0) {
      return false;
    }
    // only in the prolog: before the first element start tag
    for (int i = 0; i < root; i++) {
      if (ascii.charAt(i) == '<' && i + 1 < ascii.length()) {
        char next = ascii.charAt(i + 1);
        if (next != '?' && next != '!') {
          return false;
        }
      }
    }
    return true;
  }

  /** Refuses the DOCTYPE at its start (entities can only be declared inside one). */
  private static final class DoctypeRefuser extends DefaultHandler2 {

    @Override
    public void startDTD(String name, String publicId, String systemId) throws SAXException {
      throw new DoctypeFound();
    }
  }
}
