package io.foilint.extract.doc;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.ExtractionException;
import io.foilint.extract.text.BlockWriter;
import io.foilint.model.ContentHandler;
import io.foilint.model.Fact;
import io.foilint.model.FactKind;
import io.foilint.model.Location;
import io.foilint.model.TextBlock;
import io.foilint.model.TextKind;
import io.foilint.model.Visibility;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.ddf.EscherBSERecord;
import org.apache.poi.ddf.EscherContainerRecord;
import org.apache.poi.ddf.EscherRecord;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.model.SubdocumentType;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.DocumentEntry;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.util.IOUtils;

/**
 * What a .doc holds that its stories no longer show. Word's fast save appended edits and left the
 * old text where it was; deleting text could leave it in the stream; a file saved over an older
 * one could keep the old table stream. So every byte is accounted for:
 *
 * <ul>
 *   <li>the WordDocument stream: the header (FIB), the text each piece of the piece table points
 *       to, the formatting pages the bin tables name, and the pictures the drawing layer's
 *       BStore names;
 *   <li>the live table stream: every structure the header's offset/length pairs name;
 *   <li>the piece table: characters beyond the document's stories;
 *   <li>the other table stream ({@code 0Table} beside a live {@code 1Table}, or the reverse),
 *       which nothing refers to.
 * </ul>
 *
 * Text found in what is left (runs of readable 8-bit or UTF-16 characters) is reported as text
 * of an earlier revision, so the free-text rules judge it; bytes that hold no readable text are
 * an {@code uninspected-part} fact naming the stream, the area and its size. Runs of zero bytes
 * (padding) are nothing.
 */
final class DocLeftovers {

  private static final int PAGE = 512;
  /** A section descriptor (SED) is 12 bytes; its SEPX offset sits at byte 2. */
  private static final int SED_BYTES = 12;
  /** Most entries a run (0x65) or paragraph (0x1D) formatting page holds. */
  private static final int MAX_FKP_ENTRIES = 0x65;
  /** Shortest run of readable characters taken as text, and the letters it must hold. */
  private static final int MIN_RUN = 10;
  private static final int MIN_LETTERS = 6;
  /**
   * Areas shorter than this are not reported: a lone character or two between pieces (seen in
   * real files) cannot hold a name or a number worth judging.
   */
  private static final int MIN_AREA = 8;
  /** Characters of leftover text reported per stream at most. */
  private static final int MAX_TEXT = 200_000;
  private static final String CP1252_CHARS = cp1252();
  /** An element with a namespace prefix, as in XMP ({@code <dc:creator>}, {@code <rdf:li ...}). */
  private static final Pattern PREFIXED_TAG = Pattern.compile("<[A-Za-z][\\w.-]*:[A-Za-z][\\w.-]*[ >/]");

  private final HWPFDocument doc;
  private final WordFib fib;
  private final ExtractionContext context;
  private final ContentHandler out;

  DocLeftovers(HWPFDocument doc, WordFib fib, ExtractionContext context, ContentHandler out) {
    this.doc = doc;
    this.fib = fib;
    this.context = context;
    this.out = out;
  }

  void read(DirectoryNode root) throws IOException, ExtractionException {
    beyondStories();
    byte[] main = doc.getMainStream();
    byte[] table = doc.getTableStream();
    report("WordDocument stream", main, mainStreamUse(main, table));
    context.checkDeadline();
    report(fib.tableStreamName() + " stream", table, tableStreamUse(table));
    context.checkDeadline();
    String other = fib.table1() ? "0Table" : "1Table";
    if (root.hasEntry(other) && root.getEntry(other) instanceof DocumentEntry entry) {
      byte[] bytes;
      try (InputStream in = new DocumentInputStream(entry)) {
        bytes = IOUtils.toByteArray(in, entry.getSize(), Integer.MAX_VALUE);
      }
      report(other + " stream (not the table stream in use)", bytes, new BitSet());
    }
  }

  /** Text the piece table holds past the last story: nothing shows it. */
  private void beyondStories() {
    long stories = 0;
    boolean subdocuments = false;
    for (SubdocumentType t : SubdocumentType.ORDERED) {
      int length = doc.getFileInformationBlock().getSubdocumentTextStreamLength(t);
      stories += length;
      subdocuments |= t != SubdocumentType.MAIN && length > 0;
    }
    // a file with any story beyond the main one ends in one extra paragraph mark
    long shown = stories + (subdocuments ? 1 : 0);
    StringBuilder text = doc.getTextTable().getText();
    if (text.length() > shown) {
      String rest = text.substring((int) shown, Math.min(text.length(), (int) shown + MAX_TEXT));
      emitText(Location.of("piece table", "characters " + (shown + 1) + "-" + text.length()
          + " (beyond the document's text)"), readable(rest));
    }
  }

