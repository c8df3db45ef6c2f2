package io.foilint.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.foilint.extract.xlsx.XlsxExtractor;

/**
 * Fuzzes the extractor for xlsx, xlsm and Strict OOXML packages (and default-password encrypted ones): only {@code ExtractionException} or {@code IOException} may
 * leave it, within the per-input time bound. The zip guard runs first, as in the engine. Seeds and saved findings live in
 * {@code src/test/resources/io/foilint/fuzz/XlsxFuzzTestInputs/fuzz/}.
 */
class XlsxFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void fuzz(byte[] data) throws Exception {
    FuzzHarness.extract(data, ".xlsx", true, new XlsxExtractor());
  }
}
