package io.foilint.extract.csv;

import io.foilint.extract.ExtractionException;
import io.foilint.extract.text.TextEncoding;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How a delimited text file is written: its character encoding, whether it starts with a
 * byte-order mark (skipped when reading), its field delimiter and usual number of fields.
 * Detected from a sample of the file's start, never from its name.
 *
 * @param charset the text encoding
 * @param bomLength bytes of byte-order mark to skip (0 when none)
 * @param delimiter one of {@code , ; \t |}
 * @param width the usual number of fields per record with that delimiter (1 when none splits)
 * @param doubt empty, or a sentence saying why the encoding is a best guess
 */
public record CsvDialect(Charset charset, int bomLength, char delimiter, int width, String doubt) {

  /** Bytes sampled for encoding detection and delimiter sniffing. */
  public static final int SAMPLE_BYTES = 64 * 1024;

  /** Detects the dialect of {@code file} from its first {@value #SAMPLE_BYTES} bytes. */
  public static CsvDialect detect(Path file) throws IOException, ExtractionException {
    byte[] sample;
    boolean wholeFile;
    try (InputStream in = Files.newInputStream(file)) {
      sample = in.readNBytes(SAMPLE_BYTES);
      wholeFile = in.read() < 0;
    }
    TextEncoding encoding = TextEncoding.detect(sample, wholeFile);
    String text = encoding.decodeSample(sample);
    char delimiter = DelimiterSniffer.sniff(text, wholeFile);
    int width = DelimiterSniffer.width(text, wholeFile);
    return new CsvDialect(encoding.charset(), encoding.bomLength(), delimiter, width, encoding.doubt());
  }

  /**
   * True when text (the start of a file, decoded) is really delimited: a table rather than a
   * letter, notes, a log or markup. See {@link DelimiterSniffer#looksDelimited}.
   */
  public static boolean isDelimited(String text, boolean wholeFile) {
    return DelimiterSniffer.looksDelimited(text, wholeFile);
  }

  /** The delimiter as words for messages ("comma", "tab", ...). */
  public String delimiterName() {
    return name(delimiter);
  }

  static String name(char delimiter) {
    return switch (delimiter) {
      case ',' -> "comma";
      case ';' -> "semicolon";
      case '\t' -> "tab";
      case '|' -> "pipe";
      default -> "'" + delimiter + "'";
    };
  }
}
