package io.foilint.extract.xlsx;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.ExtractionException;
import io.foilint.model.ContentHandler;
import io.foilint.model.Fact;
import io.foilint.model.FactKind;
import io.foilint.model.Location;
import io.foilint.model.TextBlock;
import io.foilint.model.TextKind;
import io.foilint.model.Visibility;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.opc.PackagePart;

/**
 * Cell comments (notes), threaded comments and the people who wrote them. Comment text is
 * streamed; the author and persons lists are small and kept.
 */
final class XlsxCommentsReader {

  static final String COMMENTS =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml";
  static final String THREADED = "application/vnd.ms-excel.threadedcomments+xml";
  static final String PERSONS = "application/vnd.ms-excel.person+xml";
  /** VML shapes that position legacy comments: no text of their own worth reporting. */
  static final String VML = "application/vnd.openxmlformats-officedocument.vmlDrawing";

  private static final int DEADLINE_EVERY = 2_000;

  private final XlsxPackageParts parts;
  private final ExtractionContext context;
  private final ContentHandler out;
  private final Map<String, String> personNames = new HashMap<>();

  XlsxCommentsReader(XlsxPackageParts parts, ExtractionContext context, ContentHandler out) {
    this.parts = parts;
    this.context = context;
    this.out = out;
  }

  void readAll() throws ExtractionException {
    for (PackagePart part : parts.withContentType(PERSONS)) {
      readPersons(part);
    }
    for (PackagePart part : parts.withContentType(COMMENTS)) {
      readComments(part);
    }
    for (PackagePart part : parts.withContentType(THREADED)) {
      readThreaded(part);
    }
  }

  private void readPersons(PackagePart part) throws ExtractionException {
    String name = XlsxPartsReader.nameOf(part);
    parts.handled(name);
    try (XlsxXmlReader xml = XlsxXmlReader.open(part)) {
      while (xml.nextStart()) {
        if (xml.isStart("person")) {
          String displayName = xml.attr("displayName");
          personNames.put(xml.attr("id"), displayName);
          Map<String, String> attrs = new LinkedHashMap<>();
          attrs.put("userId", xml.attr("userId"));
          attrs.put("provider", xml.attr("providerId"));
          attrs.put("id", xml.attr("id"));
          out.fact(new Fact(FactKind.COMMENT_AUTHOR, Location.of(name), "person", displayName, attrs));
        }
      }
    }
  }

  private void readComments(PackagePart part) throws ExtractionException {
    String name = XlsxPartsReader.nameOf(part);
    parts.handled(name);
    String sheet = sheetOrPart(name);
    List<String> authors = new ArrayList<>();
    int count = 0;
    try (XlsxXmlReader xml = XlsxXmlReader.open(part)) {
      String ref = "";
      String author = "";
      while (xml.nextStart()) {
        switch (xml.local()) {
          case "author" -> {
            String a = xml.elementText();
            authors.add(a);
            if (!a.isBlank()) {
              // located at the sheet, as every spreadsheet reader locates a comment author
              out.fact(new Fact(FactKind.COMMENT_AUTHOR, Location.of(sheet), "author", a));
            }
          }
          case "comment" -> {
            ref = xml.attr("ref");
            author = authorAt(authors, xml.attr("authorId"));
          }
          case "text" -> {
            // phonetic guides (rPh) repeat the text in another script: left out
            String text = xml.elementText("rPh", "phoneticPr");
            out.text(new TextBlock(TextKind.COMMENT, Location.of(sheet, ref), text, author, Visibility.COMMENT));
            if (++count % DEADLINE_EVERY == 0) {
              context.checkDeadline();
            }
          }
          default -> {}
        }
      }
    }
  }

  private void readThreaded(PackagePart part) throws ExtractionException {
    String name = XlsxPartsReader.nameOf(part);
    parts.handled(name);
    String sheet = sheetOrPart(name);
    int count = 0;
    try (XlsxXmlReader xml = XlsxXmlReader.open(part)) {
      String ref = "";
      String author = "";
      while (xml.nextStart()) {
        if (xml.isStart("threadedComment")) {
          ref = xml.attr("ref");
          String personId = xml.attr("personId");
          author = personNames.getOrDefault(personId, personId);
        } else if (xml.isStart("text")) {
          String text = xml.elementText();
          out.text(new TextBlock(TextKind.THREADED_COMMENT, Location.of(sheet, ref), text, author, Visibility.COMMENT));
          if (++count % DEADLINE_EVERY == 0) {
            context.checkDeadline();
          }
        }
      }
    }
  }

  private String sheetOrPart(String partName) {
    String sheet = parts.sheetOf(partName);
    return sheet.isEmpty() ? partName : sheet;
  }

  private static String authorAt(List<String> authors, String id) {
    try {
      int i = Integer.parseInt(id.trim());
      return i >= 0 && i < authors.size() ? authors.get(i) : "";
    } catch (NumberFormatException e) {
      return "";
    }
  }
}
