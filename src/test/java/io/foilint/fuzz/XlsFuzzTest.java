package io.foilint.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.foilint.extract.xls.XlsExtractor;

/**
 * Fuzzes the extractor for BIFF8 workbooks in an OLE2 container: only {@code ExtractionException} or {@code IOException} may
 * leave it, within the per-input time bound. Seeds and saved findings live in
 * {@code src/test/resources/io/foilint/fuzz/XlsFuzzTestInputs/fuzz/}.
 */
class XlsFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void fuzz(byte[] data) throws Exception {
    FuzzHarness.extract(data, ".xls", false, new XlsExtractor());
  }
}
