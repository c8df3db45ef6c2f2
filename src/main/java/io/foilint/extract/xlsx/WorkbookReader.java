package io.foilint.extract.xlsx;

import io.foilint.extract.ExtractionException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.ext.DefaultHandler2;

/**
 * Reads workbook.xml (small, so read whole): sheets in tab order with their states, defined
 * names and the {@code x15ac:absPath} save path. Elements are matched by local name only, so
 * transitional and Strict OOXML read alike.
 */
final class WorkbookReader extends DefaultHandler2 {

  /** What workbook.xml says. */
  record Workbook(List<SheetEntry> sheets, List<DefinedName> definedNames, String absPath) {}

  private final List<SheetEntry> sheets = new ArrayList<>();
  private final List<DefinedName> names = new ArrayList<>();
  private String absPath = "";
  private StringBuilder nameText;
  private String nameName;
  private int nameScope;
  private boolean nameHidden;

  static Workbook read(InputStream in, String partName) throws IOException, ExtractionException {
    WorkbookReader r = new WorkbookReader();
    SafeXml.parse(in, r, partName);
    return new Workbook(List.copyOf(r.sheets), List.copyOf(r.names), r.absPath);
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts) {
    switch (localName) {
      case "sheet" -> sheets.add(
          SheetEntry.of(
              nullToEmpty(atts.getValue("name")),
              sheets.size(),
              relationshipId(atts),
              atts.getValue("state")));
      case "definedName" -> {
        nameText = new StringBuilder();
        nameName = nullToEmpty(atts.getValue("name"));
        nameScope = XmlAttrs.intOr(atts.getValue("localSheetId"), -1);
        nameHidden = XmlAttrs.isTrue(atts.getValue("hidden"));
      }
      case "absPath" -> absPath = nullToEmpty(atts.getValue("url"));
      default -> {}
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) {
    if (nameText != null) {
      nameText.append(ch, start, length);
    }
  }

  @Override
  public void endElement(String uri, String localName, String qName) {
    if (nameText != null && localName.equals("definedName")) {
      names.add(new DefinedName(nameName, nameScope, nameHidden, nameText.toString().trim()));
      nameText = null;
    }
  }

  /** The {@code r:id} attribute, whatever prefix and relationships namespace (transitional or Strict) it uses. */
  private static String relationshipId(Attributes atts) {
    for (int i = 0; i < atts.getLength(); i++) {
      if (atts.getLocalName(i).equals("id") && atts.getURI(i).contains("relationships")) {
        return atts.getValue(i);
      }
    }
    return "";
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
