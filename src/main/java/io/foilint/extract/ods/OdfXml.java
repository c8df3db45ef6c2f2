package io.foilint.extract.ods;

import io.foilint.extract.ExtractionException;
import io.foilint.extract.ExtractionException.Reason;
import io.foilint.extract.HardenedXml;
import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A hardened StAX reader over one OpenDocument XML part, with the few navigation helpers the
 * readers share. Every XML problem surfaces as an {@link ExtractionException} naming the part:
 * a DOCTYPE as XML_ENTITY, malformed XML as CORRUPT, a zip limit hit while inflating as
 * LIMIT_EXCEEDED.
 */
final class OdfXml implements AutoCloseable {

  /** Text longer than this (far beyond any cell or comment a program writes) is cut. */
  static final int MAX_TEXT_CHARS = 1_000_000;

  private static final XMLInputFactory FACTORY = HardenedXml.inputFactory();

  private final XMLStreamReader reader;
  private final String part;

  private OdfXml(XMLStreamReader reader, String part) {
    this.reader = reader;
    this.part = part;
  }

  static OdfXml open(InputStream in, String part) throws ExtractionException {
    try {
      return new OdfXml(FACTORY.createXMLStreamReader(in), part);
    } catch (XMLStreamException e) {
      throw failure(e, part);
    }
  }

  String part() {
    return part;
  }

