package io.foilint.extract.tika;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.ExtractionException;
import io.foilint.extract.Extractor;
import io.foilint.extract.text.BlockWriter;
import io.foilint.model.ContentHandler;
import io.foilint.model.TextKind;
import io.foilint.model.Visibility;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.html.JSoupParser;

/**
 * A web page (HTML or XHTML): its text as a reader sees it, paragraph by paragraph (markup,
 * scripts and styles left out), located by line; its {@code <title>} and {@code <meta>} fields
 * as document properties; inline {@code data:} documents scanned by the engine. Read with Tika's
 * HTML parser, which builds the page in memory, so pages over {@link #MAX_BYTES} are refused
 * rather than read in part.
 */
public final class HtmlExtractor implements Extractor {

  static final long MAX_BYTES = 64L * 1024 * 1024;

  @Override
  public void extract(Path file, ExtractionContext context, ContentHandler out)
      throws IOException, ExtractionException {
    TikaText.refuseOver(file, MAX_BYTES, "web page", "pages");
    try (InputStream in = Files.newInputStream(file)) {
      read(in, context, out, "");
    }
  }

  /** Reads a page from a stream (also an e-mail's HTML body); its text is located in {@code place}. */
  public static void read(InputStream in, ExtractionContext context, ContentHandler out,
      String place) throws IOException, ExtractionException {
    BlockWriter body = new BlockWriter(context, out, place, TextKind.BODY, Visibility.VISIBLE);
    TikaText.parse(new JSoupParser(), in, new Metadata(), context, body, out,
        place.isEmpty() ? "HTML metadata" : place + " (HTML metadata)", "web page");
  }
}
