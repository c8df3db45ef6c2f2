package io.foilint.extract.ods;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.ExtractionException;
import io.foilint.extract.ExtractionException.Reason;
import io.foilint.model.ContentHandler;
import io.foilint.model.Visibility;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;

/**
 * Walks one XML stream of an OpenDocument text document (meta.xml, styles.xml, content.xml, a
 * flat .fodt, or a text object's content.xml inside another document) and hands each region to
 * its reader: properties to {@link MetaReader}, styles to {@link TextStyleReader}, page headers
 * and footers to {@link MasterPageReader} (shown on every page, as Word's are), macros to {@link
 * WorkbookFactsReader#readScripts}, and the body to {@link TextBodyReader}. Styles precede the
 * body in ODF, so every run's look is known when its text streams past.
 */
final class TextDocumentReader {

  private final OdfXml x;
  private final TextStyles styles;
  private final ExtractionContext context;
  private final ContentHandler out;
  private final OdfScope scope;
  private final Map<String, String> objectAnchors;

  TextDocumentReader(OdfXml x, TextStyles styles, ExtractionContext context, ContentHandler out,
      OdfScope scope, Map<String, String> objectAnchors) {
    this.x = x;
    this.styles = styles;
    this.context = context;
    this.out = out;
    this.scope = scope;
    this.objectAnchors = objectAnchors;
  }

  void read() throws ExtractionException {
    while (x.hasNext()) {
      if (x.next() != XMLStreamConstants.START_ELEMENT || !x.inNamespace(Odf.OFFICE)) {
        continue;
      }
      switch (x.localName()) {
        case "document" -> checkFlatMimeType();
        case "meta" -> new MetaReader(x, out, scope.at(scope.metaPart())).read();
        case "styles", "automatic-styles" -> new TextStyleReader(x, styles).read();
        case "master-styles" ->
            new MasterPageReader(x, out, scope.stylesPart(), Visibility.VISIBLE).read();
        case "scripts" -> new WorkbookFactsReader(x, scope.at(scope.contentPart())).readScripts(out);
        case "settings", "font-face-decls" -> x.skipElement();
        case "text" -> {
          context.checkDeadline();
          new TextBodyReader(x, styles, context, out, scope, objectAnchors).read();
        }
        case "spreadsheet", "presentation", "drawing", "image", "chart" -> refuseOtherBody();
        default -> {}
      }
    }
  }

  /** A flat file says what it is on its root element; only text documents are read here. */
  private void checkFlatMimeType() throws ExtractionException {
    String mime = x.attr(Odf.OFFICE, "mimetype");
    if (scope.mainDocument() && mime != null && !mime.startsWith(Odf.TEXT_MEDIA_TYPE)) {
      throw notText(mime);
    }
  }

  private void refuseOtherBody() throws ExtractionException {
    if (scope.mainDocument()) {
      throw notText("office:" + x.localName());
    }
    x.skipElement();
  }

  static ExtractionException notText(String what) {
    return new ExtractionException(
        Reason.UNSUPPORTED,
        "This OpenDocument file is not a text document (" + what + "); foilint reads only text"
            + " documents with this extractor.");
  }
}
