package io.foilint.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.foilint.extract.ods.OdtExtractor;

/**
 * Fuzzes the extractor for OpenDocument text, packaged .odt and flat .fodt: only {@code
 * ExtractionException} or {@code IOException} may leave it, within the per-input time bound, and
 * the table event contract holds. The zip guard runs first, as in the engine. Seeds and saved
 * findings live in {@code src/test/resources/io/foilint/fuzz/OdtFuzzTestInputs/fuzz/}.
 */
class OdtFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void fuzz(byte[] data) throws Exception {
    FuzzHarness.extract(data, ".odt", true, new OdtExtractor());
  }
}
