package io.foilint.extract.pdf;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.ExtractionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where each revision of a PDF ends in its raw bytes. An incremental save appends new objects, a
 * new cross-reference section and a trailer ending {@code startxref N %%EOF}; every earlier
 * version therefore ends at an {@code %%EOF} that follows a {@code startxref}. The file is read
 * once in chunks, never held whole.
 */
final class RevisionBoundaries {

  /** One revision end: the byte just after its {@code %%EOF}, and the xref offset it named. */
  record Boundary(long end, long startxref) {}

  private static final byte[] STARTXREF = "startxref".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] EOF = "%%EOF".getBytes(StandardCharsets.US_ASCII);
  private static final int CHUNK = 64 * 1024;

  private RevisionBoundaries() {}

  /** Revision ends in file order; the last is the final revision (the file as a reader sees it). */
  static List<Boundary> find(Path file, ExtractionContext context) throws IOException, ExtractionException {
    List<Boundary> ends = new ArrayList<>();
    Matcher startxref = new Matcher(STARTXREF);
    Matcher eof = new Matcher(EOF);
    boolean sawStartxref = false;
    // the digits after "startxref": -1 while none are read yet, -2 once the number has ended
    long number = -2;
    long xrefOffset = -1;
    long position = 0;
    byte[] buf = new byte[CHUNK];
    int chunks = 0;
    try (InputStream in = Files.newInputStream(file)) {
      int n;
      while ((n = in.read(buf)) > 0) {
        if (++chunks % 256 == 0) {
          context.checkDeadline();
        }
        for (int i = 0; i < n; i++) {
          byte b = buf[i];
          position++;
          if (number != -2) {
            if (b >= '0' && b <= '9') {
              number = (number < 0 ? 0 : number) * 10 + (b - '0');
              if (number > 1L << 50) {
                number = -2;
              }
            } else if (!(number == -1 && (b == ' ' || b == '\r' || b == '\n' || b == '\t'))) {
              xrefOffset = Math.max(number, -1);
              number = -2;
            }
          }
          if (startxref.feed(b)) {
            sawStartxref = true;
            number = -1;
            xrefOffset = -1;
          }
          if (eof.feed(b) && sawStartxref) {
            ends.add(new Boundary(position, xrefOffset));
            sawStartxref = false;
          }
        }
      }
    }
    return ends;
  }

  /** Whether the file declares itself linearized ("fast web view") near its start. */
  static boolean isLinearized(Path file) throws IOException {
    byte[] head = new byte[1024];
    int read;
    try (InputStream in = Files.newInputStream(file)) {
      read = in.readNBytes(head, 0, head.length);
    }
    return new String(head, 0, read, StandardCharsets.ISO_8859_1).contains("/Linearized");
  }

  /** A streaming exact-match of one byte pattern (Knuth–Morris–Pratt). */
  private static final class Matcher {
    private final byte[] pattern;
    private final int[] fallback;
    private int matched;

    Matcher(byte[] pattern) {
      this.pattern = pattern;
      this.fallback = new int[pattern.length];
      for (int i = 1, k = 0; i < pattern.length; i++) {
        while (k > 0 && pattern[i] != pattern[k]) {
          k = fallback[k - 1];
        }
        if (pattern[i] == pattern[k]) {
          k++;
        }
        fallback[i] = k;
      }
    }

    /** True when {@code b} completes the pattern. */
    boolean feed(byte b) {
      while (matched > 0 && b != pattern[matched]) {
        matched = fallback[matched - 1];
      }
      if (b == pattern[matched]) {
        matched++;
      }
      if (matched == pattern.length) {
        matched = fallback[matched - 1];
        return true;
      }
      return false;
    }
  }
}
