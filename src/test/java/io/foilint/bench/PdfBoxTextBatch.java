package io.foilint.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The baseline of {@code src/tools/bench/xray_side_by_side.sh}: PDFBox's plain text extraction
 * (load and {@link PDFTextStripper}) of every file listed, one after another in one JVM, as the
 * library foilint's PDF reader is built on would do it with nothing else. Prints one line:
 * {@code pdfbox files=N failed=F chars=C}.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) io.foilint.bench.PdfBoxTextBatch LIST
 * </pre>
 */
public final class PdfBoxTextBatch {

  private PdfBoxTextBatch() {}

  public static void main(String[] args) throws IOException {
    List<String> files = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
    int failed = 0;
    long chars = 0;
    for (String f : files) {
      try (PDDocument doc = Loader.loadPDF(Path.of(f).toFile())) {
        chars += new PDFTextStripper().getText(doc).length();
      } catch (IOException | RuntimeException e) {
        failed++; // a password or a damaged file: the baseline reads nothing, as Tika would
      }
    }
    System.out.println("files=" + files.size() + " failed=" + failed + " chars=" + chars);
  }
}
