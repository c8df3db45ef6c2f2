package io.foilint.extract.rtf;

import java.io.IOException;
import java.io.InputStream;

/**
 * Splits RTF into its tokens — group start and end, control words with their parameter, control
 * symbols, {@code \'hh} bytes, {@code \bin} data and plain text bytes — and hands each to a
 * {@link Tokens} receiver. Knows nothing of what the words mean ({@link RtfDocument} does). RTF
 * is 7-bit text, so bytes are read one at a time from a buffered stream; nothing is held.
 */
public final class RtfScanner {

  /** What the scanner reports. */
  public interface Tokens {
    void groupStart() throws IOException;

    void groupEnd() throws IOException;

    /** A control word; {@code hasParam} false when none was written ({@code \b} vs {@code \b0}). */
    void word(String name, int param, boolean hasParam) throws IOException;

    /** A control symbol other than {@code \'}: {@code \*}, {@code \~}, {@code \-}, {@code \\} … */
    void symbol(char c) throws IOException;

    /** One byte of text: a literal character or a {@code \'hh} escape. */
    void textByte(int b) throws IOException;

    /** The data of {@code \binN}: {@code length} raw bytes to read from {@code in} now. */
    void binary(InputStream in, long length) throws IOException;
  }

  private static final int MAX_WORD = 32;

  private RtfScanner() {}

  /** Whether a file starts like RTF ({@code {\rtf}, after a byte-order mark or white space). */
  public static boolean isRtf(byte[] head) {
    int i = 0;
    if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
        && (head[2] & 0xFF) == 0xBF) {
      i = 3;
    }
    while (i < head.length && i < 64 && Character.isWhitespace(head[i])) {
      i++;
    }
    return head.length >= i + 5 && head[i] == '{' && head[i + 1] == '\\' && head[i + 2] == 'r'
        && head[i + 3] == 't' && head[i + 4] == 'f';
  }

  public static void scan(InputStream in, Tokens out) throws IOException {
    int c = in.read();
    while (c >= 0) {
      switch (c) {
        case '{' -> {
          out.groupStart();
          c = in.read();
        }
        case '}' -> {
          out.groupEnd();
          c = in.read();
        }
        case '\\' -> c = control(in, out);
        case '\r', '\n' -> c = in.read(); // line breaks in the file are not text
        default -> {
          out.textByte(c);
          c = in.read();
        }
      }
    }
  }

  /** After a backslash: returns the next unread byte. */
  private static int control(InputStream in, Tokens out) throws IOException {
    int c = in.read();
    if (c < 0) {
      return c;
    }
    if (isLetter(c)) {
      StringBuilder name = new StringBuilder();
      while (c >= 0 && isLetter(c) && name.length() < MAX_WORD) {
        name.append((char) c);
        c = in.read();
      }
      boolean negative = false;
      if (c == '-') {
        negative = true;
        c = in.read();
      }
      long param = 0;
      boolean hasParam = false;
      int digits = 0;
      while (c >= '0' && c <= '9') {
        hasParam = true;
        if (digits++ < 10) {
          param = param * 10 + (c - '0');
        }
        c = in.read();
      }
      if (c == ' ') {
        c = in.read(); // the delimiting space belongs to the word
      }
      long value = negative ? -param : param;
      int clamped = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
      String word = name.toString();
      if (word.equals("bin") && hasParam && value > 0) {
        // c is the first data byte already read
        out.binary(new PrefixedStream(c, in), value);
        return in.read();
      }
      out.word(word, clamped, hasParam);
      return c;
    }
    if (c == '\'') {
      int hi = Character.digit(in.read(), 16);
      int lo = Character.digit(in.read(), 16);
      if (hi >= 0 && lo >= 0) {
        out.textByte(hi * 16 + lo);
      }
      return in.read();
    }
    if (c == '\r' || c == '\n') {
      out.word("par", 0, false); // a backslash before a line break is a paragraph mark
      return in.read();
    }
    out.symbol((char) c);
    return in.read();
  }

  private static boolean isLetter(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** A stream that gives one byte already read, then the rest. */
  private static final class PrefixedStream extends InputStream {
    private int first;
    private final InputStream rest;

    PrefixedStream(int first, InputStream rest) {
      this.first = first;
      this.rest = rest;
    }

    @Override
    public int read() throws IOException {
      if (first != -2) {
        int b = first;
        first = -2;
        return b;
      }
      return rest.read();
    }
  }
}
