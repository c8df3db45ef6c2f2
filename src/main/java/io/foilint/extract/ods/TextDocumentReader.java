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

  /** The two documents read this way: Writer text and Impress presentations (frames of text on slides). */
  enum Kind {
    TEXT("text", Odf.TEXT_MEDIA_TYPE, "document", "text document", "text documents"),
    PRESENTATION("presentation", Odf.PRESENTATION_MEDIA_TYPE, "presentation", "presentation",
        "presentations");

    final String body;
    final String mediaType;
    /** What an officer calls the file in messages ("the document has no content.xml"). */
    final String noun;
    final String one;
    final String many;

    Kind(String body, String mediaType, String noun, String one, String many) {
      this.body = body;
      this.mediaType = mediaType;
      this.noun = noun;
      this.one = one;
      this.many = many;
    }

    /** The refusal for an OpenDocument file of another kind ({@code what} names it). */
    ExtractionException notThis(String what) {
      return new ExtractionException(
          Reason.UNSUPPORTED,
          "This OpenDocument file is not a " + one + " (" + what + "); foilint reads only " + many
              + " with this extractor.");
    }
  }

  private final Kind kind;
  private boolean sawBody;

  private final OdfXml x;
  private final TextStyles styles;
  private final ExtractionContext context;
  private final ContentHandler out;
  private final OdfScope scope;
  private final Map<String, String> objectAnchors;

  TextDocumentReader(OdfXml x, TextStyles styles, ExtractionContext context, ContentHandler out,
      OdfScope scope, Map<String, String> objectAnchors) {
    this(Kind.TEXT, x, styles, context, out, scope, objectAnchors);
  }

  TextDocumentReader(Kind kind, OdfXml x, TextStyles styles, ExtractionContext context,
      ContentHandler out, OdfScope scope, Map<String, String> objectAnchors) {
    this.kind = kind;
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
        case "master-styles" -> {
          if (kind == Kind.PRESENTATION) {
            readMasterSlides();
          } else {
            new MasterPageReader(x, out, scope.stylesPart(), Visibility.VISIBLE).read();
          }
        }
        case "scripts" -> new WorkbookFactsReader(x, scope.at(scope.contentPart())).readScripts(out);
        case "settings", "font-face-decls" -> x.skipElement();
        case "text", "presentation" -> {
          if (!x.localName().equals(kind.body)) {
            refuseOtherBody();
            continue;
          }
          context.checkDeadline();
          sawBody = true;
          TextBodyReader body = new TextBodyReader(x, styles, context, out, scope, objectAnchors);
          (kind == Kind.PRESENTATION ? body.slides() : body).read();
        }
        case "spreadsheet", "drawing", "image", "chart" -> refuseOtherBody();
        default -> {}
      }
    }
  }

  /** True once the body (office:text or office:presentation) was read. */
  boolean sawBody() {
    return sawBody;
  }

  /**
   * A presentation's master pages: the page layout each sizes its slides with, and the frames
   * drawn on every slide that uses it (read as shape text, with the master's notes template).
   */
  private void readMasterSlides() throws ExtractionException {
    while (true) {
      int ev = x.next();
      if (ev == XMLStreamConstants.END_ELEMENT) {
        return;
      }
      if (ev == XMLStreamConstants.END_DOCUMENT) {
        throw new ExtractionException(Reason.TRUNCATED,
            scope.stylesPart() + " ends in the middle of its master pages: the file looks truncated.");
      }
      if (ev != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      if (x.is(Odf.STYLE, "master-page")) {
        String name = x.attr(Odf.STYLE, "name", "");
        styles.masterPage(name, x.attr(Odf.STYLE, "page-layout-name"));
        new TextBodyReader(x, styles, context, out, scope, objectAnchors).slides()
            .readMasterPage("master page '" + name + "'");
      } else {
        x.skipElement();
      }
    }
  }

  /** A flat file says what it is on its root element; only documents of this kind are read here. */
  private void checkFlatMimeType() throws ExtractionException {
    String mime = x.attr(Odf.OFFICE, "mimetype");
    if (scope.mainDocument() && mime != null && !mime.startsWith(kind.mediaType)) {
      throw kind.notThis(mime);
    }
  }

  private void refuseOtherBody() throws ExtractionException {
    if (scope.mainDocument()) {
      throw kind.notThis("office:" + x.localName());
    }
    x.skipElement();
  }
}
