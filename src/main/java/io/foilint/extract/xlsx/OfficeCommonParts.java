package io.foilint.extract.xlsx;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.ExtractionException;
import io.foilint.model.ContentHandler;
import java.io.IOException;

/**
 * The parts any Office package may hold whatever its format — charts with their caches, SmartArt
 * text, document properties, custom XML and embedded documents — read the same way for
 * workbooks, Word documents and presentations, so the same content gets the same judgement.
 */
public final class OfficeCommonParts {

  private OfficeCommonParts() {}

  /** Reads them all from {@code parts}. */
  public static void readAll(XlsxPackageParts parts, ExtractionContext context, ContentHandler out)
      throws IOException, ExtractionException {
    new XlsxPropertiesReader(parts, out).readAll();
    new XlsxChartReader(parts, out).readAll();
    new DiagramTextReader(parts, out).readAll();
    new XlsxCustomXmlReader(parts, out).readAll();
    context.checkDeadline();
    new XlsxEmbeddedPartsReader(parts, context, out).readAll();
  }
}
