package io.foilint.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.foilint.extract.pdf.PdfExtractor;

/**
 * Fuzzes the extractor for PDF files: only {@code ExtractionException} or {@code IOException} may
 * leave it, within the per-input time bound. Seeds and saved findings live in
 * {@code src/test/resources/io/foilint/fuzz/PdfFuzzTestInputs/fuzz/}.
 */
class PdfFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void fuzz(byte[] data) throws Exception {
    FuzzHarness.extract(data, ".pdf", false, new PdfExtractor());
  }
}
