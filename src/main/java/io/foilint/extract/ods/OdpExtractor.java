package io.foilint.extract.ods;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.ExtractionException;
import io.foilint.extract.Extractor;
import io.foilint.model.ContentHandler;
import java.io.IOException;
import java.nio.file.Path;

/**
 * OpenDocument presentations: packaged .odp and .otp and flat .fodp. The package is read exactly
 * as a text document's ({@link OdtExtractor}: zip limits, manifest, properties, settings, macros,
 * embedded objects scanned, every other part reported); the body by the same text reader in its
 * slide mode: each slide's frames ({@code slide 3}, frame 'Title 1'), tables as slide tables,
 * hidden slides (Slide > Hide Slide, {@code presentation:visibility="hidden"}) and speaker notes
 * reported as the PowerPoint reader reports them, so the hidden-slide and speaker-notes rules
 * judge both formats alike; annotations with their authors; frames hidden or off the slide.
 */
public final class OdpExtractor implements Extractor {

  private final OdtExtractor reader = new OdtExtractor(TextDocumentReader.Kind.PRESENTATION);

  @Override
  public void extract(Path file, ExtractionContext context, ContentHandler out)
      throws IOException, ExtractionException {
    reader.extract(file, context, out);
  }
}
