package io.foilint.extract.tika;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.ExtractionException;
import io.foilint.extract.ExtractionException.Reason;
import io.foilint.extract.TempFiles;
import io.foilint.extract.text.BlockWriter;
import io.foilint.model.ContentHandler;
import io.foilint.model.Fact;
import io.foilint.model.FactKind;
import io.foilint.model.Location;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.io.input.CloseShieldInputStream;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TemporaryResources;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Runs one Tika parser the way its contract wants it isolated: the text it reports goes to a
 * {@link BlockWriter} paragraph by paragraph (never gathered whole), the deadline is checked as
 * its events arrive, every document it finds inside (an inline {@code data:} image, an attachment)
 * is handed to the engine through {@link ExtractionContext#embedded}, its metadata become
 * document properties, and any failure is an {@link ExtractionException} naming the format —
 * a parse that fails is never a pass.
 */
public final class TikaText {

  /** Metadata Tika adds about its own work, or that is no property of the document. */
  private static final Set<String> NOT_PROPERTIES = Set.of(
      "content-type", "content-encoding", "content-length", "x-parsed-by", "resourcename",
      "content-type-hint", "content-type-parser-override", "x-tika:content",
      "x-tika:embedded_depth");

  private static final Set<String> BLOCK_ELEMENTS = Set.of(
      "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol",
      "blockquote", "pre", "dd", "dt", "section", "article", "header", "footer", "title");

  private static final int DEADLINE_EVERY_EVENTS = 4096;

  private TikaText() {}

  /**
   * Refuses a file Tika would have to hold in memory whole when it is larger than {@code max}:
   * "The web page is 70,000,000 bytes; foilint reads pages of up to 67,108,864 bytes".
   */
  static void refuseOver(Path file, long max, String what, String whats)
      throws IOException, ExtractionException {
    long size = Files.size(file);
    if (size > max) {
      throw new ExtractionException(Reason.LIMIT_EXCEEDED, String.format(Locale.ROOT,
          "The %s is %,d bytes; foilint reads %s of up to %,d bytes", what, size, whats, max));
    }
  }

  /**
   * Parses {@code in} with {@code parser}; the body text goes to {@code body}, the metadata to
   * {@code out} as {@link FactKind#DOCUMENT_PROPERTY} facts located in {@code propertyPlace}.
   *
   * @param format the format's name for messages ("web page")
   */
  public static void parse(Parser parser, InputStream in, Metadata metadata,
      ExtractionContext context, BlockWriter body, ContentHandler out, String propertyPlace,
      String format) throws IOException, ExtractionException {
    run(parser, in, metadata, context, body, format);
    body.finish();
    for (String name : metadata.names()) {
      if (NOT_PROPERTIES.contains(name.toLowerCase(Locale.ROOT))
          || name.toLowerCase(Locale.ROOT).startsWith("x-tika")) {
        continue;
      }
      for (String value : metadata.getValues(name)) {
        if (value != null && !value.isBlank()) {
          out.fact(new Fact(FactKind.DOCUMENT_PROPERTY, Location.of(propertyPlace), name, value));
        }
      }
    }
  }

  /**
   * Parses {@code in} with {@code parser} for its metadata only (a picture: its EXIF, XMP and
   * IPTC fields), under the same isolation as {@link #parse}; the caller chooses which fields
   * to report. Documents found inside still go to the engine.
   */
  public static void parseMetadata(Parser parser, InputStream in, Metadata metadata,
      ExtractionContext context, String format) throws IOException, ExtractionException {
    try {
      run(parser, in, metadata, context, null, format);
    } catch (ExtractionException e) {
      throw e;
    } catch (IOException e) {
      // metadata readers signal bad data (an offset past the end) as I/O errors
      throw new ExtractionException(Reason.CORRUPT,
          "The " + format + " could not be read (" + e.getClass().getSimpleName() + ": "
              + e.getMessage() + ")", e);
    }
  }

  /** One parse, failures turned into {@link ExtractionException}s; {@code body} may be null. */
  private static void run(Parser parser, InputStream in, Metadata metadata,
      ExtractionContext context, BlockWriter body, String format)
      throws IOException, ExtractionException {
    ParseContext parseContext = new ParseContext();
    parseContext.set(EmbeddedDocumentExtractor.class, new ToEngine(context));
    TextHandler handler = new TextHandler(context, body);
    // Tika's parsers expect mark/reset (TikaInputStream); some (the JPEG metadata reader) spool
    // the stream to a file first. Those files go to foilint's private directory and are deleted
    // when the parse ends, whatever happens; the caller still closes its own stream.
    try (TemporaryResources spool = new TemporaryResources()) {
      spool.setTemporaryFileDirectory(TempFiles.dir());
      parser.parse(TikaInputStream.get(CloseShieldInputStream.wrap(in), spool, metadata), handler,
          metadata, parseContext);
    } catch (java.io.EOFException e) {
      throw new ExtractionException(Reason.TRUNCATED,
          "The " + format + " ends before its data does (it is cut short)", e);
    } catch (SAXException | TikaException | RuntimeException e) {
      if (handler.stopped != null) {
        throw handler.stopped;
      }
      throw new ExtractionException(Reason.CORRUPT,
          "The " + format + " could not be read (" + e.getClass().getSimpleName() + ": "
              + e.getMessage() + ")", e);
    }
    if (handler.stopped != null) {
      throw handler.stopped;
    }
  }

  /**
   * Body text to the block writer (none when it is null: a parse for metadata only); the head
   * (title, meta) is metadata, not page text.
   */
  private static final class TextHandler extends DefaultHandler {
    private final ExtractionContext context;
    private final BlockWriter body;
    private int headDepth;
    private long events;
    ExtractionException stopped;

    TextHandler(ExtractionContext context, BlockWriter body) {
      this.context = context;
      this.body = body;
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes atts)
        throws SAXException {
      tick();
      String name = local.isEmpty() ? qName : local;
      if (name.equalsIgnoreCase("head")) {
        headDepth++;
      } else if (name.equalsIgnoreCase("br") && body != null) {
        write(() -> body.write('\n'));
      }
    }

    @Override
    public void endElement(String uri, String local, String qName) throws SAXException {
      tick();
      String name = (local.isEmpty() ? qName : local).toLowerCase(Locale.ROOT);
      if (name.equals("head")) {
        headDepth--;
      } else if (BLOCK_ELEMENTS.contains(name) && body != null) {
        write(body::breakParagraph);
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
      tick();
      if (headDepth == 0 && body != null) {
        write(() -> body.write(ch, start, length));
      }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
      characters(ch, start, length);
    }

    private void tick() throws SAXException {
      if (++events % DEADLINE_EVERY_EVENTS == 0) {
        write(context::checkDeadline);
      }
    }

    private interface Step {
      void run() throws ExtractionException;
    }

    private void write(Step step) throws SAXException {
      try {
        step.run();
      } catch (ExtractionException e) {
        stopped = e;
        throw new SAXException(e.getMessage());
      }
    }
  }

  /** Documents Tika finds inside: each scanned by the engine, never parsed by Tika itself. */
  private static final class ToEngine implements EmbeddedDocumentExtractor {
    private final ExtractionContext context;
    private int count;

    ToEngine(ExtractionContext context) {
      this.context = context;
    }

    @Override
    public boolean shouldParseEmbedded(Metadata metadata) {
      return true;
    }

    @Override
    public void parseEmbedded(InputStream stream, org.xml.sax.ContentHandler handler,
        Metadata metadata, boolean outputHtml) throws IOException {
      count++;
      String name = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
      context.embedded(name == null || name.isBlank() ? "embedded " + count : name, stream);
    }
  }
}
