package io.foilint.extract.doc;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.ExtractionException;
import io.foilint.extract.docx.RunVisibility;
import io.foilint.extract.docx.Segments;
import io.foilint.extract.docx.TrackedChangeTally;
import io.foilint.extract.docx.WordFields;
import io.foilint.extract.docx.WordTableWriter;
import io.foilint.extract.text.BlockWriter;
import io.foilint.model.ContentHandler;
import io.foilint.model.Location;
import io.foilint.model.TextBlock;
import io.foilint.model.TextKind;
import io.foilint.model.Visibility;
import java.util.Map;
import org.apache.poi.hwpf.model.RevisionMarkAuthorTable;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;

/**
 * Reads the paragraphs of one .doc story (a range of character positions) run by run and
 * reports them as the docx reader does: the main document one {@code BODY} block per paragraph
 * ({@code paragraph N}), top-level tables as {@code WORD_TABLE} table events through the docx
 * {@link WordTableWriter}; every other story (a header, a note, a comment, the text boxes) in
 * blocks of its own kind at one place. Each run is judged by the docx {@link RunVisibility}
 * (hidden, tracked deletion, dark highlight or shading, font like the background, tiny), so the
 * same detectors fire for both formats; insertions and deletions are counted with their authors
 * from the revision-author table ({@code SttbfRMark}).
 *
 * <p>Field codes (between the field-begin and separator marks) are not text a reader sees; the
 * ones that fetch content from elsewhere ({@code INCLUDETEXT}, {@code LINK}) are reported by the
 * docx {@link WordFields}. Control characters (cell and paragraph marks, picture and note
 * anchors) are dropped.
 */
final class DocStoryReader {

  private static final char FIELD_BEGIN = 0x13;
  private static final char FIELD_SEPARATOR = 0x14;
  private static final char FIELD_END = 0x15;
  private static final int MAX_FIELD_DEPTH = 64;
  private static final int DEADLINE_EVERY = 256;

  private final ExtractionContext context;
  private final ContentHandler out;
  private final RevisionMarkAuthorTable authors;
  private final TrackedChangeTally tally;
  private final WordFields fields;
  private final WordTableWriter tables;
  private final StringBuilder fieldCode = new StringBuilder();
  /** Per open field: true while its code (not its result) is being read. */
  private final boolean[] inCode = new boolean[MAX_FIELD_DEPTH];
  private int fieldDepth;
  private boolean lastDeleted;
  private boolean lastInserted;
  private long paragraphsRead;
  private Location fieldPlace = Location.of("");

  DocStoryReader(ExtractionContext context, ContentHandler out, RevisionMarkAuthorTable authors,
      TrackedChangeTally tally) {
    this.context = context;
    this.out = out;
    this.authors = authors;
    this.tally = tally;
    this.fields = new WordFields(out);
    this.tables = new WordTableWriter(out);
  }

  /** The main document: paragraphs numbered, tables as table events. */
  void main(Range range) throws ExtractionException {
    resetFields();
    int paragraph = 0;
    int count = range.numParagraphs();
    for (int i = 0; i < count; i++) {
      Paragraph p = range.getParagraph(i);
      tick();
      // A table paragraph is fInTable; Word 97 writes no table depth (sprmPItap, from Word 2000),
      // so a depth of 0 is a table too.
      if (p.isInTable()) {
        int end = table(range, p);
        if (end > p.getStartOffset()) {
          while (i + 1 < count && range.getParagraph(i + 1).getStartOffset() < end) {
            i++;
          }
          continue;
        }
      }
      paragraph++;
      Location where = Location.of("paragraph " + paragraph);
      fieldPlace = where;
      Segments s = new Segments();
      runs(p, s);
      emit(s, TextKind.BODY, Visibility.VISIBLE, where, "");
    }
  }

  /**
   * A story read as one unit (a header, a note, a comment): its visible text as {@code kind}
   * seen as {@code visibility}, hidden and deleted words apart, all located at {@code where}.
   */
  void unit(Range range, TextKind kind, Visibility visibility, Location where, String author)
      throws ExtractionException {
    resetFields();
    fieldPlace = where;
    Segments s = new Segments();
    int count = range.numParagraphs();
    for (int i = 0; i < count; i++) {
      tick();
      runs(range.getParagraph(i), s);
      s.separate('\n');
      if (s.nonBlank().getOrDefault(Visibility.VISIBLE, "").length() > BlockWriter.MAX_BLOCK) {
        emit(s, kind, visibility, where, author);
        s.clear();
      }
    }
    emit(s, kind, visibility, where, author);
  }

