package io.foilint.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.foilint.extract.ods.OdpExtractor;

/**
 * Fuzzes the extractor for OpenDocument presentations, packaged .odp and flat .fodp: only {@code
 * ExtractionException} or {@code IOException} may leave it, within the per-input time bound, and
 * the table event contract holds (slide tables sit in frames, so text met inside them must wait).
 * The zip guard runs first, as in the engine. Seeds and saved findings live in {@code
 * src/test/resources/io/foilint/fuzz/OdpFuzzTestInputs/fuzz/}.
 */
class OdpFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void fuzz(byte[] data) throws Exception {
    FuzzHarness.extract(data, ".odp", true, new OdpExtractor());
  }
}
