package io.foilint.extract.text;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.ExtractionException;
import io.foilint.extract.Extractor;
import io.foilint.model.ContentHandler;
import io.foilint.model.Fact;
import io.foilint.model.FactAttr;
import io.foilint.model.FactKind;
import io.foilint.model.Location;
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
 * at a space) once it reaches {@value BlockWriter#MAX_BLOCK} characters, so no block grows with the file.
 * Encoding as for CSV ({@link TextEncoding}); anything doubtful about it is reported.
 */
public final class PlainTextExtractor implements Extractor {

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
      BlockWriter paragraphs = new BlockWriter(context, out, "", TextKind.BODY, Visibility.VISIBLE);
      char[] buf = new char[8192];
      int n;
      while ((n = reader.read(buf)) >= 0) {
        paragraphs.write(buf, 0, n);
      }
      paragraphs.finish();
    }
    List<String> problems = new ArrayList<>();
    if (!encoding.doubt().isEmpty()) {
      problems.add(encoding.doubt());
    }
    problems.addAll(decoded.problems(encoding.charset().name()));
    for (String p : problems) {
      out.fact(new Fact(FactKind.UNINSPECTED_PART, Location.of(""), "", p, FactAttr.attrs().put(FactAttr.SENTENCE, true).build()));
    }
  }
}