  private BitSet mainStreamUse(byte[] main, byte[] table) {
    BitSet used = new BitSet(main.length);
    used.set(0, Math.min(fib.size(), main.length));
    markPieces(used, table, main.length);
    formattingPages(used, table, WordFib.PLCF_BTE_CHPX, main.length);
    formattingPages(used, table, WordFib.PLCF_BTE_PAPX, main.length);
    sectionProperties(used, table, main);
    staleFormattingPages(used, main);
    pictures(used, main.length);
    return used;
  }

  /**
   * The pictures of the drawing layer: OfficeArt keeps each picture (BLIP) in the WordDocument
   * stream at the offset its BStore entry (FBSE foDelay) names. A picture's bytes are not
   * leftover text even where they happen to be printable (a PNG's ICC profile name, a JPEG's
   * XMP packet).
   */
  private void pictures(BitSet used, int limit) {
    EscherContainerRecord store;
    try {
      store = doc.getOfficeArtContent().getBStoreContainer();
    } catch (RuntimeException e) {
      return;
    }
    if (store == null) {
      return;
    }
    for (EscherRecord r : store.getChildRecords()) {
      if (r instanceof EscherBSERecord bse && bse.getOffset() > 0 && bse.getSize() > 0) {
        mark(used, bse.getOffset() & 0xFFFFFFFFL, bse.getSize() & 0xFFFFFFFFL, limit);
      }
    }
  }

  /**
   * The bytes each piece of the piece table points to, read from the CLX as Word wrote it (HWPF
   * rewrites piece positions when it loads a file): a sequence of property lists ({@code Prc},
   * tag 1) and then the piece table ({@code Pcdt}, tag 2: character positions and 8-byte piece
   * descriptors whose file offset has bit 30 set for 8-bit text at half the offset).
   */
  private void markPieces(BitSet used, byte[] table, int limit) {
    long fc = fib.fc(WordFib.CLX);
    long end = fc + fib.lcb(WordFib.CLX);
    if (fc < 0 || end > table.length) {
      return;
    }
    int at = (int) fc;
    while (at < end && table[at] == 1 && at + 3 <= end) {
      at += 3 + (short) WordFib.u16(table, at + 1);
    }
    if (at + 5 > end || table[at] != 2) {
      return;
    }
    long lcb = WordFib.u32(table, at + 1);
    int plc = at + 5;
    if (plc + lcb > end || lcb < 4) {
      return;
    }
    int n = (int) ((lcb - 4) / 12);
    int descriptors = plc + 4 * (n + 1);
    for (int i = 0; i < n; i++) {
      long chars = WordFib.u32(table, plc + 4 * (i + 1)) - WordFib.u32(table, plc + 4 * i);
      long offset = WordFib.u32(table, descriptors + 8 * i + 2);
      boolean compressed = (offset & 0x40000000L) != 0;
      long start = compressed ? (offset & ~0x40000000L) / 2 : offset;
      mark(used, start, compressed ? chars : chars * 2, limit);
    }
  }

  /** The 512-byte formatting pages (FKPs) a bin table names by page number. */
  private void formattingPages(BitSet used, byte[] table, int pair, int limit) {
    long fc = fib.fc(pair);
    long lcb = fib.lcb(pair);
    if (fc < 0 || lcb < 4 || fc + lcb > table.length) {
      return;
    }
    int n = (int) ((lcb - 4) / 8);
    int pns = (int) fc + 4 * (n + 1);
    for (int i = 0; i < n; i++) {
      long pn = WordFib.u32(table, pns + 4 * i) & 0x3FFFFF;
      mark(used, pn * PAGE, PAGE, limit);
    }
  }

