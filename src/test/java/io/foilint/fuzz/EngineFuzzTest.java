package io.foilint.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.foilint.detect.Finding;
import io.foilint.extract.Limits;
import io.foilint.scan.FileReport;
import io.foilint.scan.ScanEngine;
import io.foilint.verdict.Policy;
import io.foilint.verdict.Verdict;
import java.time.Duration;

/**
 * Fuzzes the whole engine on one file (bytes, temp file, {@link ScanEngine#scanFile}): it never
 * throws; no finding is an internal error (an exception that escaped an extractor or a rule is
 * caught and turned into BLOCK, but it is a bug); and a PASS is only allowed on input that an
 * independent reader ({@link IndependentReaders}: JDK zip, POI, PDFBox) parses in full.
 */
class EngineFuzzTest {

  private static final ScanEngine ENGINE =
      new ScanEngine(Limits.DEFAULT.withTimePerFile(Duration.ofSeconds(30)), Policy.DEFAULT);

  @FuzzTest(maxDuration = "10m")
  void fuzz(byte[] data) throws Exception {
    FuzzHarness.onFile(
        data,
        ".bin",
        file -> {
          // a bundle gives one report per entry: every one must be sound, and PASS only when
          // all of them pass
          java.util.List<FileReport> reports = ENGINE.scan(java.util.List.of(file));
          if (reports.isEmpty()) {
            throw new AssertionError("the engine gave no verdict");
          }
          FileReport report = reports.get(0);
          boolean allPass = true;
          for (FileReport r : reports) {
            if (r.verdict() == null) {
              throw new AssertionError("the engine gave no verdict");
            }
            allPass &= r.verdict() == Verdict.PASS;
            for (Finding f : r.findings()) {
              if (f.message().contains("(internal error)")) {
                throw new AssertionError("internal error: " + f.message());
              }
            }
          }
          if (allPass) {
            try {
              IndependentReaders.checkReadable(file, data);
            } catch (Exception | StackOverflowError e) {
              throw new AssertionError(
                  "PASS (" + report.type() + ") on input an independent reader cannot parse: "
                      + e.getClass().getSimpleName() + ": " + e.getMessage(), e);
            }
          }
          return null;
        });
  }
}
