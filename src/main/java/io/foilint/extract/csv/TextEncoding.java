package io.foilint.extract.csv;

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
 * A text encoding detected from the first bytes of a file: a byte-order mark when there is one,
 * else UTF-16 by its pattern of NUL bytes, else UTF-8 when the sample is valid UTF-8, else
 * Windows-1252 (what spreadsheet programs on Windows write). Binary content is refused.
 */
record TextEncoding(Charset charset, int bomLength) {

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** Share of NUL bytes above which a file without a UTF-16 pattern is not text. */
  private static final double BINARY_NUL_SHARE = 0.005;

  /** Share of NULs on one side of the byte pairs that marks BOM-less UTF-16 (mostly ASCII text). */
  private static final double UTF16_NUL_SHARE = 0.3;

  static TextEncoding detect(byte[] sample, boolean wholeFile) throws ExtractionException {
    if (startsWith(sample, 0xEF, 0xBB, 0xBF)) {
      return new TextEncoding(StandardCharsets.UTF_8, 3);
    }
    if (startsWith(sample, 0xFF, 0xFE)) {
      return new TextEncoding(StandardCharsets.UTF_16LE, 2);
    }
    if (startsWith(sample, 0xFE, 0xFF)) {
      return new TextEncoding(StandardCharsets.UTF_16BE, 2);
    }
    int pairs = sample.length / 2;
    int evenNuls = 0;
    int oddNuls = 0;
    for (int i = 0; i + 1 < sample.length; i += 2) {
      evenNuls += sample[i] == 0 ? 1 : 0;
      oddNuls += sample[i + 1] == 0 ? 1 : 0;
    }
    if (pairs > 0 && oddNuls > pairs * UTF16_NUL_SHARE && evenNuls < pairs * 0.05) {
      return new TextEncoding(StandardCharsets.UTF_16LE, 0);
    }
    if (pairs > 0 && evenNuls > pairs * UTF16_NUL_SHARE && oddNuls < pairs * 0.05) {
      return new TextEncoding(StandardCharsets.UTF_16BE, 0);
    }
    if (sample.length > 0 && evenNuls + oddNuls > sample.length * BINARY_NUL_SHARE) {
      throw new ExtractionException(
          Reason.UNSUPPORTED, "not a text file: it holds binary data, so it cannot be read as CSV.");
    }
    return new TextEncoding(isUtf8(sample, wholeFile) ? StandardCharsets.UTF_8 : WINDOWS_1252, 0);
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

  /** The sample as text (BOM removed, undecodable bytes replaced) for delimiter sniffing. */
  String decodeSample(byte[] sample) {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    ByteBuffer in = ByteBuffer.wrap(sample, bomLength, Math.max(0, sample.length - bomLength));
    CharBuffer out = CharBuffer.allocate(sample.length + 1);
    decoder.decode(in, out, false);
    out.flip();
    return out.toString();
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
