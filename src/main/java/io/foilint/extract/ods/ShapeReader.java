package io.foilint.extract.ods;

import io.foilint.extract.ExtractionException;
import io.foilint.model.ContentHandler;
import io.foilint.model.Fact;
import io.foilint.model.FactAttr;
import io.foilint.model.FactKind;
import io.foilint.model.TextBlock;
import io.foilint.model.TextKind;
import io.foilint.model.Visibility;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;

/**
 * Reads one drawing shape (draw:frame, draw:custom-shape, draw:rect, ...): its text becomes
 * SHAPE_TEXT; an embedded object it shows is remembered (packaged objects are reported with the
 * package) or, when its content is inline as in a flat .fods, reported as not scanned.
 */
final class ShapeReader {

  private final OdfXml x;
  private final OdfScope scope;
  private final Map<String, String> objectAnchors;
  private int inlineObjects;

  /**
   * @param objectAnchors filled with object directory → sheet name for objects shown on a sheet
   */
  ShapeReader(OdfXml x, OdfScope scope, Map<String, String> objectAnchors) {
    this.x = x;
    this.scope = scope;
    this.objectAnchors = objectAnchors;
  }

  /** Reader at the shape's START_ELEMENT; consumes it. */
  void read(String sheet, String anchorRef, Visibility visibility, ContentHandler out)
      throws ExtractionException {
    String name = x.attr(Odf.DRAW, "name", "");
    StringBuilder text = new StringBuilder();
    int depth = 1;
    while (depth > 0) {
      int ev = x.next();
      if (ev == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else if (ev == XMLStreamConstants.START_ELEMENT) {
        if (x.is(Odf.TEXT, "p") || x.is(Odf.TEXT, "h")) {
          if (text.length() > 0) {
            text.append('\n');
          }
          x.appendText(text);
        } else if (x.is(Odf.DRAW, "object") || x.is(Odf.DRAW, "object-ole")) {
          readObject(sheet, out);
        } else if (x.is(Odf.OFFICE, "annotation") || x.is(Odf.DRAW, "image")) {
          x.skipElement();
        } else {
          depth++;
        }
      }
    }
    String shapeText = text.toString().strip();
    if (!shapeText.isEmpty()) {
      String ref = anchorRef.isEmpty() ? name : anchorRef;
      out.text(new TextBlock(TextKind.SHAPE_TEXT, scope.at(sheet, ref), shapeText, "", visibility));
    }
  }

  private void readObject(String sheet, ContentHandler out) throws ExtractionException {
    String href = x.attr(Odf.XLINK, "href");
    boolean ole = x.is(Odf.DRAW, "object-ole");
    x.skipElement();
    if (href != null && !href.isBlank()) {
      objectAnchors.putIfAbsent(objectDir(href), sheet);
    } else {
      inlineObjects++;
      out.fact(
          new Fact(
              FactKind.EMBEDDED_OBJECT,
              scope.at(sheet),
              "inline object " + inlineObjects,
              ole ? "OLE object (inline)" : "OpenDocument object (inline)",
              FactAttr.attrs().put(FactAttr.SCANNED, false).build()));
    }
  }

  /** "./Object 1" or "Object 1/" → "Object 1". */
  static String objectDir(String href) {
    String h = href.trim();
    if (h.startsWith("./")) {
      h = h.substring(2);
    }
    while (h.endsWith("/")) {
      h = h.substring(0, h.length() - 1);
    }
    return h;
  }
}
