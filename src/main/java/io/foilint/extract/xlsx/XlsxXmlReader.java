package io.foilint.extract.xlsx;

import io.foilint.extract.ExtractionException;
import io.foilint.extract.ExtractionException.Reason;
import io.foilint.extract.HardenedXml;
import java.io.IOException;
import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.PackagePart;

/**
 * A hardened, streaming (StAX) reader over one XML part of the package.
 *
 * <p>DTDs are never processed: a DOCTYPE anywhere means someone hand-crafted the part (entity
 * expansion and external-entity attacks need one), so the file is refused with {@link
 * Reason#XML_ENTITY} rather than parsed with the declarations ignored. Elements and attributes
 * are matched by local name only, so transitional and strict OOXML namespaces both work.
 */
public final class XlsxXmlReader implements AutoCloseable {

  private static final XMLInputFactory FACTORY = HardenedXml.coalescingJdkInputFactory();

  private final String partName;
  private final InputStream in;
  private final XMLStreamReader xml;
  private int event = XMLStreamConstants.START_DOCUMENT;

  private XlsxXmlReader(String partName, InputStream in, XMLStreamReader xml) {
    this.partName = partName;
    this.in = in;
    this.xml = xml;
  }

  public static XlsxXmlReader open(PackagePart part) throws ExtractionException {
    String name = XlsxPartsReader.nameOf(part);
    InputStream in;
    try {
      in = part.getInputStream();
    } catch (IOException | RuntimeException e) {
      throw new ExtractionException(
          Reason.CORRUPT, "The part " + name + " of this workbook could not be opened.", e);
    }
    return open(name, in);
  }

  /** Reads {@code in} (closed with this reader) as the part called {@code partName}. */
  public static XlsxXmlReader open(String partName, InputStream in) throws ExtractionException {
    try {
      return new XlsxXmlReader(partName, in, FACTORY.createXMLStreamReader(in));
    } catch (XMLStreamException | RuntimeException e) {
      closeQuietly(in);
      throw notXml(partName, e);
    }
  }

  public String partName() {
    return partName;
  }

  /** Advances one event; false at the end of the document. */
  public boolean next() throws ExtractionException {
    try {
      if (!xml.hasNext()) {
        return false;
      }
      event = xml.next();
    } catch (XMLStreamException | RuntimeException e) {
      if (String.valueOf(e.getMessage()).contains("was referenced, but not declared")) {
        throw entities();
      }
      throw notXml(partName, e);
    }
    if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE
        || event == XMLStreamConstants.ENTITY_DECLARATION) {
      throw entities();
    }
    return event != XMLStreamConstants.END_DOCUMENT;
  }

  /** Advances to the next start tag; false at the end of the document. */
  public boolean nextStart() throws ExtractionException {
    while (next()) {
      if (event == XMLStreamConstants.START_ELEMENT) {
        return true;
      }
    }
    return false;
  }

  public boolean isStart() {
    return event == XMLStreamConstants.START_ELEMENT;
  }

  public boolean isStart(String local) {
    return event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals(local);
  }

  public boolean isEnd() {
    return event == XMLStreamConstants.END_ELEMENT;
  }

  public boolean isEnd(String local) {
    return event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals(local);
  }

  public boolean isText() {
    return event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
        || event == XMLStreamConstants.SPACE;
  }

  public String text() {
    return xml.getText();
  }

  public String local() {
    return xml.getLocalName();
  }

  public String namespace() {
    String ns = xml.getNamespaceURI();
    return ns == null ? "" : ns;
  }

  /** An attribute without namespace (or, failing that, with any namespace) by local name; "" if absent. */
  public String attr(String local) {
    String any = null;
    for (int i = 0; i < xml.getAttributeCount(); i++) {
      if (xml.getAttributeLocalName(i).equals(local)) {
        String ns = xml.getAttributeNamespace(i);
        if (ns == null || ns.isEmpty()) {
          return xml.getAttributeValue(i);
        }
        if (any == null) {
          any = xml.getAttributeValue(i);
        }
      }
    }
    return any == null ? "" : any;
  }

  /** Local names of the current start tag's attributes. */
  java.util.List<String> attributeNames() {
    java.util.List<String> names = new java.util.ArrayList<>();
    for (int i = 0; i < xml.getAttributeCount(); i++) {
      names.add(xml.getAttributeLocalName(i));
    }
    return names;
  }

  /** A relationship id attribute ({@code r:id}, {@code r:embed}...), whatever the r prefix maps to. */
  public String relAttr(String local) {
    for (int i = 0; i < xml.getAttributeCount(); i++) {
      String ns = xml.getAttributeNamespace(i);
      if (xml.getAttributeLocalName(i).equals(local) && ns != null && ns.endsWith("relationships")) {
        return xml.getAttributeValue(i);
      }
    }
    return "";
  }

  /**
   * All text inside the current element (descendants included), leaving the reader on its end
   * tag. Text under elements named in {@code skip} (e.g. phonetic runs) is left out.
   */
  public String elementText(String... skip) throws ExtractionException {
    StringBuilder sb = new StringBuilder();
    int depth = 1;
    int skipDepth = 0;
    while (depth > 0 && next()) {
      if (isStart()) {
        depth++;
        if (skipDepth == 0 && contains(skip, local())) {
          skipDepth = depth;
        }
      } else if (isEnd()) {
        if (skipDepth == depth) {
          skipDepth = 0;
        }
        depth--;
      } else if (isText() && skipDepth == 0) {
        sb.append(xml.getText());
      }
    }
    return sb.toString();
  }

  /** Skips the rest of the current element, leaving the reader on its end tag. */
  public void skipElement() throws ExtractionException {
    int depth = 1;
    while (depth > 0 && next()) {
      if (isStart()) {
        depth++;
      } else if (isEnd()) {
        depth--;
      }
    }
  }

  /** The local name of the document's root element, or "" if it has none. */
  public String rootElement() throws ExtractionException {
    return nextStart() ? local() : "";
  }

  private static boolean contains(String[] names, String name) {
    for (String n : names) {
      if (n.equals(name)) {
        return true;
      }
    }
    return false;
  }

  private ExtractionException entities() {
    return new ExtractionException(
        Reason.XML_ENTITY,
        "The part " + partName + " contains an XML document type declaration (DOCTYPE). Office"
            + " never writes one; it is refused because entity declarations can hide or"
            + " expand content.");
  }

  static ExtractionException notXml(String partName, Exception cause) {
    return new ExtractionException(
        Reason.CORRUPT,
        "The part " + partName + " of this workbook is damaged: it is not well-formed XML.",
        cause);
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException ignored) {
      // nothing more to release
    }
  }

  @Override
  public void close() {
    try {
      xml.close();
    } catch (XMLStreamException ignored) {
      // the stream below is closed next anyway
    }
    closeQuietly(in);
  }
}
