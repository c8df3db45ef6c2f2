package io.foilint.extract.text;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.ExtractionException;
import io.foilint.extract.Extractor;
import io.foilint.model.ContentHandler;
import io.foilint.model.Fact;
import io.foilint.model.FactKind;
import io.foilint.model.Location;
import io.foilint.model.TextBlock;
import io.foilint.model.TextKind;
import io.foilint.model.Visibility;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Plain text that is not a table — a covering letter, notes, markdown, a log, HTML, XML or JSON
 * saved as text: its visible body text, one {@link TextBlock} per paragraph (lines up to a blank
 * line), located by the line it starts on ({@code line 12}), so the free-text checks read it as
 * they read a PDF page. Streams: a paragraph is cut at a line break (or, for one very long line,
 * at a space) once it reaches {@value #MAX_BLOCK} characters, so no block grows with the file.
 * Encoding as for CSV ({@link TextEncoding}); anything doubtful about it is reported.
 */
public final class PlainTextExtractor implements Extractor {

  /** Characters in one text block at most. */
  static final int MAX_BLOCK = 4000;

  private static final int DEADLINE_EVERY_LINES = 2000;
  private static final int SAMPLE_BYTES = 64 * 1024;

  @Override
  public void extract(Path file, ExtractionContext context, ContentHandler out)
      throws IOException, ExtractionException {
    byte[] sample;
    boolean wholeFile;
    try (InputStream in = Files.newInputStream(file)) {
      sample = in.readNBytes(SAMPLE_BYTES);
      wholeFile = in.read() < 0;
    }
    TextEncoding encoding = TextEncoding.detect(sample, wholeFile);
    InputStream in = Files.newInputStream(file);
    DecodingReader decoded;
    try {
      in.skipNBytes(encoding.bomLength());
      decoded = new DecodingReader(in, encoding.charset());
    } catch (IOException e) {
      in.close();
      throw e;
    }
    try (BufferedReader reader = new BufferedReader(decoded)) {
      new Paragraphs(context, out).read(reader);
    }
    List<String> problems = new ArrayList<>();
    if (!encoding.doubt().isEmpty()) {
      problems.add(encoding.doubt());
    }
    problems.addAll(decoded.problems(encoding.charset().name()));
    for (String p : problems) {
      out.fact(new Fact(FactKind.UNINSPECTED_PART, Location.of(""), "", p, Map.of("sentence", "true")));
    }
  }

  /** Gathers lines into paragraphs and hands each on as a text block. */
  private static final class Paragraphs {
    private final ExtractionContext context;
    private final ContentHandler out;
    private final StringBuilder paragraph = new StringBuilder();
    private final StringBuilder line = new StringBuilder();
    private long lineNumber = 1;
    private long paragraphStart = 1;

    Paragraphs(ExtractionContext context, ContentHandler out) {
      this.context = context;
      this.out = out;
    }

    void read(BufferedReader reader) throws IOException, ExtractionException {
      char[] buf = new char[8192];
      boolean afterCr = false;
      int n;
      while ((n = reader.read(buf)) >= 0) {
        for (int i = 0; i < n; i++) {
          char c = buf[i];
          if (c == '\n' && afterCr) {
            afterCr = false;
            continue; // the second half of CRLF
          }
          afterCr = c == '\r';
          if (c == '\n' || c == '\r') {
            endLine();
          } else {
            line.append(c);
            if (line.length() >= MAX_BLOCK) {
              cutLongLine();
            }
          }
        }
      }
      if (line.length() > 0) {
        endLine();
      }
      flush();
    }

    private void endLine() throws ExtractionException {
      if (line.toString().isBlank()) {
        flush();
      } else {
        if (paragraph.length() > 0 && paragraph.length() + line.length() + 1 > MAX_BLOCK) {
          flush();
        }
        if (paragraph.length() == 0) {
          paragraphStart = lineNumber;
        } else {
          paragraph.append('\n');
        }
        paragraph.append(line);
      }
      line.setLength(0);
      lineNumber++;
      if (lineNumber % DEADLINE_EVERY_LINES == 0) {
        context.checkDeadline();
      }
    }

    /** One line longer than a block: hand on what comes before its last space, keep the rest. */
    private void cutLongLine() {
      flush();
      int cut = -1;
      for (int i = line.length() - 1; i >= MAX_BLOCK / 2; i--) {
        if (Character.isWhitespace(line.charAt(i))) {
          cut = i;
          break;
        }
      }
      if (cut < 0) {
        cut = line.length();
      }
      emit(lineNumber, line.substring(0, cut));
      line.delete(0, cut);
    }

    private void flush() {
      if (paragraph.length() > 0) {
        emit(paragraphStart, paragraph.toString());
        paragraph.setLength(0);
      }
    }

    private void emit(long where, String text) {
      if (!text.isBlank()) {
        out.text(new TextBlock(
            TextKind.BODY, Location.of("line " + where), text, "", Visibility.VISIBLE));
      }
    }
  }
}
