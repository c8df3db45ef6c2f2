package io.foilint.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.foilint.extract.docx.DocxExtractor;

/**
 * Fuzzes the extractor for Word packages (docx, docm, dotx, Strict OOXML): only {@code
 * ExtractionException} or {@code IOException} may leave it, within the per-input time bound. The
 * zip guard runs first, as in the engine. Seeds (the Word fixtures) and saved findings live in
 * {@code src/test/resources/io/foilint/fuzz/DocxFuzzTestInputs/fuzz/}.
 */
class DocxFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void fuzz(byte[] data) throws Exception {
    FuzzHarness.extract(data, ".docx", true, new DocxExtractor());
  }
}
