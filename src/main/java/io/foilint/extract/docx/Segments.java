package io.foilint.extract.docx;

import io.foilint.model.Visibility;
import java.util.EnumMap;
import java.util.Map;

/**
 * The text of one paragraph (or note, or text box) sorted by how a reader sees each run: the
 * visible words apart from hidden, deleted, blacked-out, invisible or tiny ones. Each class is
 * capped, so a paragraph of millions of characters costs a bounded amount of memory.
 */
public final class Segments {

  public static final int MAX_CHARS = 200_000;

  private final Map<Visibility, StringBuilder> text = new EnumMap<>(Visibility.class);
  private String deletionAuthor = "";

  public void append(Visibility visibility, CharSequence s) {
    StringBuilder sb = text.computeIfAbsent(visibility, k -> new StringBuilder());
    int room = MAX_CHARS - sb.length();
    if (room > 0) {
      sb.append(s, 0, Math.min(room, s.length()));
    }
  }

  /** A separator (space, paragraph break) in every class that already holds text. */
  public void separate(char c) {
    for (StringBuilder sb : text.values()) {
      if (sb.length() > 0 && sb.length() < MAX_CHARS && sb.charAt(sb.length() - 1) != c) {
        sb.append(c);
      }
    }
  }

  public void deletedBy(String author) {
    if (deletionAuthor.isEmpty() && author != null) {
      deletionAuthor = author;
    }
  }

  public String deletionAuthor() {
    return deletionAuthor;
  }

  /** The text of each class that holds more than white space. */
  public Map<Visibility, String> nonBlank() {
    Map<Visibility, String> m = new EnumMap<>(Visibility.class);
    for (Map.Entry<Visibility, StringBuilder> e : text.entrySet()) {
      String s = e.getValue().toString().strip();
      if (!s.isEmpty()) {
        m.put(e.getKey(), s);
      }
    }
    return m;
  }

  public void clear() {
    text.clear();
    deletionAuthor = "";
  }
}
