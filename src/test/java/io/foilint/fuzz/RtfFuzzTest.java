package io.foilint.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.foilint.extract.rtf.RtfExtractor;

/**
 * Fuzzes foilint's own RTF reader (control-word scanner, group states, hidden text, annotations,
 * {@code \objdata} unwrapping): only {@code ExtractionException} or {@code IOException} may leave
 * it, within the per-input time bound. Seeds and saved findings live in
 * {@code src/test/resources/io/foilint/fuzz/RtfFuzzTestInputs/fuzz/}.
 */
class RtfFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void fuzz(byte[] data) throws Exception {
    FuzzHarness.extract(data, ".rtf", false, new RtfExtractor());
  }
}
