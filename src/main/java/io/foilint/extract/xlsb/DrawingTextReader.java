package io.foilint.extract.xlsb;

import io.foilint.extract.ExtractionException;
import io.foilint.model.ContentHandler;
import io.foilint.model.Location;
import io.foilint.model.TextBlock;
import io.foilint.model.TextKind;
import io.foilint.model.Visibility;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamReader;

/**
 * Text in the shapes and text boxes of a drawing part (XML even in xlsb), or in the nodes of a
 * SmartArt diagram's data part, each shape's text as one SHAPE_TEXT block, HIDDEN_SHAPE when the
 * shape is marked hidden.
 */
final class DrawingTextReader {

  private DrawingTextReader() {}

  /** @param place the sheet the drawing sits on, or the part name when unknown */
  static void read(InputStream in, String partName, String place, ContentHandler out) throws ExtractionException {
    List<TextBlock> blocks = new ArrayList<>();
    SafeXml.read(in, partName, new SafeXml.Visitor() {
      int shapeDepth;
      int depth;
      String shapeName = "";
      boolean hidden;
      boolean inText;
      final StringBuilder text = new StringBuilder();

      @Override
      public void start(XMLStreamReader r) {
        depth++;
        String name = r.getLocalName();
        if (shapeDepth == 0 && (name.equals("sp") || name.equals("pt"))) {
          // xdr:sp is a drawing shape; dgm:pt is a SmartArt diagram node
          shapeDepth = depth;
          shapeName = name.equals("pt") && r.getAttributeValue(null, "modelId") != null
              ? "node " + r.getAttributeValue(null, "modelId") : "";
          hidden = false;
          text.setLength(0);
        } else if (shapeDepth > 0 && name.equals("cNvPr")) {
          shapeName = r.getAttributeValue(null, "name") == null ? "" : r.getAttributeValue(null, "name");
          hidden = "1".equals(r.getAttributeValue(null, "hidden"))
              || "true".equals(r.getAttributeValue(null, "hidden"));
        } else if (shapeDepth > 0 && name.equals("t")) {
          inText = true;
        } else if (shapeDepth > 0 && name.equals("p") && !text.isEmpty()) {
          text.append('\n');
        }
      }

      @Override
      public void text(String t) {
        if (inText) {
          text.append(t);
        }
      }

      @Override
      public void end(XMLStreamReader r) {
        if (r.getLocalName().equals("t")) {
          inText = false;
        }
        if (depth == shapeDepth) {
          String body = text.toString().strip();
          if (!body.isEmpty()) {
            blocks.add(new TextBlock(TextKind.SHAPE_TEXT, Location.of(place, shapeName), body, "",
                hidden ? Visibility.HIDDEN_SHAPE : Visibility.VISIBLE));
          }
          shapeDepth = 0;
        }
        depth--;
      }
    });
    blocks.forEach(out::text);
  }
}
