package io.foilint.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.foilint.extract.xlsb.XlsbExtractor;

/**
 * Fuzzes the extractor for xlsb packages (BIFF12 records): only {@code ExtractionException} or {@code IOException} may
 * leave it, within the per-input time bound. The zip guard runs first, as in the engine. Seeds and saved findings live in
 * {@code src/test/resources/io/foilint/fuzz/XlsbFuzzTestInputs/fuzz/}.
 */
class XlsbFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void fuzz(byte[] data) throws Exception {
    FuzzHarness.extract(data, ".xlsb", true, new XlsbExtractor());
  }
}
