package io.foilint.extract.ods;

import io.foilint.extract.ExtractionException;
import io.foilint.model.ContentHandler;
import io.foilint.model.Location;
import io.foilint.model.TextBlock;
import io.foilint.model.TextKind;
import io.foilint.model.Visibility;
import javax.xml.stream.XMLStreamConstants;

/**
 * Reads office:master-styles: each page style's headers and footers become HEADER_FOOTER text
 * (printed, never shown on screen). Field placeholders such as the sheet name come out as the
 * text the writer cached for them.
 */
final class MasterPageReader {

  private final OdfXml x;
  private final ContentHandler out;
  private final String part;

  MasterPageReader(OdfXml x, ContentHandler out, String part) {
    this.x = x;
    this.out = out;
    this.part = part;
  }

  /** Reader at the START_ELEMENT of office:master-styles; consumes it. */
  void read() throws ExtractionException {
    while (true) {
      int ev = x.next();
      if (ev == XMLStreamConstants.END_ELEMENT) {
        return;
      }
      if (ev != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      if (x.is(Odf.STYLE, "master-page")) {
        readMasterPage(x.attr(Odf.STYLE, "name", ""));
      } else {
        x.skipElement();
      }
    }
  }

  private void readMasterPage(String pageStyle) throws ExtractionException {
    while (true) {
      int ev = x.next();
      if (ev == XMLStreamConstants.END_ELEMENT) {
        return;
      }
      if (ev != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      String local = x.localName();
      if (x.inNamespace(Odf.STYLE) && (local.startsWith("header") || local.startsWith("footer"))) {
        String text = x.text().strip();
        if (!text.isEmpty()) {
          out.text(
              new TextBlock(
                  TextKind.HEADER_FOOTER,
                  Location.of(part, pageStyle + " " + local),
                  text,
                  "",
                  Visibility.HEADER_FOOTER));
        }
      } else {
        x.skipElement();
      }
    }
  }
}
