package io.foilint.extract.pdf;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the end of a PDF the way a strict reader does: an end-of-file marker, and a
 * {@code startxref} pointer that lands on a cross-reference table or stream. PDFBox quietly rebuilds
 * a file whose pointer is broken by searching its bytes, which is right for reading it but should
 * not go unsaid: a damaged file may hold objects the rebuilt structure no longer reaches.
 */
final class PdfTrailerCheck {

  /** How far from the end the trailer is looked for; writers put it in the last 1 KB. */
  private static final int TAIL = 4096;

  private static final Pattern STARTXREF = Pattern.compile("startxref\\s+(\\d{1,15})");
  private static final Pattern XREF_AT_OFFSET = Pattern.compile("^\\s*(xref|\\d+\\s+\\d+\\s+obj)");

  private PdfTrailerCheck() {}

  /** What is wrong with the file's trailer, in words for an officer; empty when it is sound. */
  static Optional<String> damage(Path file) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = channel.size();
      String tail = read(channel, Math.max(0, size - TAIL), (int) Math.min(size, TAIL));
      if (!tail.contains("%%EOF")) {
        return Optional.of("it has no end-of-file marker, so it may have been cut short");
      }
      Matcher pointer = STARTXREF.matcher(tail);
      long offset = -1;
      while (pointer.find()) {
        offset = Long.parseLong(pointer.group(1));
      }
      if (offset < 0) {
        return Optional.of("it has no pointer to its cross-reference table");
      }
      if (offset >= size || !XREF_AT_OFFSET.matcher(read(channel, offset, 64)).find()) {
        return Optional.of("its pointer to the cross-reference table is wrong");
      }
      return Optional.empty();
    }
  }

  private static String read(FileChannel channel, long from, int length) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(length);
    while (buffer.hasRemaining() && channel.read(buffer, from + buffer.position()) > 0) {
      // keep reading until the window is full or the file ends
    }
    return new String(buffer.array(), 0, buffer.position(), StandardCharsets.ISO_8859_1);
  }
}
