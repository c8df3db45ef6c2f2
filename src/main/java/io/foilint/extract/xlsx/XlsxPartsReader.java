package io.foilint.extract.xlsx;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.ExtractionException;
import io.foilint.model.ContentHandler;
import java.io.IOException;
import org.apache.poi.openxml4j.opc.OPCPackage;

/**
 * Reads every part of an xlsx package beyond the cell grid (pivot caches, external links,
 * charts, comments, properties, connections, macros, embeddings, revision logs, drawings, ...).
 * Placeholder until it lands.
 */
final class XlsxPartsReader {

  XlsxPartsReader(OPCPackage pkg, ExtractionContext context, ContentHandler out) {}

  /** Emits facts, texts and cache tables for all non-grid parts. */
  void readAll() throws IOException, ExtractionException {}
}
