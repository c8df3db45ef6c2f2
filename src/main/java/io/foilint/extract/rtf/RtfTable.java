package io.foilint.extract.rtf;

import io.foilint.extract.docx.WordTableWriter;
import io.foilint.model.ContentHandler;
import io.foilint.model.TextBlock;
import io.foilint.model.TextKind;
import io.foilint.model.Visibility;

/**
 * An RTF table as the table events a Word table gives ({@link WordTableWriter}): paragraphs marked
 * {@code \intbl} are cell text, {@code \cell} ends a cell, {@code \row} a row, and the first
 * paragraph outside the table ends it. RTF has no table start: a table opens with its first cell's
 * text. Hidden and deleted words in a cell are text blocks given out after the table, located at
 * their cell; a nested table's cells ({@code \nestcell}) join the outer cell.
 */
final class RtfTable {

  /** Characters kept per cell and kind, as {@link WordTableWriter} keeps. */
  private static final int MAX_CELL_CHARS = 32_000;

  private final WordTableWriter writer;
  private final StringBuilder paragraph = new StringBuilder();
  private final StringBuilder hidden = new StringBuilder();
  private final StringBuilder deleted = new StringBuilder();
  private boolean open;
  private boolean rowOpen;
  private boolean cellOpen;

  RtfTable(ContentHandler out) {
    this.writer = new WordTableWriter(out);
  }

  boolean isOpen() {
    return open;
  }

  /** One character of a cell, by how Word shows it. */
  void text(char c, Visibility visibility) {
    startCellIfNeeded();
    StringBuilder to = switch (visibility) {
      case WORD_HIDDEN_TEXT -> hidden;
      case TRACKED_DELETION -> deleted;
      default -> paragraph;
    };
    if (to.length() < MAX_CELL_CHARS) {
      to.append(c == '\n' || c == '\t' ? ' ' : c);
    }
  }

  /** A paragraph mark inside a cell. */
  void paragraph() {
    if (cellOpen) {
      writer.cellText(paragraph.toString());
      paragraph.setLength(0);
      hidden.append(' ');
      deleted.append(' ');
    }
  }

  void endCell() {
    startCellIfNeeded();
    writer.cellText(paragraph.toString());
    paragraph.setLength(0);
    deferIfAny(hidden, Visibility.WORD_HIDDEN_TEXT);
    deferIfAny(deleted, Visibility.TRACKED_DELETION);
    writer.endCell(Visibility.VISIBLE);
    cellOpen = false;
  }

  void endRow() {
    if (!rowOpen) {
      return;
    }
    if (cellOpen) {
      endCell();
    }
    writer.endRow(Visibility.VISIBLE);
    rowOpen = false;
  }

  /** A text block found while the table is open (an annotation in a cell). */
  void defer(TextBlock block) {
    writer.defer(block);
  }

  /** Ends the table, if one is open, and gives out what waited for its end. */
  void close() {
    if (!open) {
      return;
    }
    endRow();
    writer.endTable();
    open = false;
  }

  private void startCellIfNeeded() {
    if (!open) {
      writer.startTable(Visibility.VISIBLE);
      open = true;
    }
    if (!rowOpen) {
      writer.startRow();
      rowOpen = true;
    }
    if (!cellOpen) {
      writer.startCell();
      cellOpen = true;
    }
  }

  private void deferIfAny(StringBuilder words, Visibility visibility) {
    String text = words.toString().strip();
    words.setLength(0);
    if (!text.isEmpty()) {
      writer.defer(new TextBlock(TextKind.BODY, writer.here(), text, "", visibility));
    }
  }
}
