package io.foilint.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.foilint.extract.Extractor;
import io.foilint.extract.mail.EmlExtractor;
import io.foilint.extract.mail.MsgExtractor;

/**
 * Fuzzes the e-mail readers: an input that starts like an OLE2 file goes to the Outlook
 * {@code .msg} reader (POI HSMF; its RTF and HTML bodies reach foilint's RTF reader and Tika's
 * HTML parser), any other to the MIME {@code .eml} reader (mime4j). Only
 * {@code ExtractionException} or {@code IOException} may leave them, within the per-input time
 * bound. Seeds and saved findings live in
 * {@code src/test/resources/io/foilint/fuzz/MailFuzzTestInputs/fuzz/}.
 */
class MailFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void fuzz(byte[] data) throws Exception {
    boolean ole2 = data.length >= 4 && (data[0] & 0xFF) == 0xD0 && (data[1] & 0xFF) == 0xCF
        && (data[2] & 0xFF) == 0x11 && (data[3] & 0xFF) == 0xE0;
    Extractor reader = ole2 ? new MsgExtractor() : new EmlExtractor();
    FuzzHarness.extract(data, ole2 ? ".msg" : ".eml", false, reader);
  }
}
