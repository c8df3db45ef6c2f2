package io.foilint.extract.text;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.ExtractionException;
import io.foilint.model.ContentHandler;
import io.foilint.model.Location;
import io.foilint.model.TextBlock;
import io.foilint.model.TextKind;
import io.foilint.model.Visibility;

/**
 * Turns a stream of characters — a plain-text file, an e-mail body, a web page's text, an RTF
 * document — into paragraph {@link TextBlock}s (lines up to a blank
 * line, at most {@link #MAX_BLOCK} characters each), all of one kind and visibility, located in
 * one place with the line they start on ({@code message body}, {@code line 12}; with no place, by
 * the line alone, as plain text is). Streams: no
 * block grows with the input. Checks the deadline every few thousand lines.
 */
public final class BlockWriter {

  /** Characters in one text block at most. */
  public static final int MAX_BLOCK = 4000;

  private static final int DEADLINE_EVERY_LINES = 2000;

  private final ExtractionContext context;
  private final ContentHandler out;
  private final String container;
  private final String place;
  /** Put before "line N" in each block's ref (a slide's shape name), or empty. */
  private final String refPrefix;
  private final TextKind kind;
  private final Visibility visibility;
  private final StringBuilder paragraph = new StringBuilder();
  private final StringBuilder line = new StringBuilder();
  private long lineNumber = 1;
  private long paragraphStart = 1;
  private boolean afterCr;

  public BlockWriter(ExtractionContext context, ContentHandler out, String place, TextKind kind,
      Visibility visibility) {
    this(context, out, place, "", kind, visibility);
  }

  /**
   * As above, each block located {@code place!refPrefix, line N}: a presentation's shape text
   * is found by slide and shape name ({@code slide 3!Title 1, line 2}).
   */
  public BlockWriter(ExtractionContext context, ContentHandler out, String place, String refPrefix,
      TextKind kind, Visibility visibility) {
    this.context = context;
    this.out = out;
    this.container = "";
    this.place = place;
    this.refPrefix = refPrefix == null ? "" : refPrefix;
    this.kind = kind;
    this.visibility = visibility;
  }

  public void write(CharSequence chars) throws ExtractionException {
    for (int i = 0; i < chars.length(); i++) {
      write(chars.charAt(i));
    }
  }

  public void write(char[] chars, int start, int length) throws ExtractionException {
    for (int i = start; i < start + length; i++) {
      write(chars[i]);
    }
  }

  public void write(char c) throws ExtractionException {
    if (c == '\n' && afterCr) {
      afterCr = false;
      return; // the second half of CRLF
    }
    afterCr = c == '\r';
    if (c == '\n' || c == '\r' || c == '\u2029' || c == '\u000B' || c == '\f') {
      endLine();
    } else {
      line.append(c);
      if (line.length() >= MAX_BLOCK) {
        cutLongLine();
      }
    }
  }

  /** Ends the current paragraph (a block element ended, a new section starts). */
  public void breakParagraph() throws ExtractionException {
    if (line.length() > 0) {
      endLine();
    }
    flush();
  }

  /** Hands on what is left; call once at the end. */
  public void finish() throws ExtractionException {
    breakParagraph();
  }

  private void endLine() throws ExtractionException {
    if (line.toString().isBlank()) {
      flush();
    } else {
      if (paragraph.length() > 0 && paragraph.length() + line.length() + 1 > MAX_BLOCK) {
        flush();
      }
      if (paragraph.length() == 0) {
        paragraphStart = lineNumber;
      } else {
        paragraph.append('\n');
      }
      paragraph.append(line);
    }
    line.setLength(0);
    lineNumber++;
    if (lineNumber % DEADLINE_EVERY_LINES == 0) {
      context.checkDeadline();
    }
  }

  private void cutLongLine() {
    flush();
    int cut = -1;
    for (int i = line.length() - 1; i >= MAX_BLOCK / 2; i--) {
      if (Character.isWhitespace(line.charAt(i))) {
        cut = i;
        break;
      }
    }
    if (cut < 0) {
      cut = line.length();
    }
    emit(lineNumber, line.substring(0, cut));
    line.delete(0, cut);
  }

  private void flush() {
    if (paragraph.length() > 0) {
      emit(paragraphStart, paragraph.toString());
      paragraph.setLength(0);
    }
  }

  private void emit(long where, String raw) {
    String text = raw.strip();
    if (!text.isEmpty()) {
      // no place: located by line alone, as a plain-text file's paragraphs are
      String line = (refPrefix.isEmpty() ? "" : refPrefix + ", ") + "line " + where;
      Location at = place.isEmpty() ? new Location(container, line, "")
          : new Location(container, place, line);
      out.text(new TextBlock(kind, at, text, "", visibility));
    }
  }
}
