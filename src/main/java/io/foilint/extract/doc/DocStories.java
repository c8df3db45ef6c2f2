package io.foilint.extract.doc;

import io.foilint.extract.ExtractionException;
import io.foilint.model.Location;
import io.foilint.model.TextKind;
import io.foilint.model.Visibility;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.model.SubdocumentType;
import org.apache.poi.hwpf.usermodel.Notes;
import org.apache.poi.hwpf.usermodel.Range;

/**
 * Where each story of a .doc sits in the document's character positions, and how an officer
 * finds it: the main document; headers and footers from the header-story table ({@code
 * PlcfHdd}: after six note separators, six stories per section — even-page header, header,
 * even-page footer, footer, first-page header, first-page footer); footnotes and endnotes one
 * by one; comments one by one with their authors (the {@code PlcfandRef} records name an entry
 * of {@code GrpXstAtnOwners}, which HWPF does not read); the text boxes of the body and of the
 * headers.
 */
final class DocStories {

  private static final String[] HEADER_STORIES = {
      "header (even pages)", "header", "footer (even pages)", "footer", "header (first page)",
      "footer (first page)"};
  private static final int SEPARATOR_STORIES = 6;
  /** A comment record (ATRDPre10) is 30 bytes; its owner index sits at byte 20. */
  private static final int ATRD_BYTES = 30;
  private static final int ATRD_OWNER = 20;
  private static final int ATRD_INITIALS = 0;

  private final HWPFDocument doc;
  private final WordFib fib;
  private final DocStoryReader reader;
  private final byte[] table;

  DocStories(HWPFDocument doc, WordFib fib, DocStoryReader reader) {
    this.doc = doc;
    this.fib = fib;
    this.reader = reader;
    this.table = doc.getTableStream();
  }

  void read() throws ExtractionException {
    reader.main(doc.getRange());
    headers();
    notes(doc.getFootnotes(), doc.getFootnoteRange(), "footnote");
    notes(doc.getEndnotes(), doc.getEndnoteRange(), "endnote");
    comments();
    textBoxes(doc.getMainTextboxRange(), "text boxes");
    textBoxes(headerTextBoxes(), "text boxes in headers and footers");
  }

  private void headers() throws ExtractionException {
    Range all = doc.getHeaderStoryRange();
    int base = all.getStartOffset();
    int[] cps = plc(doc.getFileInformationBlock().getPlcfHddOffset(),
        doc.getFileInformationBlock().getPlcfHddSize(), 0);
    for (int i = 0; i + 1 < cps.length; i++) {
      int start = base + cps[i];
      int end = Math.min(base + cps[i + 1], all.getEndOffset());
      if (start >= end) {
        continue;
      }
      String place;
      if (i < SEPARATOR_STORIES) {
        place = "note separators";
      } else {
        int story = i - SEPARATOR_STORIES;
        place = HEADER_STORIES[story % 6] + ", section " + (story / 6 + 1);
      }
      reader.unit(new Range(start, end, doc), TextKind.HEADER_FOOTER, Visibility.VISIBLE,
          Location.of(place), "");
    }
  }

  private void notes(Notes notes, Range story, String noun) throws ExtractionException {
    if (story.getEndOffset() <= story.getStartOffset()) {
      return;
    }
    int base = story.getStartOffset();
    for (int i = 0; i < notes.getNotesCount(); i++) {
      int start = base + notes.getNoteTextStartOffset(i);
      int end = Math.min(base + notes.getNoteTextEndOffset(i), story.getEndOffset());
      if (start < end) {
        reader.unit(new Range(start, end, doc), TextKind.BODY, Visibility.VISIBLE,
            Location.of(noun + "s", noun + " " + (i + 1)), "");
      }
    }
  }