  /** Each section's properties (SEPX: a length and that many bytes) the section table names. */
  private void sectionProperties(BitSet used, byte[] table, byte[] main) {
    long fc = fib.fc(WordFib.PLCF_SED);
    long lcb = fib.lcb(WordFib.PLCF_SED);
    if (fc < 0 || lcb < 4 || fc + lcb > table.length) {
      return;
    }
    int n = (int) ((lcb - 4) / (4 + SED_BYTES));
    int seds = (int) fc + 4 * (n + 1);
    for (int i = 0; i < n; i++) {
      long sepx = WordFib.u32(table, seds + SED_BYTES * i + 2);
      if (sepx >= 0 && sepx + 2 <= main.length && sepx != 0xFFFFFFFFL) {
        mark(used, sepx, 2 + WordFib.u16(main, (int) sepx), main.length);
      }
    }
  }

  /**
   * Formatting pages (FKPs) no bin table names any more: Word leaves them behind when it
   * rewrites formatting. A page of this shape holds run or paragraph formatting (file offsets
   * rising, then property offsets, the count in its last byte), never text, so it is accounted
   * for; anything else in an unused page is looked at like any other leftover.
   */
  private static void staleFormattingPages(BitSet used, byte[] main) {
    for (int page = PAGE; page + PAGE <= main.length; page += PAGE) {
      if (used.nextClearBit(page) >= page + PAGE) {
        continue;
      }
      int count = main[page + PAGE - 1] & 0xFF;
      if (count == 0 || count > MAX_FKP_ENTRIES || 4 * (count + 1) > PAGE - 1) {
        continue;
      }
      boolean rising = true;
      long last = -1;
      for (int i = 0; i <= count && rising; i++) {
        long fc = WordFib.u32(main, page + 4 * i);
        rising = fc > last && fc <= main.length;
        last = fc;
      }
      if (rising) {
        used.set(page, page + PAGE);
      }
    }
  }

  private BitSet tableStreamUse(byte[] table) {
    BitSet used = new BitSet(table.length);
    for (int i = 0; i < fib.pairCount(); i++) {
      mark(used, fib.fc(i), fib.lcb(i), table.length);
    }
    // the list levels (LVL) follow the list table without being counted in its length: they run
    // up to the next structure
    long levels = fib.fc(WordFib.PLF_LST) + fib.lcb(WordFib.PLF_LST);
    if (fib.lcb(WordFib.PLF_LST) > 0 && levels < table.length && !used.get((int) levels)) {
      int next = used.nextSetBit((int) levels);
      used.set((int) levels, next < 0 ? table.length : next);
    }
    return used;
  }

  private static void mark(BitSet used, long start, long length, int limit) {
    if (start >= 0 && length > 0 && start < limit) {
      used.set((int) start, (int) Math.min(limit, start + length));
    }
  }

  /** Reports the text, else the size, of every area of {@code bytes} that {@code used} leaves. */
  private void report(String stream, byte[] bytes, BitSet used) {
    long unaccounted = 0;
    long firstAt = -1;
    StringBuilder text = new StringBuilder();
    int at = used.nextClearBit(0);
    while (at < bytes.length) {
      int end = Math.min(bytes.length, used.nextSetBit(at) < 0 ? bytes.length : used.nextSetBit(at));
      String found = readable(bytes, at, end);
      if (!found.isEmpty()) {
        if (text.length() < MAX_TEXT) {
          text.append(found, 0, Math.min(found.length(), MAX_TEXT - text.length())).append('\n');
        }
        if (firstAt < 0) {
          firstAt = at;
        }
      } else if (end - at >= MIN_AREA && !allZero(bytes, at, end)) {
        unaccounted += end - at;
      }
      at = end >= bytes.length ? bytes.length : used.nextClearBit(end);
    }
    if (text.length() > 0) {
      emitText(Location.of(stream, "from byte " + firstAt + " (text no structure refers to)"),
          text.toString());
    }
    if (unaccounted > 0) {
      Map<String, String> attrs = new LinkedHashMap<>();
      attrs.put("bytes", Long.toString(unaccounted));
      out.fact(new Fact(FactKind.UNINSPECTED_PART, Location.of(stream), stream,
          unaccounted + " bytes of the " + stream + " belong to no part of the document foilint"
              + " knows; they may be left over from an earlier save", attrs));
    }
  }

  private void emitText(Location where, String text) {
    for (int i = 0; i < text.length(); i += BlockWriter.MAX_BLOCK) {
      String block = text.substring(i, Math.min(text.length(), i + BlockWriter.MAX_BLOCK)).strip();
      if (!block.isEmpty()) {
        out.text(new TextBlock(TextKind.OTHER, where, block, "", Visibility.EARLIER_REVISION));
      }
    }
  }

