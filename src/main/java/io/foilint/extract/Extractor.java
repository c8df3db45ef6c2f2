package io.foilint.extract;

import io.foilint.model.ContentHandler;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads one format family and reports everything the file holds as content events, each tagged
 * with where it sits and whether a reader would see it. Extractors judge nothing: that is the
 * detectors' job.
 *
 * <p>Contract: stream (never hold a whole sheet's cells); never modify the file; call
 * {@link ExtractionContext#checkDeadline()} regularly (at least once per few thousand rows);
 * hand embedded documents to {@link ExtractionContext#embedded} while no table is open; signal a
 * file that cannot be fully inspected with an {@link ExtractionException} carrying its reason.
 */
public interface Extractor {

  void extract(Path file, ExtractionContext context, ContentHandler out)
      throws IOException, ExtractionException;
}
