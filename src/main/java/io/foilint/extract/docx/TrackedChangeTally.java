package io.foilint.extract.docx;

import io.foilint.model.ContentHandler;
import io.foilint.model.Fact;
import io.foilint.model.FactKind;
import io.foilint.model.Location;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Counts the tracked changes of one story part that were never accepted or rejected —
 * insertions, deletions, moves and formatting changes — and who made them; reported as one
 * {@link FactKind#TRACKED_CHANGES} fact per part.
 */
public final class TrackedChangeTally {

  private static final int MAX_AUTHORS = 50;

  private final String part;
  private long insertions;
  private long deletions;
  private long moves;
  private long formatting;
  private final Set<String> authors = new LinkedHashSet<>();

  public TrackedChangeTally(String part) {
    this.part = part;
  }

  /** w:del or w:moveFrom around runs. */
  public void deletion(String element, String author) {
    if (element.equals("moveFrom")) {
      moves++;
    } else {
      deletions++;
    }
    author(author);
  }

  /** w:ins or w:moveTo around runs. */
  public void insertion(String element, String author) {
    if (element.equals("moveTo")) {
      moves++;
    } else {
      insertions++;
    }
    author(author);
  }

  /** A change mark in properties: an inserted or deleted paragraph mark or table row. */
  public void mark(String element, String author) {
    if (element.startsWith("move")) {
      moves++;
    } else if (element.equals("del")) {
      deletions++;
    } else {
      insertions++;
    }
    author(author);
  }

  public void formatting(String author) {
    formatting++;
    author(author);
  }

  private void author(String name) {
    if (name != null && !name.isBlank() && authors.size() < MAX_AUTHORS) {
      authors.add(name.strip());
    }
  }

  public void report(ContentHandler out, Location where) {
    if (insertions + deletions + moves + formatting == 0) {
      return;
    }
    Map<String, String> attrs = new LinkedHashMap<>();
    attrs.put("insertions", String.valueOf(insertions));
    attrs.put("deletions", String.valueOf(deletions));
    attrs.put("moves", String.valueOf(moves));
    attrs.put("formatting", String.valueOf(formatting));
    attrs.put("authors", String.join("|", authors));
    out.fact(new Fact(FactKind.TRACKED_CHANGES, where, part, "", attrs));
  }
}
