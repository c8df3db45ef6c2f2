package io.foilint.extract.xlsx;

import io.foilint.extract.ExtractionException;
import io.foilint.model.ContentHandler;
import io.foilint.model.Location;
import io.foilint.model.TextBlock;
import io.foilint.model.TextKind;
import io.foilint.model.Visibility;
import java.util.Locale;
import org.apache.poi.openxml4j.opc.PackagePart;

/**
 * SmartArt diagrams: the words of each node are kept in the diagram's data part (the drawing part
 * holds a rendered copy of the same words, and layout, style and colour parts hold none). The
 * data part's text becomes one shape-text block, so names in an organisation chart are read.
 */
public final class DiagramTextReader {

  /** One diagram's words are capped like a Word paragraph's, so memory stays bounded. */
  private static final int MAX_CHARS = 200_000;

  static final String DATA = "application/vnd.openxmlformats-officedocument.drawingml.diagramdata+xml";

  private final XlsxPackageParts parts;
  private final ContentHandler out;

  public DiagramTextReader(XlsxPackageParts parts, ContentHandler out) {
    this.parts = parts;
    this.out = out;
  }

  public void readAll() throws ExtractionException {
    for (PackagePart part : parts.all()) {
      if (!part.getContentType().toLowerCase(Locale.ROOT).equals(DATA)) {
        continue;
      }
      String name = XlsxPackageParts.stripSlash(part.getPartName().getName());
      parts.handled(name);
      StringBuilder text = new StringBuilder();
      try (XlsxXmlReader xml = XlsxXmlReader.open(part)) {
        while (xml.nextStart()) {
          if (xml.local().equals("t") && text.length() < MAX_CHARS) {
            text.append(xml.elementText()).append('\n');
          }
        }
      }
      if (!text.toString().isBlank()) {
        out.text(new TextBlock(TextKind.SHAPE_TEXT, Location.of(name), text.toString().strip(), "",
            Visibility.VISIBLE));
      }
    }
  }
}
