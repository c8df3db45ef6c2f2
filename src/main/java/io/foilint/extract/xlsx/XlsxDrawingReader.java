package io.foilint.extract.xlsx;

import io.foilint.extract.ExtractionException;
import io.foilint.extract.drawing.DrawingCrop;
import io.foilint.model.ContentHandler;
import io.foilint.model.Location;
import io.foilint.model.TextBlock;
import io.foilint.model.TextKind;
import io.foilint.model.Visibility;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;

/**
 * Drawings on sheets (and shapes drawn on charts): the text of shapes and text boxes, their
 * alternative text, and pictures shown cropped ({@link DrawingCrop}). A shape, or a group it sits in, marked {@code hidden="1"} is invisible on
 * screen but keeps its text.
 */
final class XlsxDrawingReader {

  static final String DRAWING = "application/vnd.openxmlformats-officedocument.drawing+xml";
  static final String CHART_SHAPES =
      "application/vnd.openxmlformats-officedocument.drawingml.chartshapes+xml";

  /** The rendered shapes of a SmartArt diagram, with its text. */
  static final String SMARTART_DRAWING = "application/vnd.ms-office.drawingml.diagramDrawing+xml";

  private static final Set<String> SHAPES = Set.of("sp", "grpSp", "pic", "graphicFrame", "cxnSp");

  private final XlsxPackageParts parts;
  private final ContentHandler out;

  XlsxDrawingReader(XlsxPackageParts parts, ContentHandler out) {
    this.parts = parts;
    this.out = out;
  }

  /** A shape being read: its name, whether it (or a group around it) is hidden, its text. */
  private static final class Shape {
    final boolean parentHidden;
    boolean named;
    boolean hidden;
    String name = "";
    String altText = "";
    final StringBuilder text = new StringBuilder();

    Shape(boolean parentHidden) {
      this.parentHidden = parentHidden;
      this.hidden = parentHidden;
    }
  }

  void readAll() throws ExtractionException {
    for (PackagePart part : parts.all()) {
      String type = part.getContentType();
      if (type.equalsIgnoreCase(DRAWING) || type.equalsIgnoreCase(CHART_SHAPES)
          || type.equalsIgnoreCase(SMARTART_DRAWING)) {
        read(part);
      }
    }
  }

  private void read(PackagePart part) throws ExtractionException {
    String name = XlsxPartsReader.nameOf(part);
    parts.handled(name);
    String sheet = parts.sheetOf(name);
    String place = sheet.isEmpty() ? name : sheet;
    Deque<Shape> open = new ArrayDeque<>();
    try (XlsxXmlReader xml = XlsxXmlReader.open(part)) {
      while (xml.next()) {
        if (xml.isStart()) {
          String local = xml.local();
          if (SHAPES.contains(local)) {
            open.push(new Shape(!open.isEmpty() && open.peek().hidden));
          } else if (local.equals("cNvPr") && !open.isEmpty() && !open.peek().named) {
            Shape s = open.peek();
            s.named = true;
            s.name = xml.attr("name");
            s.hidden = s.parentHidden || isTrue(xml.attr("hidden"));
            s.altText = join(xml.attr("title"), xml.attr("descr"));
          } else if (local.equals("txBody") && !open.isEmpty()) {
            appendText(xml, open.peek().text);
          } else if (local.equals("blipFill")) {
            DrawingCrop crop = DrawingCrop.read(xml);
            if (crop.isCropped()) {
              String picture = open.isEmpty() ? "" : open.peek().name;
              out.fact(crop.toFact(Location.of(place, "picture \"" + picture + "\""), picture,
                  target(part, crop.embed())));
            }
          }
        } else if (xml.isEnd() && SHAPES.contains(xml.local()) && !open.isEmpty()) {
          emit(open.pop(), place);
        }
      }
    }
  }

  /** The picture part a drawing's relationship id points at, or "" when it points nowhere. */
  private static String target(PackagePart drawing, String relId) {
    if (relId.isEmpty()) {
      return "";
    }
    try {
      PackageRelationship rel = drawing.getRelationship(relId);
      if (rel == null || rel.getTargetMode() == TargetMode.EXTERNAL) {
        return "";
      }
      return PackagingURIHelper.resolvePartUri(drawing.getPartName().getURI(), rel.getTargetURI())
          .toString().replaceFirst("^/", "");
    } catch (RuntimeException e) {
      return "";
    }
  }

  /** Paragraph text of a text body, paragraphs on separate lines. */
  private static void appendText(XlsxXmlReader xml, StringBuilder sb) throws ExtractionException {
    int depth = 1;
    boolean inT = false;
    while (depth > 0 && xml.next()) {
      if (xml.isStart()) {
        depth++;
        inT = xml.local().equals("t");
        if (xml.local().equals("br")) {
          sb.append('\n');
        }
      } else if (xml.isEnd()) {
        depth--;
        if (xml.local().equals("p") && sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') {
          sb.append('\n');
        }
        inT = false;
      } else if (xml.isText() && inT) {
        sb.append(xml.text());
      }
    }
  }

  private void emit(Shape s, String place) {
    Visibility visibility = s.hidden ? Visibility.HIDDEN_SHAPE : Visibility.VISIBLE;
    String label = "shape \"" + s.name + "\"";
    String text = s.text.toString().strip();
    if (!text.isEmpty()) {
      out.text(new TextBlock(TextKind.SHAPE_TEXT, Location.of(place, label), text, "", visibility));
    }
    if (!s.altText.isBlank()) {
      out.text(new TextBlock(
          TextKind.SHAPE_TEXT,
          Location.of(place, label + " alt text"),
          s.altText,
          "",
          // alt text is never drawn: only screen readers and the properties pane show it
          s.hidden ? Visibility.HIDDEN_SHAPE : Visibility.METADATA));
    }
  }

  private static boolean isTrue(String v) {
    return v.equals("1") || v.equalsIgnoreCase("true");
  }

  private static String join(String a, String b) {
    if (a.isBlank()) {
      return b;
    }
    return b.isBlank() || a.equals(b) ? a : a + "\n" + b;
  }
}
