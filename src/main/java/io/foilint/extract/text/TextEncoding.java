package io.foilint.extract.text;

import io.foilint.extract.ExtractionException;
import io.foilint.extract.ExtractionException.Reason;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A text encoding detected from the first bytes of a file: a byte-order mark when there is one
 * (checked against the bytes after it: a mark can lie), else UTF-32 or UTF-16 by their pattern of
 * NUL bytes, else UTF-8 when the sample is valid UTF-8, else Windows-1252 (what spreadsheet
 * programs on Windows write). Text with NUL bytes scattered through it is read with the NULs
 * dropped. Binary content is refused.
 *
 * @param charset the encoding the text is read in
 * @param bomLength bytes of byte-order mark to skip (0 when none)
 * @param doubt empty when the encoding is plain; otherwise a sentence for the officer saying why
 *     the encoding is a best guess (a byte-order mark that disagrees with the text, NUL bytes …)
 */
public record TextEncoding(Charset charset, int bomLength, String doubt) {

  public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  static final Charset UTF_32LE = Charset.forName("UTF-32LE");
  static final Charset UTF_32BE = Charset.forName("UTF-32BE");

  /** Share of NUL bytes above which a file without a UTF-16/32 pattern is not plain text. */
  private static final double BINARY_NUL_SHARE = 0.005;

  /** Share of NULs on one side of the byte pairs that marks BOM-less UTF-16 (mostly ASCII text). */
  private static final double UTF16_NUL_SHARE = 0.3;

  /**
   * Share of control characters (other than tab, line breaks, form feed) above which bytes are
   * not text; random bytes have about 12 %.
   */
  private static final double CONTROL_SHARE = 0.05;

  public TextEncoding {
    doubt = doubt == null ? "" : doubt;
  }

  TextEncoding(Charset charset, int bomLength) {
    this(charset, bomLength, "");
  }

  /**
   * @param sample the first bytes of the file
   * @param wholeFile true when the sample is the whole file
   * @throws ExtractionException UNSUPPORTED when the bytes are not text
   */
  public static TextEncoding detect(byte[] sample, boolean wholeFile) throws ExtractionException {
    if (startsWith(sample, 0xFF, 0xFE, 0x00, 0x00)) {
      return new TextEncoding(UTF_32LE, 4);
    }
    if (startsWith(sample, 0x00, 0x00, 0xFE, 0xFF)) {
      return new TextEncoding(UTF_32BE, 4);
    }
    if (startsWith(sample, 0xEF, 0xBB, 0xBF)) {
      TextEncoding inner = byPattern(sample, 3);
      if (inner != null) {
        return new TextEncoding(inner.charset(), 3,
            "The file starts with a UTF-8 byte-order mark, but its text is " + inner.charset().name()
                + "; it was read as " + inner.charset().name() + ".");
      }
      return new TextEncoding(StandardCharsets.UTF_8, 3);
    }
    boolean le = startsWith(sample, 0xFF, 0xFE);
    if (le || startsWith(sample, 0xFE, 0xFF)) {
      if (eightBitAfterMark(sample)) {
        Charset cs = isUtf8(slice(sample, 2), wholeFile) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        return new TextEncoding(cs, 2,
            "The file starts with a UTF-16 byte-order mark, but its text is 8-bit; it was read as "
                + cs.name() + ".");
      }
      return new TextEncoding(le ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE, 2);
    }
    // Text appended after a UTF-16 mark is the reader's business (DecodingReader switches);
    // what the file starts as is decided by the part before it.
    sample = beforeMark(sample);
    TextEncoding pattern = byPattern(sample, 0);
    if (pattern != null) {
      return pattern;
    }
    int nuls = 0;
    for (byte b : sample) {
      nuls += b == 0 ? 1 : 0;
    }
    if (sample.length > 0 && nuls > sample.length * BINARY_NUL_SHARE) {
      byte[] rest = withoutNuls(sample);
      if (rest.length == 0 || controlShare(rest) > CONTROL_SHARE) {
        throw notText();
      }
      // The NULs are dropped and counted while reading (DecodingReader), which reports them.
      return new TextEncoding(isUtf8(rest, wholeFile) ? StandardCharsets.UTF_8 : WINDOWS_1252, 0);
    }
    if (controlShare(sample) > CONTROL_SHARE) {
      throw notText();
    }
    return new TextEncoding(isUtf8(sample, wholeFile) ? StandardCharsets.UTF_8 : WINDOWS_1252, 0);
  }

  /** True when {@link #detect} accepts the sample as text. */
  public static boolean isText(byte[] sample, boolean wholeFile) {
    try {
      detect(sample, wholeFile);
      return true;
    } catch (ExtractionException e) {
      return false;
    }
  }

  private static ExtractionException notText() {
    return new ExtractionException(
        Reason.UNSUPPORTED, "not a text file: it holds binary data, so it cannot be read as text.");
  }