  /** Advances one event; a DOCTYPE or entity reference is refused. */
  int next() throws ExtractionException {
    try {
      int event = reader.next();
      if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
        throw new ExtractionException(
            Reason.XML_ENTITY,
            part + " declares a DOCTYPE or entities, which foilint refuses to expand (a known"
                + " attack on XML readers).");
      }
      return event;
    } catch (XMLStreamException e) {
      throw failure(e, part);
    }
  }

  /**
   * Moves to the next child element of the element the reader is in: true on the child's
   * START_ELEMENT, false on the parent's END_ELEMENT (text and other events between are passed
   * over). Every container loop of the ODF readers is {@code while (x.nextChild())}.
   */
  boolean nextChild() throws ExtractionException {
    while (true) {
      int ev = next();
      if (ev == XMLStreamConstants.END_ELEMENT) {
        return false;
      }
      if (ev == XMLStreamConstants.START_ELEMENT) {
        return true;
      }
    }
  }

  int attributeCount() {
    return reader.getAttributeCount();
  }

  String attributeValue(int i) {
    return reader.getAttributeValue(i);
  }

  /** The current CHARACTERS event's text. */
  String characters() {
    return reader.getText();
  }

  boolean hasNext() throws ExtractionException {
    try {
      return reader.hasNext();
    } catch (XMLStreamException e) {
      throw failure(e, part);
    }
  }

  boolean is(String namespace, String localName) {
    return localName.equals(reader.getLocalName()) && namespace.equals(reader.getNamespaceURI());
  }

  boolean inNamespace(String namespace) {
    return namespace.equals(reader.getNamespaceURI());
  }

  String localName() {
    return reader.getLocalName();
  }

  /** The attribute's value, or null when absent. */
  String attr(String namespace, String localName) {
    return reader.getAttributeValue(namespace, localName);
  }

  String attr(String namespace, String localName, String fallback) {
    String v = reader.getAttributeValue(namespace, localName);
    return v == null ? fallback : v;
  }

  /** A repeat count attribute: at least 1, absurd values kept (callers cap what they emit). */
  long repeat(String namespace, String localName) {
    String v = reader.getAttributeValue(namespace, localName);
    if (v == null) {
      return 1;
    }
    try {
      return Math.max(1, Long.parseLong(v.trim()));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  int line() {
    return reader.getLocation() == null ? -1 : reader.getLocation().getLineNumber();
  }

  /** Consumes the current element (reader at its START_ELEMENT) up to its END_ELEMENT. */
  void skipElement() throws ExtractionException {
    int depth = 1;
    while (depth > 0) {
      int ev = next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else if (ev == XMLStreamConstants.END_DOCUMENT) {
        throw truncated();
      }
    }
  }

  /**
   * The text of the current element's subtree as a reader would see it: text:s as spaces,
   * text:tab as a tab, line breaks and paragraphs as newlines. Consumes up to its END_ELEMENT.
   */
  String text() throws ExtractionException {
    StringBuilder sb = new StringBuilder();
    appendText(sb);
    return sb.toString();
  }

  /** As {@link #text()} but appends to {@code sb}. */
  void appendText(StringBuilder sb) throws ExtractionException {
    int depth = 1;
    // Pretty-printed files indent between elements; that white space is not text. Inside a
    // paragraph (or in a simple text-only element) every character counts.
    int paragraphs = isParagraph() ? 1 : 0;
    java.util.ArrayDeque<Boolean> opened = new java.util.ArrayDeque<>();
    while (depth > 0) {
      int ev = next();
      switch (ev) {
        case XMLStreamConstants.START_ELEMENT -> {
          depth++;
          boolean paragraph = isParagraph();
          opened.push(paragraph);
          paragraphs += paragraph ? 1 : 0;
          if (is(Odf.TEXT, "s")) {
            long n = Math.min(repeat(Odf.TEXT, "c"), 1000);
            for (long i = 0; i < n; i++) {
              append(sb, " ");
            }
          } else if (is(Odf.TEXT, "tab")) {
            append(sb, "\t");
          } else if (is(Odf.TEXT, "line-break")) {
            append(sb, "\n");
          } else if ((is(Odf.TEXT, "p") || is(Odf.TEXT, "h")) && sb.length() > 0
              && sb.charAt(sb.length() - 1) != '\n') {
            append(sb, "\n");
          }
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
          String t = currentText();
          if (paragraphs > 0 || !t.isBlank()) {
            append(sb, t);
          }
        }
        case XMLStreamConstants.END_ELEMENT -> {
          depth--;
          if (!opened.isEmpty() && depth > 0) {
            paragraphs -= opened.pop() ? 1 : 0;
          }
        }
        case XMLStreamConstants.END_DOCUMENT -> throw truncated();
        default -> {}
      }
    }
  }

  private boolean isParagraph() {
    return is(Odf.TEXT, "p") || is(Odf.TEXT, "h");
  }

  private static void append(StringBuilder sb, String s) {
    if (sb.length() < MAX_TEXT_CHARS) {
      sb.append(s, 0, Math.min(s.length(), MAX_TEXT_CHARS - sb.length()));
    }
  }

  /**
   * The current text event's characters. The StAX reader (Aalto) reads character data lazily, so
   * a part whose bytes fail inside a text node (bad deflate data, a limit hit) fails here, as an
   * unchecked wrapper of the {@link XMLStreamException}; it is mapped like any other read failure.
   */
  String currentText() throws ExtractionException {
    try {
      return reader.getText();
    } catch (RuntimeException e) {
      if (e.getCause() instanceof XMLStreamException xse) {
        throw failure(xse, part);
      }
      throw e;
    }
  }

  private ExtractionException truncated() {
    return new ExtractionException(
        Reason.TRUNCATED, part + " ends in the middle of its content: the file looks truncated.");
  }

  @Override
  public void close() {
    try {
      reader.close();
    } catch (XMLStreamException e) {
      // nothing was written; a failed close loses nothing
    }
  }

  /** Maps a StAX failure to the reason behind it (a zip limit hit while inflating, or bad XML). */
  static ExtractionException failure(XMLStreamException e, String part) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof LimitedInputStream.LimitBreach breach) {
        return breach.toExtractionException();
      }
      if (t instanceof XMLStreamException xse && xse.getNestedException() != null
          && xse.getNestedException() != t.getCause()) {
        ExtractionException nested = fromNested(xse.getNestedException());
        if (nested != null) {
          return nested;
        }
      }
    }
    int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
    return new ExtractionException(
        Reason.CORRUPT,
        part + " is not well-formed XML" + (line > 0 ? " (near line " + line + ")" : "")
            + ", so its content cannot be fully read.",
        e);
  }

  private static ExtractionException fromNested(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c instanceof LimitedInputStream.LimitBreach breach) {
        return breach.toExtractionException();
      }
    }
    return null;
  }
}
