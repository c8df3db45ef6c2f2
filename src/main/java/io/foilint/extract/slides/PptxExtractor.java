package io.foilint.extract.slides;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.ExtractionException;
import io.foilint.extract.Extractor;
import io.foilint.extract.xlsx.PackageReading;
import io.foilint.model.ContentHandler;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads PowerPoint presentations (pptx, pptm, ppsx, potx; Transitional and Strict OOXML). POI
 * opens the package read-only under the same zip limits as xlsx; {@link PptxPartsReader} streams
 * each part with StAX. A damaged package or part fails closed with the reason in plain words.
 */
public final class PptxExtractor implements Extractor {

  private static final PackageReading.Words WORDS =
      new PackageReading.Words("PowerPoint presentation", "presentation", "presentations", "PowerPoint");

  @Override
  public void extract(Path file, ExtractionContext context, ContentHandler out)
      throws IOException, ExtractionException {
    PackageReading.read(file, context, out, WORDS,
        pkg -> new PptxPartsReader(pkg, context, out).readAll());
  }
}