  /** Runs of readable characters in {@code bytes[from, to)}, read as 8-bit and as UTF-16 text. */
  static String readable(byte[] bytes, int from, int to) {
    StringBuilder found = new StringBuilder();
    StringBuilder run = new StringBuilder();
    // 8-bit text (cp1252, how Word stores pieces of Western text)
    for (int i = from; i <= to; i++) {
      char c = i < to ? CP1252_CHARS.charAt(bytes[i] & 0xFF) : 0;
      if (i < to && isTextChar(c)) {
        run.append(c);
      } else {
        take(run, found);
      }
    }
    // UTF-16LE text, at both byte alignments
    for (int align = 0; align < 2; align++) {
      for (int i = from + align; i + 1 <= to; i += 2) {
        char c = i + 1 < to ? (char) ((bytes[i] & 0xFF) | (bytes[i + 1] & 0xFF) << 8) : 0;
        if (i + 1 < to && isTextChar(c)) {
          run.append(c);
        } else {
          take(run, found);
        }
      }
      take(run, found);
    }
    return found.toString().strip();
  }

  /** Readable text in a string of characters (the piece table's text past the stories). */
  private static String readable(String chars) {
    StringBuilder found = new StringBuilder();
    StringBuilder run = new StringBuilder();
    for (int i = 0; i <= chars.length(); i++) {
      char c = i < chars.length() ? chars.charAt(i) : 0;
      if (i < chars.length() && (isTextChar(c) || c == '\r')) {
        run.append(c == '\r' ? ' ' : c);
      } else {
        take(run, found);
      }
    }
    return found.toString().strip();
  }

  private static void take(StringBuilder run, StringBuilder found) {
    // words: enough letters, and at least one space between them (binary data rarely has both)
    if (run.length() >= MIN_RUN && letters(run) >= MIN_LETTERS && looksLikeWords(run)
        && !markup(run) && found.length() < MAX_TEXT) {
      found.append(run.toString().strip()).append('\n');
    }
    run.setLength(0);
  }

  /**
   * An XML packet (a picture's XMP metadata, a custom XML store): tags or character references.
   * It is metadata, not prose someone wrote and deleted; its bytes stay counted as unaccounted
   * ({@code uninspected-part}) instead of being judged as an earlier revision's text.
   */
  private static boolean markup(CharSequence run) {
    String s = run.toString();
    return s.contains("&#") || s.contains("xmlns") || s.contains("<?x") || s.contains("</")
        || PREFIXED_TAG.matcher(s).find();
  }

  private static boolean isTextChar(char c) {
    // Latin, Greek and Cyrillic letters: other scripts read from binary data are mostly noise
    return c == ' ' || c == '\t' || (c >= 0x21 && c < 0x7F)
        || (c >= 0xC0 && c <= 0x4FF && c != 0xD7 && c != 0xF7 && Character.isLetter(c));
  }

  /**
   * Prose rather than bytes that happen to be printable: three or more words of two letters or
   * more, almost nothing but letters, digits, spaces and ordinary punctuation, and few
   * accented Latin-1 letters.
   */
  private static boolean looksLikeWords(CharSequence run) {
    int words = 0;
    int wordLetters = 0;
    int plain = 0;
    int latin1 = 0;
    for (int i = 0; i <= run.length(); i++) {
      char c = i < run.length() ? run.charAt(i) : ' ';
      if (Character.isLetter(c)) {
        wordLetters++;
      } else {
        words += wordLetters >= 2 ? 1 : 0;
        wordLetters = 0;
      }
      if (i < run.length() && c >= 0x80 && c <= 0xFF) {
        latin1++;
      }
      if (i < run.length() && (Character.isLetterOrDigit(c) || " .,;:'()-/\\".indexOf(c) >= 0)) {
        plain++;
      }
    }
    // accented Latin-1 letters are rare in prose but common when image or compressed bytes
    // happen to be printable
    return words >= 3 && plain * 100 >= run.length() * 95 && latin1 * 100 <= run.length() * 5;
  }

  private static int letters(CharSequence s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  private static String cp1252() {
    byte[] all = new byte[256];
    for (int i = 0; i < 256; i++) {
      all[i] = (byte) i;
    }
    return new String(all, Charset.forName("windows-1252"));
  }

  private static boolean allZero(byte[] bytes, int from, int to) {
    for (int i = from; i < to; i++) {
      if (bytes[i] != 0) {
        return false;
      }
    }
    return true;
  }
}
