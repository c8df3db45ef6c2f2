package io.foilint.extract.ods;

import io.foilint.extract.ExtractionException;
import io.foilint.model.ContentHandler;
import io.foilint.model.Fact;
import io.foilint.model.FactKind;
import io.foilint.model.TextBlock;
import io.foilint.model.TextKind;
import io.foilint.model.Visibility;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;

/**
 * Reads text:tracked-changes of a text document: each changed region is an insertion, a deletion
 * or a format change with its author ({@code office:change-info/dc:creator}). A deletion keeps
 * the deleted paragraphs inside the region, so they are still in the file: each becomes {@link
 * Visibility#TRACKED_DELETION} text with its author, located {@code tracked change N}. The counts
 * and authors become one {@link FactKind#TRACKED_CHANGES} fact, as Word's do.
 */
final class TextTrackedChangesReader {

  private static final int MAX_AUTHORS = 50;

  private final OdfXml x;
  private final OdfScope scope;
  private final ContentHandler out;
  private final Set<String> authors = new LinkedHashSet<>();
  private long insertions;
  private long deletions;
  private long formatting;
  private int regions;

  TextTrackedChangesReader(OdfXml x, OdfScope scope, ContentHandler out) {
    this.x = x;
    this.scope = scope;
    this.out = out;
  }

  /** Reader at the START_ELEMENT of text:tracked-changes; consumes it. */
  void read() throws ExtractionException {
    while (x.nextChild()) {
      if (x.is(Odf.TEXT, "changed-region")) {
        regions++;
        readRegion();
      } else {
        x.skipElement();
      }
    }
    report();
  }

  private void readRegion() throws ExtractionException {
    while (x.nextChild()) {
      if (x.is(Odf.TEXT, "deletion")) {
        readChange(true);
      } else if (x.is(Odf.TEXT, "insertion")) {
        insertions++;
        readChange(false);
      } else if (x.is(Odf.TEXT, "format-change")) {
        formatting++;
        readChange(false);
      } else {
        x.skipElement();
      }
    }
  }

  /** One change (reader at its START_ELEMENT); a deletion's removed text is reported. */
  private void readChange(boolean deletion) throws ExtractionException {
    String author = "";
    StringBuilder removed = new StringBuilder();
    while (x.nextChild()) {
      if (x.is(Odf.OFFICE, "change-info")) {
        author = changeAuthor();
      } else if (deletion) {
        if (removed.length() > 0) {
          removed.append('\n');
        }
        x.appendText(removed);
      } else {
        x.skipElement();
      }
    }
    if (!author.isEmpty() && authors.size() < MAX_AUTHORS) {
      authors.add(author);
    }
    if (deletion) {
      deletions++;
      String text = removed.toString().strip();
      if (!text.isEmpty()) {
        out.text(new TextBlock(TextKind.BODY, scope.at("tracked change " + regions), text, author,
            Visibility.TRACKED_DELETION));
      }
    }
  }

  /** office:change-info: the author (dc:creator); the date and any change comment are passed over. */
  private String changeAuthor() throws ExtractionException {
    String author = "";
    while (true) {
      int ev = x.next();
      if (ev == XMLStreamConstants.END_ELEMENT) {
        return author;
      }
      if (ev != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      if (x.is(Odf.DC, "creator")) {
        author = x.text().strip();
      } else {
        x.skipElement();
      }
    }
  }

  private void report() {
    if (insertions + deletions + formatting == 0) {
      return;
    }
    Map<String, String> attrs = new LinkedHashMap<>();
    attrs.put("insertions", String.valueOf(insertions));
    attrs.put("deletions", String.valueOf(deletions));
    attrs.put("moves", "0");
    attrs.put("formatting", String.valueOf(formatting));
    attrs.put("authors", String.join("|", authors));
    out.fact(new Fact(FactKind.TRACKED_CHANGES, scope.at("tracked changes"), scope.contentPart(), "", attrs));
  }
}
