package io.foilint.detect.personal.names;

/**
 * Excel's automatic first line of a note: when someone inserts a note, Excel writes their user
 * name, a colon and a line break ("Jane Smith:\n") before what they type. That line is the
 * note's author — the {@code comments} rule lists authors — not a name written in the note, so
 * the free-text rules read only the rest.
 *
 * <p>The first line counts as the author line when it is short, ends with a colon and either
 * equals the note's recorded author or the recorded author is missing or a placeholder (a note
 * by "Author" that starts "Balaji:\n"). The same name without the line break ("joe:Give …")
 * counts only when it equals the recorded author.
 */
public final class NoteAuthorLine {

  private static final int MAX_AUTHOR_LENGTH = 80;

  /** A note split into its author line's name (empty when there is none) and its body. */
  public record Split(String author, String body) {}

  private NoteAuthorLine() {}

  /** {@code text} split into the author written on its first line and the rest. */
  public static Split split(String text, String recordedAuthor) {
    if (text == null) {
      return new Split("", "");
    }
    String recorded = recordedAuthor == null ? "" : recordedAuthor.strip();
    int colon = text.indexOf(':');
    if (colon <= 0 || colon > MAX_AUTHOR_LENGTH) {
      return new Split("", text);
    }
    String name = text.substring(0, colon).strip();
    if (name.isEmpty() || name.indexOf('\n') >= 0 || name.indexOf('\r') >= 0) {
      return new Split("", text);
    }
    int after = colon + 1;
    while (after < text.length() && (text.charAt(after) == ' ' || text.charAt(after) == '\t')) {
      after++;
    }
    boolean lineBreak = after < text.length()
        && (text.charAt(after) == '\n' || text.charAt(after) == '\r');
    boolean sameAsRecorded = name.equals(recorded);
    boolean recordedIsNoPerson = recorded.isEmpty() || !PersonOrPlaceholder.isPerson(recorded);
    if (sameAsRecorded || (lineBreak && recordedIsNoPerson)) {
      return new Split(name, text.substring(after).stripLeading());
    }
    return new Split("", text);
  }

  /** The note's text without Excel's author line. */
  public static String body(String text, String recordedAuthor) {
    return split(text, recordedAuthor).body();
  }
}