  /**
   * Reports the table that starts at {@code first} and returns the character position where it
   * ends, or -1 when HWPF cannot make a table of it (its paragraphs are then read as text).
   */
  private int table(Range range, Paragraph first) throws ExtractionException {
    Table t;
    try {
      t = range.getTable(first);
    } catch (RuntimeException e) {
      return -1;
    }
    tables.startTable(Visibility.VISIBLE);
    try {
      for (int r = 0; r < t.numRows(); r++) {
        TableRow row = t.getRow(r);
        tables.startRow();
        for (int c = 0; c < row.numCells(); c++) {
          TableCell cell = row.getCell(c);
          tables.startCell();
          for (int k = 0; k < cell.numParagraphs(); k++) {
            tick();
            fieldPlace = tables.here();
            Segments s = new Segments();
            runs(cell.getParagraph(k), s);
            Map<Visibility, String> parts = s.nonBlank();
            String visible = parts.remove(Visibility.VISIBLE);
            if (visible != null) {
              tables.cellText(visible);
            }
            for (Map.Entry<Visibility, String> e : parts.entrySet()) {
              String author = e.getKey() == Visibility.TRACKED_DELETION ? s.deletionAuthor() : "";
              tables.defer(new TextBlock(TextKind.BODY, tables.here(), e.getValue(), author, e.getKey()));
            }
          }
          tables.endCell(Visibility.VISIBLE);
        }
        tables.endRow(Visibility.VISIBLE);
      }
    } finally {
      tables.endTable();
    }
    return t.getEndOffset();
  }

  private void runs(Paragraph p, Segments s) throws ExtractionException {
    int fill = DocRunFormat.fill(p.getShading());
    int n = p.numCharacterRuns();
    for (int j = 0; j < n; j++) {
      CharacterRun run = p.getCharacterRun(j);
      String text = run.text();
      if (text == null || text.isEmpty()) {
        continue;
      }
      boolean deleted = run.isMarkedDeleted();
      boolean inserted = run.isMarkedInserted();
      String author = deleted || inserted ? author(DocRunFormat.revisionAuthor(run, deleted)) : "";
      if (deleted && !lastDeleted) {
        tally.deletion("del", author);
      }
      if (inserted && !lastInserted) {
        tally.insertion("ins", author);
      }
      lastDeleted = deleted;
      lastInserted = inserted;
      Visibility v = run.isFldVanished() ? null : RunVisibility.of(DocRunFormat.of(run), deleted, fill);
      if (deleted) {
        s.deletedBy(author);
      }
      chars(text, v, s);
    }
  }

  /** Appends what a reader sees of {@code text}; field codes go to {@link #fields}. */
  private void chars(String text, Visibility v, Segments s) {
    StringBuilder shown = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == FIELD_BEGIN) {
        if (fieldDepth < MAX_FIELD_DEPTH) {
          inCode[fieldDepth] = true;
        }
        fieldDepth++;
        fieldCode.setLength(0);
      } else if (c == FIELD_SEPARATOR) {
        endCode();
      } else if (c == FIELD_END) {
        endCode();
        fieldDepth = Math.max(0, fieldDepth - 1);
      } else if (inCode()) {
        if (fieldCode.length() < WordFields.MAX_CODE) {
          fieldCode.append(c);
        }
      } else if (v != null) {
        char shownChar = shown(c);
        if (shownChar != 0) {
          shown.append(shownChar);
        }
      }
    }
    if (v != null && shown.length() > 0) {
      s.append(v, shown);
    }
  }

  private void endCode() {
    if (fieldDepth > 0 && fieldDepth <= MAX_FIELD_DEPTH && inCode[fieldDepth - 1]) {
      inCode[fieldDepth - 1] = false;
      fields.code(fieldCode.toString(), fieldPlace);
      fieldCode.setLength(0);
    }
  }

  private boolean inCode() {
    for (int d = 0; d < Math.min(fieldDepth, MAX_FIELD_DEPTH); d++) {
      if (inCode[d]) {
        return true;
      }
    }
    return false;
  }

  /** The character a reader sees for a stored one; 0 for marks that show nothing. */
  private static char shown(char c) {
    return switch (c) {
      case '\r', 0x0B, 0x0C, 0x0E -> '\n';
      case '\t' -> '\t';
      case 0x07 -> ' ';
      case 0x1E -> '-';
      case 0xA0 -> ' ';
      default -> c < 0x20 || c == 0x1F ? 0 : c;
    };
  }

  private void emit(Segments s, TextKind kind, Visibility visibility, Location where, String author) {
    for (Map.Entry<Visibility, String> e : s.nonBlank().entrySet()) {
      Visibility v = e.getKey();
      String who;
      if (v == Visibility.TRACKED_DELETION) {
        who = s.deletionAuthor().isEmpty() ? author : s.deletionAuthor();
      } else {
        // a comment's author wrote all of it; other hidden words have no author of their own
        who = v == Visibility.VISIBLE || kind == TextKind.COMMENT ? author : "";
      }
      out.text(new TextBlock(kind, where, e.getValue(), who, v == Visibility.VISIBLE ? visibility : v));
    }
  }

  private String author(int index) {
    if (authors == null || index < 0 || index >= authors.getSize()) {
      return "";
    }
    String a = authors.getAuthor(index);
    return a == null ? "" : a.strip();
  }

  private void resetFields() {
    fieldDepth = 0;
    fieldCode.setLength(0);
    java.util.Arrays.fill(inCode, false);
  }

  private void tick() throws ExtractionException {
    if (++paragraphsRead % DEADLINE_EVERY == 0) {
      context.checkDeadline();
    }
  }
}
