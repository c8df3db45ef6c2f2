package io.foilint.extract.ods;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.ExtractionException;
import io.foilint.extract.ExtractionException.Reason;
import io.foilint.model.ContentHandler;
import io.foilint.model.Location;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;

/**
 * Walks one OpenDocument XML stream (content.xml, styles.xml, meta.xml, a flat .fods, or a
 * sub-document's content.xml) and hands each region to its reader. Styles always precede the body
 * in ODF, so visibility is known before the first row streams past.
 */
final class OdfDocumentReader {

  private final OdfXml x;
  private final OdfStyles styles;
  private final ExtractionContext context;
  private final ContentHandler out;
  private final OdfScope scope;
  private final Map<String, String> objectAnchors;
  private int tables;

  OdfDocumentReader(
      OdfXml x,
      OdfStyles styles,
      ExtractionContext context,
      ContentHandler out,
      OdfScope scope,
      Map<String, String> objectAnchors) {
    this.x = x;
    this.styles = styles;
    this.context = context;
    this.out = out;
    this.scope = scope;
    this.objectAnchors = objectAnchors;
  }

  void read() throws ExtractionException {
    WorkbookFactsReader facts =
        new WorkbookFactsReader(x, new Location(scope.container(), scope.contentPart(), ""));
    while (x.hasNext()) {
      if (x.next() != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      if (x.inNamespace(Odf.OFFICE)) {
        switch (x.localName()) {
          case "document" -> checkFlatMimeType();
          case "meta" -> new MetaReader(x, out, Location.of(scope.metaPart())).read();
          case "styles", "automatic-styles" -> new StyleReader(x, styles).read();
          case "master-styles" -> new MasterPageReader(x, out, scope.stylesPart()).read();
          case "scripts" -> facts.readScripts(out);
          case "settings", "font-face-decls" -> x.skipElement();
          case "text", "presentation", "drawing", "image" -> refuseOtherBody();
          default -> {}
        }
      } else if (x.inNamespace(Odf.TABLE)) {
        switch (x.localName()) {
          case "table" -> {
            context.checkDeadline();
            new SheetReader(x, styles, context, out, scope, objectAnchors).read(++tables);
          }
          case "named-expressions" -> facts.readNamedExpressions(out);
          case "data-pilot-tables" -> facts.readDataPilots(out);
          case "content-validations" -> facts.readValidations(out);
          case "database-ranges" -> facts.readDatabaseRanges(out);
          case "tracked-changes" -> new TrackedChangesReader(x, out, scope.contentPart()).read();
          default -> x.skipElement();
        }
      }
    }
  }

  /** A flat file says what it is on its root element; only spreadsheets are read here. */
  private void checkFlatMimeType() throws ExtractionException {
    String mime = x.attr(Odf.OFFICE, "mimetype");
    if (scope.mainDocument() && mime != null && !mime.startsWith(Odf.SPREADSHEET_MEDIA_TYPE)) {
      throw notSpreadsheet(mime);
    }
  }

  /** A text or drawing body inside the spreadsheet itself would be content nobody reads here. */
  private void refuseOtherBody() throws ExtractionException {
    if (scope.mainDocument()) {
      throw notSpreadsheet("office:" + x.localName());
    }
    x.skipElement();
  }

  static ExtractionException notSpreadsheet(String what) {
    return new ExtractionException(
        Reason.UNSUPPORTED,
        "This OpenDocument file is not a spreadsheet (" + what + "); foilint reads only spreadsheets"
            + " with this extractor.");
  }
}
