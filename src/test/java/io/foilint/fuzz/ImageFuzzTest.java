package io.foilint.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.foilint.extract.tika.ImageExtractor;

/**
 * Fuzzes the picture reader (EXIF, XMP, IPTC and PNG text through Tika's image parsers): only
 * {@code ExtractionException} or {@code IOException} may leave it, within the per-input time
 * bound. Seeds (the picture fixtures: a JPEG with GPS and artist, one without, a PNG) and saved
 * findings live in {@code src/test/resources/io/foilint/fuzz/ImageFuzzTestInputs/fuzz/}.
 */
class ImageFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void fuzz(byte[] data) throws Exception {
    FuzzHarness.extract(data, ".jpg", false, new ImageExtractor());
  }
}
