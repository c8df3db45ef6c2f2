package io.foilint.extract.slides;

import io.foilint.extract.ExtractionException;
import io.foilint.extract.xlsx.XlsxXmlReader;
import io.foilint.model.ContentHandler;
import io.foilint.model.Fact;
import io.foilint.model.FactAttr;
import io.foilint.model.FactKind;
import io.foilint.model.Location;
import io.foilint.model.TextBlock;
import io.foilint.model.TextKind;
import io.foilint.model.Visibility;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * PowerPoint comments and their authors, both generations: legacy ({@code commentAuthors.xml},
 * {@code p:cmAuthor id/name}; a slide's {@code comments/commentN.xml}, {@code p:cm authorId} with
 * {@code p:text}) and modern (PowerPoint 365: {@code authors.xml}, {@code p188:author id/name/
 * userId}; {@code comments/modernComment_*.xml}, {@code p188:cm} and its {@code p188:reply}s
 * with {@code p188:txBody}). Each comment or reply is one {@link TextKind#COMMENT} block located
 * {@code slide 3!comment 2} with its author's name; every author is a
 * {@link FactKind#COMMENT_AUTHOR} fact, as for Word.
 */
final class SlideCommentsReader {

  /** Characters kept of one comment (far beyond any real one; bounds memory). */
  private static final int MAX_COMMENT_CHARS = 1_000_000;

  private final ContentHandler out;
  private final Map<String, String> authorNames = new HashMap<>();

  SlideCommentsReader(ContentHandler out) {
    this.out = out;
  }

  /** Reads an author list (either generation); each author becomes a fact. */
  void readAuthors(String partName, XlsxXmlReader xml) throws ExtractionException {
    while (xml.nextStart()) {
      if (xml.local().equals("cmAuthor") || xml.local().equals("author")) {
        String name = xml.attr("name");
        authorNames.put(xml.attr("id"), name);
        Map<String, String> attrs = new LinkedHashMap<>();
        String user = xml.attr("userId");
        if (!user.isBlank()) {
          attrs.put("userId", user);
          attrs.put("provider", xml.attr("providerId"));
        }
        out.fact(new Fact(FactKind.COMMENT_AUTHOR, Location.of(partName), name, name, attrs));
        if (!user.isBlank() && !user.equals(name)) {
          // the signed-in account (e-mail address or SID) names the person too
          out.fact(new Fact(FactKind.COMMENT_AUTHOR, Location.of(partName), user, user,
              FactAttr.attrs().put(FactAttr.PROVIDER, xml.attr("providerId")).build()));
        }
      }
    }
  }

  /** Reads one slide's comments part; returns how many comments it held. */
  int readComments(XlsxXmlReader xml, String slidePlace, int numberedFrom)
      throws ExtractionException {
    Deque<String> authors = new ArrayDeque<>();
    int n = numberedFrom;
    StringBuilder text = new StringBuilder();
    boolean collecting = false;
    // text is in p:text itself (legacy) or in a:t runs (modern); whitespace between tags is not
    boolean inRun = false;
    while (xml.next()) {
      if (xml.isStart()) {
        switch (xml.local()) {
          case "cm", "reply" -> authors.push(xml.attr("authorId"));
          case "text", "txBody" -> {
            if (!authors.isEmpty() && !collecting) {
              collecting = true;
              text.setLength(0);
            }
            inRun = xml.local().equals("text");
          }
          case "t" -> inRun = true;
          case "p" -> {
            if (collecting && text.length() > 0) {
              text.append('\n');
            }
          }
          default -> {
            // positions, dates, anchors: no text
          }
        }
      } else if (xml.isEnd()) {
        switch (xml.local()) {
          case "t" -> inRun = false;
          case "cm", "reply" -> {
            if (!authors.isEmpty()) {
              authors.pop();
            }
          }
          case "text", "txBody" -> {
            inRun = false;
            if (collecting) {
              collecting = false;
              n++;
              String id = authors.isEmpty() ? "" : authors.peek();
              out.text(new TextBlock(TextKind.COMMENT, Location.of(slidePlace, "comment " + n),
                  text.toString().strip(), authorNames.getOrDefault(id, ""), Visibility.COMMENT));
            }
          }
          default -> {
            // nothing to close
          }
        }
      } else if (collecting && inRun && xml.isText() && text.length() < MAX_COMMENT_CHARS) {
        text.append(xml.text());
      }
    }
    return n - numberedFrom;
  }
}
