package io.foilint.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.foilint.extract.doc.DocExtractor;
import io.foilint.fixtures.FixtureAccess;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Fuzzes the Word 97-2003 reader (POI HWPF and foilint's own FIB, comment-owner, fast-save and
 * container code). The first byte picks what the rest is: 0, a whole file; 1, the WordDocument
 * stream; 2, the 1Table stream — each put in an otherwise valid .doc (a letter with a comment),
 * so mutations reach the FIB and the table structures instead of failing the OLE2 checks. Only
 * {@code ExtractionException} or {@code IOException} may leave it, within the per-input time
 * bound. Seeds and saved findings live in
 * {@code src/test/resources/io/foilint/fuzz/DocFuzzTestInputs/fuzz/}.
 */
class DocFuzzTest {

  private static final byte[] BASE = FixtureAccess.docWithComment();

  @FuzzTest(maxDuration = "10m")
  void fuzz(byte[] data) throws Exception {
    if (data.length == 0) {
      return;
    }
    byte[] rest = Arrays.copyOfRange(data, 1, data.length);
    int mode = (data[0] & 0xFF) % 3;
    byte[] file = mode == 0 ? rest : withStream(mode == 1 ? "WordDocument" : "1Table", rest);
    FuzzHarness.extract(file, ".doc", false, new DocExtractor());
  }

  /** The base document with stream {@code name} replaced by {@code bytes}. */
  static byte[] withStream(String name, byte[] bytes) {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(BASE))) {
      fs.createOrUpdateDocument(new ByteArrayInputStream(bytes), name);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      fs.writeFilesystem(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
