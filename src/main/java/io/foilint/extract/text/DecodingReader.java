package io.foilint.extract.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a text stream and counts what does not belong in it, instead of replacing it silently:
 * byte sequences invalid in the encoding (read as U+FFFD and counted), byte-order marks in the
 * middle of the text (dropped and counted), NUL characters (dropped and counted). A UTF-16
 * byte-order mark met in 8-bit text followed by UTF-16 bytes means a UTF-16 file was appended:
 * the rest is decoded as UTF-16 and the switch is recorded.
 */
public final class DecodingReader extends Reader {

  private static final int BUFFER = 8192;

  private final InputStream in;
  private CharsetDecoder decoder;
  private Charset charset;
  /** One byte per character, or UTF-8: where a UTF-16 mark in the text means a join. */
  private boolean eightBit;
  private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER);
  private final CharBuffer chars = CharBuffer.allocate(BUFFER);
  private boolean eof;
  private boolean finished;
  private long bytesConsumed;

  private long invalidSequences;
  private long strayMarks;
  private long nulCharacters;
  private long switchedAt = -1;
  private Charset switchedTo;

  /** @param in the stream, positioned after any leading byte-order mark */
  public DecodingReader(InputStream in, Charset charset) {
    this.in = in;
    setCharset(charset);
    bytes.flip(); // empty, in read mode
    chars.flip();
  }

  private void setCharset(Charset cs) {
    this.charset = cs;
    this.eightBit = cs.equals(StandardCharsets.UTF_8) || cs.newEncoder().maxBytesPerChar() == 1.0f;
    this.decoder = cs.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /** Byte sequences not valid in the encoding (each read as U+FFFD). */
  public long invalidSequences() {
    return invalidSequences;
  }

  /** Byte-order marks met after the start of the text (dropped). */
  public long strayMarks() {
    return strayMarks;
  }

  /** NUL characters in the text (dropped). */
  public long nulCharacters() {
    return nulCharacters;
  }

  /** The byte offset where the text switched to UTF-16, or -1. */
  public long switchedAt() {
    return switchedAt;
  }

  /** The encoding the text switched to part-way, or null. */
  public Charset switchedTo() {
    return switchedTo;
  }

  @Override
  public int read(char[] buf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (true) {
      int n = 0;
      while (n < len && chars.hasRemaining()) {
        char c = chars.get();
        if (c == '\u0000') {
          nulCharacters++;
        } else if (c == '\uFEFF' || c == '\uFFFE') {
          strayMarks++;
        } else {
          buf[off + n++] = c;
        }
      }
      if (n > 0) {
        return n;
      }
      if (finished) {
        return -1;
      }
      fill();
    }
  }

  private void fill() throws IOException {
    chars.clear();
    try {
      while (chars.position() == 0 && !finished) {
        if (!eof && bytes.remaining() < 8) {
          refill();
        }
        if (eightBit() && utf16MarkAhead()) {
          boolean le = (bytes.get(bytes.position()) & 0xFF) == 0xFF;
          switchedAt = bytesConsumed;
          switchedTo = le ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
          skip(2);
          strayMarks++;
          setCharset(switchedTo);
          continue;
        }
        // 8-bit text stops before the next UTF-16 mark, which is dealt with above
        int limit = bytes.limit();
        int mark = eightBit() ? nextMark() : -1;
        if (mark == bytes.position()) {
          skip(2); // a mark with no UTF-16 text after it: dropped
          strayMarks++;
          continue;
        }
        if (mark > bytes.position()) {
          bytes.limit(mark);
        }
        int before = bytes.position();
        CoderResult r = decoder.decode(bytes, chars, eof && mark < 0);
        bytesConsumed += bytes.position() - before;
        bytes.limit(limit);
        if (mark >= 0 && r.isUnderflow() && bytes.position() == mark) {
          continue;
        }
        if (r.isError()) {
          if (eightBit() && strayMarkAhead()) {
            skip(2);
            strayMarks++;
          } else {
            skip(r.length());
            invalidSequences++;
            chars.put('\uFFFD');
          }
          continue;
        }
        if (r.isOverflow()) {
          break;
        }
        if (eof) {
          decoder.flush(chars);
          finished = true;
        } else {
          refill();
        }
      }
    } finally {
      chars.flip();
    }
  }

  /** Moves unread bytes to the front and reads more after them. */
  private void refill() throws IOException {
    bytes.compact();
    int n = bytes.hasRemaining() ? in.read(bytes.array(), bytes.position(), bytes.remaining()) : 0;
    if (n < 0) {
      eof = true;
    } else {
      bytes.position(bytes.position() + n);
    }
    bytes.flip();
  }

  /** Where the next FF FE or FE FF pair starts in the unread bytes, or -1. */
  private int nextMark() {
    for (int i = bytes.position(); i + 1 < bytes.limit(); i++) {
      int a = bytes.get(i) & 0xFF;
      int b = bytes.get(i + 1) & 0xFF;
      if (a == 0xFF && b == 0xFE || a == 0xFE && b == 0xFF) {
        return i;
      }
    }
    return -1;
  }

  private void skip(int n) {
    int k = Math.min(n, bytes.remaining());
    bytes.position(bytes.position() + k);
    bytesConsumed += k;
  }

  private boolean eightBit() {
    return eightBit;
  }

  private boolean strayMarkAhead() {
    if (bytes.remaining() < 2) {
      return false;
    }
    int a = bytes.get(bytes.position()) & 0xFF;
    int b = bytes.get(bytes.position() + 1) & 0xFF;
    return a == 0xFF && b == 0xFE || a == 0xFE && b == 0xFF;
  }

  /** A UTF-16 mark followed by a character whose UTF-16 form has a NUL byte (ASCII text). */
  private boolean utf16MarkAhead() {
    if (bytes.remaining() < 4 || !strayMarkAhead()) {
      return false;
    }
    boolean le = (bytes.get(bytes.position()) & 0xFF) == 0xFF;
    int c0 = bytes.get(bytes.position() + 2);
    int c1 = bytes.get(bytes.position() + 3);
    return le ? c0 != 0 && c1 == 0 : c0 == 0 && c1 != 0;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  /**
   * Sentences for the officer about what decoding met, empty when nothing: invalid bytes, marks
   * in the middle, NUL characters, a switch of encoding.
   */
  public java.util.List<String> problems(String encodingName) {
    java.util.List<String> out = new java.util.ArrayList<>();
    if (switchedTo != null) {
      out.add("The text changes encoding part-way: a UTF-16 byte-order mark at byte " + switchedAt
          + " (two files joined together?). foilint read what follows as " + switchedTo.name()
          + ", but values near the join may be misread — check the file.");
    }
    if (invalidSequences > 0) {
      out.add(invalidSequences + (invalidSequences == 1 ? " byte sequence is" : " byte sequences are")
          + " not valid " + encodingName + " text; foilint read "
          + (invalidSequences == 1 ? "it" : "them") + " as \u2018\uFFFD\u2019, so the words around "
          + (invalidSequences == 1 ? "it" : "them") + " may be misread — check the file's encoding.");
    }
    long marks = strayMarks - (switchedTo != null ? 1 : 0);
    if (marks > 0) {
      out.add("The text holds " + marks + " byte-order mark" + (marks == 1 ? "" : "s")
          + " after its start (files joined together?); foilint ignored "
          + (marks == 1 ? "it" : "them") + ".");
    }
    if (nulCharacters > 0) {
      out.add("The text holds " + nulCharacters + " NUL character" + (nulCharacters == 1 ? "" : "s")
          + ", which no text file should; foilint ignored " + (nulCharacters == 1 ? "it" : "them")
          + ".");
    }
    return out;
  }
}
