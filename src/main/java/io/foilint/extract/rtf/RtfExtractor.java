package io.foilint.extract.rtf;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.ExtractionException;
import io.foilint.extract.Extractor;
import io.foilint.model.ContentHandler;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Rich Text Format, read with foilint's own control-word scanner ({@link RtfScanner},
 * {@link RtfDocument}) rather than Tika's RTF parser, which leaves out exactly what matters
 * here: hidden text, tracked deletions, annotation authors and the revision table. Streams the
 * file one byte at a time; only an embedded object's data is held until its group ends.
 */
public final class RtfExtractor implements Extractor {

  @Override
  public void extract(Path file, ExtractionContext context, ContentHandler out)
      throws IOException, ExtractionException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024)) {
      read(in, context, out);
    }
  }

  /** Reads RTF from a stream (also an Outlook message's RTF body). */
  public static void read(InputStream in, ExtractionContext context, ContentHandler out)
      throws IOException, ExtractionException {
    RtfDocument document = new RtfDocument(context, out);
    try {
      RtfScanner.scan(new DeadlineStream(in, context), document);
    } catch (RtfDocument.Stop e) {
      throw e.reason;
    } catch (DeadlineStream.TimeUp e) {
      throw e.reason;
    }
    document.finish();
  }

  /** Checks the deadline every megabyte read. */
  private static final class DeadlineStream extends InputStream {
    private static final int EVERY = 1 << 20;
    private final InputStream in;
    private final ExtractionContext context;
    private long count;

    DeadlineStream(InputStream in, ExtractionContext context) {
      this.in = in;
      this.context = context;
    }

    @Override
    public int read() throws IOException {
      if ((++count & (EVERY - 1)) == 0) {
        try {
          context.checkDeadline();
        } catch (ExtractionException e) {
          throw new TimeUp(e);
        }
      }
      return in.read();
    }

    static final class TimeUp extends IOException {
      final ExtractionException reason;

      TimeUp(ExtractionException reason) {
        super(reason.getMessage());
        this.reason = reason;
      }
    }
  }
}
