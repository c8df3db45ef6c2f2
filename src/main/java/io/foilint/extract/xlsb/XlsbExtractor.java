package io.foilint.extract.xlsb;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.ExtractionException;
import io.foilint.extract.Extractor;
import io.foilint.model.ContentHandler;
import java.nio.file.Path;

/** Placeholder until the extractor lands: fails closed. */
public final class XlsbExtractor implements Extractor {
  @Override
  public void extract(Path file, ExtractionContext context, ContentHandler out)
      throws ExtractionException {
    throw new ExtractionException(ExtractionException.Reason.UNSUPPORTED, "not implemented yet");
  }
}
