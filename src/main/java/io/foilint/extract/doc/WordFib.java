package io.foilint.extract.doc;

import io.foilint.extract.ExtractionException;
import io.foilint.extract.ExtractionException.Reason;

/**
 * The parts of a Word 97-2003 File Information Block (the header at the start of the WordDocument
 * stream, [MS-DOC] 2.5.1) that foilint reads itself: the version, the encryption and fast-save
 * flags, which table stream is live, and the offset/length pairs ({@code FibRgFcLcb}) that say
 * where every structure of the table stream sits. Read before POI HWPF sees the file, so an old
 * or encrypted file is refused with its own words; and kept for {@link DocLeftovers}, which
 * needs every pair, not just those HWPF exposes.
 */
record WordFib(int nFib, boolean encrypted, boolean obfuscated, boolean complex,
    boolean table1, int size, long[] pairs) {

  /** FibRgFcLcb97 indexes ([MS-DOC] 2.5.5). */
  static final int PLCF_AND_REF = 4;
  static final int PLCF_AND_TXT = 5;
  static final int PLCF_SED = 6;
  static final int PLCF_BTE_CHPX = 12;
  static final int PLCF_BTE_PAPX = 13;
  static final int CLX = 33;
  static final int GRP_XST_ATN_OWNERS = 36;
  static final int PLF_LST = 73;

  /** Word 97's nFib; Word 6.0 wrote 101, Word 95 104. */
  static final int WORD_97 = 0x00C1;

  private static final int WORD_IDENT = 0xA5EC;
  /** Word 6.0 and 95 files start with this identifier instead. */
  private static final int WORD_6_IDENT = 0xA5DC;

  static WordFib read(byte[] stream) throws ExtractionException {
    if (stream.length >= 4 && u16(stream, 0) == WORD_6_IDENT) {
      return new WordFib(u16(stream, 2), false, false, false, false, 32, new long[0]);
    }
    if (stream.length < 34 || u16(stream, 0) != WORD_IDENT) {
      throw new ExtractionException(Reason.CORRUPT,
          "The Word document's header is missing or damaged, so foilint cannot read it.");
    }
    int nFib = u16(stream, 2);
    int flags = u16(stream, 0x0A);
    boolean encrypted = (flags & 0x0100) != 0;
    boolean obfuscated = (flags & 0x8000) != 0;
    boolean complex = (flags & 0x0004) != 0;
    boolean table1 = (flags & 0x0200) != 0;
    if (nFib < WORD_97 - 1 || encrypted) {
      // older layouts differ after the first 32 bytes, and an encrypted file's header is
      // encrypted from byte 68 on; the caller refuses both
      return new WordFib(nFib, encrypted, obfuscated, complex, table1, 32, new long[0]);
    }
    int at = 32;
    int csw = u16(stream, at);
    at += 2 + 2 * csw;
    int cslw = need(stream, at) ? u16(stream, at) : 0;
    at += 2 + 4 * cslw;
    int cbRgFcLcb = need(stream, at) ? u16(stream, at) : 0;
    at += 2;
    if (!need(stream, at + 8L * cbRgFcLcb)) {
      throw new ExtractionException(Reason.CORRUPT,
          "The Word document's header is cut short, so foilint cannot read it.");
    }
    long[] pairs = new long[cbRgFcLcb];
    for (int i = 0; i < cbRgFcLcb; i++) {
      long fc = u32(stream, at + 8 * i);
      long lcb = u32(stream, at + 8 * i + 4);
      pairs[i] = (fc << 32) | lcb;
    }
    at += 8 * cbRgFcLcb;
    int cswNew = need(stream, at + 2) ? u16(stream, at) : 0;
    at += 2 + 2 * cswNew;
    return new WordFib(nFib, encrypted, obfuscated, complex, table1, Math.min(at, stream.length), pairs);
  }

  /** The table stream's offset of pair {@code index}, or -1 when the header has no such pair. */
  long fc(int index) {
    return index < pairs.length ? pairs[index] >>> 32 : -1;
  }

  /** The length of pair {@code index}, 0 when absent. */
  long lcb(int index) {
    return index < pairs.length ? pairs[index] & 0xFFFFFFFFL : 0;
  }

  int pairCount() {
    return pairs.length;
  }

  /** "Word 6.0", "Word 95": the version a pre-97 file names, for the refusal message. */
  String oldVersionName() {
    return switch (nFib) {
      case 101, 102, 103, 104, 105 -> "Word 6.0/95";
      default -> nFib < 101 ? "Word 2.0 or older" : "a Word version before Word 97";
    };
  }

  String tableStreamName() {
    return table1 ? "1Table" : "0Table";
  }

  private static boolean need(byte[] b, long end) {
    return end <= b.length;
  }

  static int u16(byte[] b, int at) {
    return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
  }

  static long u32(byte[] b, int at) {
    return (b[at] & 0xFFL) | (b[at + 1] & 0xFFL) << 8 | (b[at + 2] & 0xFFL) << 16
        | (b[at + 3] & 0xFFL) << 24;
  }
}