  /** UTF-32 or UTF-16 recognised by where the NUL bytes of mostly-ASCII text fall; else null. */
  private static TextEncoding byPattern(byte[] sample, int from) {
    int len = sample.length - from;
    if (len < 16) {
      return null; // too few bytes for a pattern to mean anything
    }
    int quads = len / 4;
    if (quads >= 4) {
      int[] nulAt = new int[4];
      for (int i = 0; i + 3 < len; i += 4) {
        for (int k = 0; k < 4; k++) {
          nulAt[k] += sample[from + i + k] == 0 ? 1 : 0;
        }
      }
      double hi = quads * 0.9;
      double lo = quads * 0.1;
      if (nulAt[1] > hi && nulAt[2] > hi && nulAt[3] > hi && nulAt[0] < lo
          && lineBreaksAligned(sample, from, 4, 0)) {
        return new TextEncoding(UTF_32LE, 0);
      }
      if (nulAt[0] > hi && nulAt[1] > hi && nulAt[2] > hi && nulAt[3] < lo
          && lineBreaksAligned(sample, from, 4, 3)) {
        return new TextEncoding(UTF_32BE, 0);
      }
    }
    int pairs = len / 2;
    int evenNuls = 0;
    int oddNuls = 0;
    for (int i = 0; i + 1 < len; i += 2) {
      evenNuls += sample[from + i] == 0 ? 1 : 0;
      oddNuls += sample[from + i + 1] == 0 ? 1 : 0;
    }
    if (pairs > 0 && oddNuls > pairs * UTF16_NUL_SHARE && evenNuls < pairs * 0.05
        && lineBreaksAligned(sample, from, 2, 0)) {
      return new TextEncoding(StandardCharsets.UTF_16LE, 0);
    }
    if (pairs > 0 && evenNuls > pairs * UTF16_NUL_SHARE && oddNuls < pairs * 0.05
        && lineBreaksAligned(sample, from, 2, 1)) {
      return new TextEncoding(StandardCharsets.UTF_16BE, 0);
    }
    return null;
  }

  /**
   * In UTF-16/32 text a line feed is a whole code unit: byte 0A at offset {@code at} of a
   * {@code unit}-byte unit with NULs beside it. 8-bit text with NULs scattered in it has line
   * feeds anywhere. True when (nearly) every line feed sits as the encoding puts it.
   */
  private static boolean lineBreaksAligned(byte[] sample, int from, int unit, int at) {
    int feeds = 0;
    int aligned = 0;
    for (int i = from; i < sample.length; i++) {
      if (sample[i] != '\n') {
        continue;
      }
      feeds++;
      int start = i - at;
      if ((start - from) % unit != 0 || start < from || start + unit > sample.length) {
        continue;
      }
      boolean nulsBeside = true;
      for (int k = 0; k < unit; k++) {
        nulsBeside &= k == at || sample[start + k] == 0;
      }
      aligned += nulsBeside ? 1 : 0;
    }
    return feeds == 0 || aligned >= feeds * 0.9;
  }

  /** The sample up to a UTF-16 byte-order mark after its start (the whole sample if none). */
  private static byte[] beforeMark(byte[] sample) {
    for (int i = 1; i + 1 < sample.length; i++) {
      int a = sample[i] & 0xFF;
      int b = sample[i + 1] & 0xFF;
      if (a == 0xFF && b == 0xFE || a == 0xFE && b == 0xFF) {
        return java.util.Arrays.copyOf(sample, i);
      }
    }
    return sample;
  }

  /**
   * A UTF-16 mark followed by bytes without a single NUL but with line breaks: UTF-16 text has a
   * NUL in every line break (0A 00), so this is 8-bit text behind a mark that lies.
   */
  private static boolean eightBitAfterMark(byte[] sample) {
    boolean lineBreak = false;
    for (int i = 2; i < sample.length; i++) {
      if (sample[i] == 0) {
        return false;
      }
      lineBreak |= sample[i] == '\n' || sample[i] == '\r';
    }
    return lineBreak;
  }

  private static double controlShare(byte[] bytes) {
    int control = 0;
    for (byte b : bytes) {
      int c = b & 0xFF;
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1A || c == 0x7F) {
        control++;
      }
    }
    return bytes.length == 0 ? 0 : (double) control / bytes.length;
  }

  private static byte[] withoutNuls(byte[] sample) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(sample.length);
    for (byte b : sample) {
      if (b != 0) {
        out.write(b);
      }
    }
    return out.toByteArray();
  }

  private static byte[] slice(byte[] b, int from) {
    return java.util.Arrays.copyOfRange(b, Math.min(from, b.length), b.length);
  }

  /** Strict UTF-8 check; a character cut at the end of a partial sample is not an error. */
  private static boolean isUtf8(byte[] sample, boolean wholeFile) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(sample);
    CharBuffer out = CharBuffer.allocate(sample.length + 1);
    CoderResult result = decoder.decode(in, out, wholeFile);
    if (result.isError()) {
      return false;
    }
    // An incomplete sequence left over is fine mid-file (the sample cut it), wrong at true EOF.
    return !wholeFile || !in.hasRemaining();
  }

  /** The sample as text (BOM removed, NULs dropped, undecodable bytes replaced) for sniffing. */
  public String decodeSample(byte[] sample) {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    ByteBuffer in = ByteBuffer.wrap(sample, bomLength, Math.max(0, sample.length - bomLength));
    CharBuffer out = CharBuffer.allocate(sample.length + 1);
    decoder.decode(in, out, false);
    out.flip();
    return out.toString().replace("\u0000", "").replace("\uFEFF", "");
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
