package io.foilint.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.foilint.extract.csv.CsvExtractor;

/**
 * Fuzzes the extractor for CSV and TSV text in any encoding: only {@code ExtractionException} or {@code IOException} may
 * leave it, within the per-input time bound. Seeds and saved findings live in
 * {@code src/test/resources/io/foilint/fuzz/CsvFuzzTestInputs/fuzz/}.
 */
class CsvFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void fuzz(byte[] data) throws Exception {
    FuzzHarness.extract(data, ".csv", false, new CsvExtractor());
  }
}
