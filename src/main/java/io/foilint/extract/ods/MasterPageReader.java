package io.foilint.extract.ods;

import io.foilint.extract.ExtractionException;
import io.foilint.model.ContentHandler;
import io.foilint.model.Location;
import io.foilint.model.TextBlock;
import io.foilint.model.TextKind;
import io.foilint.model.Visibility;

/**
 * Reads office:master-styles: each page style's headers and footers become HEADER_FOOTER text
 * (printed, never shown on screen). Field placeholders such as the sheet name come out as the
 * text the writer cached for them.
 */
final class MasterPageReader {

  private final OdfXml x;
  private final ContentHandler out;
  private final String part;
  private final Visibility visibility;

  MasterPageReader(OdfXml x, ContentHandler out, String part) {
    this(x, out, part, Visibility.HEADER_FOOTER);
  }

  /**
   * @param visibility how the headers are seen: printed only in a spreadsheet, on every page of a
   *     text document (as Word's are)
   */
  MasterPageReader(OdfXml x, ContentHandler out, String part, Visibility visibility) {
    this.x = x;
    this.out = out;
    this.part = part;
    this.visibility = visibility;
  }

  /** Reader at the START_ELEMENT of office:master-styles; consumes it. */
  void read() throws ExtractionException {
    while (x.nextChild()) {
      if (x.is(Odf.STYLE, "master-page")) {
        readMasterPage(x.attr(Odf.STYLE, "name", ""));
      } else {
        x.skipElement();
      }
    }
  }

  private void readMasterPage(String pageStyle) throws ExtractionException {
    while (x.nextChild()) {
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
                  visibility));
        }
      } else {
        x.skipElement();
      }
    }
  }
}
