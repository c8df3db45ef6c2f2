package io.foilint.extract;

import javax.xml.stream.XMLInputFactory;

/**
 * The one hardened StAX set-up for the small XML parts read outside the grid readers (package
 * relationships, content types, xlsb's XML parts, XMP): no DTDs, no external entities, entity
 * references left unreplaced, namespace-aware. Each call returns a new factory, so callers may
 * keep their own as a constant.
 */
public final class HardenedXml {

  private HardenedXml() {}

  public static XMLInputFactory inputFactory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    return f;
  }
}
