package io.foilint.extract.docx;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.ExtractionException;
import io.foilint.extract.Extractor;
import io.foilint.extract.xlsx.PackageReading;
import io.foilint.model.ContentHandler;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads Word documents (docx, docm, dotx, dotm; Transitional and Strict OOXML). POI opens the
 * package read-only under the same zip limits as xlsx; {@link DocxPartsReader} streams each part.
 * A damaged package or part fails closed with the reason in plain words.
 */
public final class DocxExtractor implements Extractor {

  private static final PackageReading.Words WORDS =
      new PackageReading.Words("Word document", "document", "documents", "Word");

  @Override
  public void extract(Path file, ExtractionContext context, ContentHandler out)
      throws IOException, ExtractionException {
    PackageReading.read(file, context, out, WORDS,
        pkg -> new DocxPartsReader(pkg, context, out).readAll());
  }
}
