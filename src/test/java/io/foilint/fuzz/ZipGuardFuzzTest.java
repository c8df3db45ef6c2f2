package io.foilint.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.foilint.extract.ExtractionException;
import io.foilint.extract.Limits;
import io.foilint.source.ZipGuard;
import java.util.List;

/**
 * Fuzzes {@link ZipGuard}: it may only throw {@code ExtractionException}; and when it lets a file
 * through, the JDK's own readers must agree with the central directory it checked — the JDK's
 * {@code ZipFile} must open it, and {@code ZipInputStream}, walking the local headers, must see
 * no entry name and no more entries than the central directory lists (a streaming reader that
 * sees other content is zip confusion, so the guard must refuse the file).
 */
class ZipGuardFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void fuzz(byte[] data) throws Exception {
    FuzzHarness.onFile(
        data,
        ".zip",
        file -> {
          try {
            ZipGuard.check(file, Limits.DEFAULT);
          } catch (ExtractionException refused) {
            return null;
          }
          List<String> central;
          try {
            central = IndependentReaders.centralDirectoryNames(file);
          } catch (Exception e) {
            throw new AssertionError(
                "ZipGuard let through a zip whose central directory the JDK cannot read: " + e, e);
          }
          IndependentReaders.Streamed streamed = IndependentReaders.streamedNames(file);
          for (String name : streamed.names()) {
            if (!central.contains(name)) {
              throw new AssertionError(
                  "ZipGuard let through a zip whose local headers hold an entry the central"
                      + " directory does not list");
            }
          }
          if (streamed.names().size() > central.size()) {
            throw new AssertionError(
                "ZipGuard let through a zip with " + streamed.names().size()
                    + " local entries but " + central.size() + " in the central directory");
          }
          return null;
        });
  }
}
