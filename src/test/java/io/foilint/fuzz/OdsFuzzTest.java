package io.foilint.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.foilint.extract.ods.OdsExtractor;

/**
 * Fuzzes the extractor for packaged .ods and flat .fods spreadsheets: only {@code ExtractionException} or {@code IOException} may
 * leave it, within the per-input time bound. The zip guard runs first, as in the engine. Seeds and saved findings live in
 * {@code src/test/resources/io/foilint/fuzz/OdsFuzzTestInputs/fuzz/}.
 */
class OdsFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void fuzz(byte[] data) throws Exception {
    FuzzHarness.extract(data, ".ods", true, new OdsExtractor());
  }
}