  private void comments() throws ExtractionException {
    Range story = doc.getCommentsRange();
    if (story.getEndOffset() <= story.getStartOffset()) {
      return;
    }
    int base = story.getStartOffset();
    int[] cps = plc((int) fib.fc(WordFib.PLCF_AND_TXT), (int) fib.lcb(WordFib.PLCF_AND_TXT), 0);
    List<String> authors = commentAuthors();
    for (int i = 0; i + 1 < cps.length; i++) {
      int start = base + cps[i];
      int end = Math.min(base + cps[i + 1], story.getEndOffset());
      if (start < end) {
        String author = i < authors.size() ? authors.get(i) : "";
        reader.unit(new Range(start, end, doc), TextKind.COMMENT, Visibility.COMMENT,
            Location.of("comments", "comment " + (i + 1)), author);
      }
    }
  }

  private void textBoxes(Range range, String place) throws ExtractionException {
    if (range != null && range.getEndOffset() > range.getStartOffset()) {
      reader.unit(range, TextKind.SHAPE_TEXT, Visibility.VISIBLE, Location.of(place), "");
    }
  }

  /** The header text-box story, which HWPF does not offer: it follows every other story. */
  private Range headerTextBoxes() {
    int start = 0;
    for (SubdocumentType t : SubdocumentType.ORDERED) {
      if (t == SubdocumentType.HEADER_TEXTBOX) {
        int length = doc.getFileInformationBlock().getSubdocumentTextStreamLength(t);
        int end = Math.min(start + length, doc.getOverallRange().getEndOffset());
        return end > start ? new Range(start, end, doc) : null;
      }
      start += doc.getFileInformationBlock().getSubdocumentTextStreamLength(t);
    }
    return null;
  }

  /** Each comment's author: the owner its record names, else the initials it keeps. */
  private List<String> commentAuthors() {
    List<String> owners = owners();
    List<String> authors = new ArrayList<>();
    long fc = fib.fc(WordFib.PLCF_AND_REF);
    long lcb = fib.lcb(WordFib.PLCF_AND_REF);
    if (fc < 0 || lcb < 4 || fc + lcb > table.length) {
      return authors;
    }
    int n = (int) ((lcb - 4) / (4 + ATRD_BYTES));
    int records = (int) fc + 4 * (n + 1);
    for (int i = 0; i < n; i++) {
      int at = records + i * ATRD_BYTES;
      int owner = (short) WordFib.u16(table, at + ATRD_OWNER);
      if (owner >= 0 && owner < owners.size()) {
        authors.add(owners.get(owner));
      } else {
        int cch = Math.min(WordFib.u16(table, at + ATRD_INITIALS), 9);
        authors.add(new String(table, at + 2, 2 * cch, StandardCharsets.UTF_16LE).strip());
      }
    }
    return authors;
  }

  /** {@code GrpXstAtnOwners}: the comment authors' names, each a length and UTF-16 text. */
  private List<String> owners() {
    List<String> names = new ArrayList<>();
    long fc = fib.fc(WordFib.GRP_XST_ATN_OWNERS);
    long end = fc + fib.lcb(WordFib.GRP_XST_ATN_OWNERS);
    if (fc < 0 || end > table.length) {
      return names;
    }
    int at = (int) fc;
    while (at + 2 <= end && names.size() < 10_000) {
      int cch = WordFib.u16(table, at);
      if (at + 2 + 2L * cch > end) {
        break;
      }
      names.add(new String(table, at + 2, 2 * cch, StandardCharsets.UTF_16LE).strip());
      at += 2 + 2 * cch;
    }
    return names;
  }

  /** The character positions of a PLC in the table stream ({@code dataSize} bytes per entry). */
  private int[] plc(int fc, int lcb, int dataSize) {
    if (fc < 0 || lcb < 4 || (long) fc + lcb > table.length) {
      return new int[0];
    }
    int n = (lcb - 4) / (4 + dataSize);
    int[] cps = new int[n + 1];
    for (int i = 0; i <= n; i++) {
      cps[i] = (int) WordFib.u32(table, fc + 4 * i);
    }
    return cps;
  }
}
