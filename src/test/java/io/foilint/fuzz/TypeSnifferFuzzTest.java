package io.foilint.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.foilint.extract.TypeSniffer;
import io.foilint.model.FileType;
import java.io.IOException;

/**
 * Fuzzes {@link TypeSniffer}: it may only throw {@code IOException}, must always name a type, must
 * give the same type twice for the same bytes, and must finish within the per-input bound.
 */
class TypeSnifferFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void fuzz(byte[] data) throws Exception {
    FuzzHarness.onFile(
        data,
        ".bin",
        file -> {
          FileType first;
          try {
            first = TypeSniffer.sniff(file);
          } catch (IOException expected) {
            return null;
          }
          if (first == null) {
            throw new AssertionError("TypeSniffer returned no type");
          }
          FileType second = TypeSniffer.sniff(file);
          if (second != first) {
            throw new AssertionError("TypeSniffer answered " + first + " then " + second);
          }
          return null;
        });
  }
}
