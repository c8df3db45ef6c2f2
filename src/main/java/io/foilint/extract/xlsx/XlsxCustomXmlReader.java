package io.foilint.extract.xlsx;

import io.foilint.extract.ExtractionException;
import io.foilint.model.ContentHandler;
import io.foilint.model.Fact;
import io.foilint.model.FactKind;
import io.foilint.model.Location;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.opc.PackagePart;

/**
 * Custom XML data parts (customXml/itemN.xml): arbitrary XML an add-in or document library
 * stored with the workbook. A DataMashup root is Power Query, whose M code can name servers,
 * files and filters.
 */
public final class XlsxCustomXmlReader {

  /** The properties beside each item: a datastore id and schema list, nothing of the content. */
  static final String ITEM_PROPS =
      "application/vnd.openxmlformats-officedocument.customXmlProperties+xml";

  private static final Pattern ITEM_NAME = Pattern.compile("(?i)customXml/item\\d*\\.xml");

  private final XlsxPackageParts parts;
  private final ContentHandler out;

  public XlsxCustomXmlReader(XlsxPackageParts parts, ContentHandler out) {
    this.parts = parts;
    this.out = out;
  }

  public void readAll() throws ExtractionException {
    for (PackagePart part : parts.all()) {
      String name = XlsxPartsReader.nameOf(part);
      if (part.getContentType().equalsIgnoreCase(ITEM_PROPS)) {
        parts.handled(name);
      } else if (isCustomXml(name)) {
        read(part, name);
      }
    }
  }

  private boolean isCustomXml(String name) {
    return ITEM_NAME.matcher(name).matches()
        || parts.linksTo(name).stream().anyMatch(l -> l.typeEndsWith("/customXml"));
  }

  private void read(PackagePart part, String name) throws ExtractionException {
    parts.handled(name);
    String root;
    try (XlsxXmlReader xml = XlsxXmlReader.open(part)) {
      root = xml.rootElement();
    }
    String bytes = String.valueOf(XlsxPackageParts.sizeOf(part));
    Map<String, String> attrs = new LinkedHashMap<>();
    attrs.put("bytes", bytes);
    attrs.put("rootElement", root);
    out.fact(new Fact(FactKind.CUSTOM_XML_PART, Location.of(name), name, "", attrs));
    if (root.equals("DataMashup")) {
      out.fact(new Fact(FactKind.POWER_QUERY, Location.of(name), "DataMashup", name, Map.of("bytes", bytes)));
    }
  }
}
