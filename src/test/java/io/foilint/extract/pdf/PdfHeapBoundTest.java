package io.foilint.extract.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile PDFs scanned by the CLI in a forked JVM with a 256 MB heap: each must end with a
 * verdict and a reason, never die of (or catch) an OutOfMemoryError. The inputs are small on disk
 * and built here; what they declare or inflate to is far beyond the heap.
 */
class PdfHeapBoundTest {

  @TempDir Path dir;

  private record Run(int exit, String stdout, String stderr) {}

  private static Run scanIn256m(Path pdf) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb = new ProcessBuilder(java, "-Xmx256m", "-XX:+ExitOnOutOfMemoryError",
        "-cp", System.getProperty("java.class.path"), "io.foilint.cli.Main", "scan", "--format", "json",
        pdf.toString());
    File err = pdf.resolveSibling(pdf.getFileName() + ".err").toFile();
    File out = pdf.resolveSibling(pdf.getFileName() + ".out").toFile();
    pb.redirectError(err).redirectOutput(out);
    Process p = pb.start();
    if (!p.waitFor(240, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("the scan of " + pdf.getFileName() + " did not finish");
    }
    return new Run(p.exitValue(), Files.readString(out.toPath(), StandardCharsets.UTF_8),
        Files.readString(err.toPath(), StandardCharsets.UTF_8));
  }

  private static void assertNoOom(Run r) {
    assertThat(r.stderr + r.stdout).doesNotContain("OutOfMemoryError").doesNotContain("Java heap space");
  }

  private static RawPdf page(String resources, byte[] content) {
    RawPdf pdf = new RawPdf();
    pdf.add("<< /Type /Catalog /Pages 2 0 R >>");
    pdf.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
    pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources " + resources
        + " /Contents 4 0 R >>");
    pdf.stream("<< >>", content);
    return pdf;
  }

  @Test
  void aThirtyThousandPixelSquareImageIsScannedWithinTheHeap() throws Exception {
    // 30000 x 30000 RGB: 2.7 GB of pixels, deflated to a few MB; drawn full page, under text.
    RawPdf pdf = page("<< /XObject << /Im1 5 0 R >> /Font << /F1 6 0 R >> >>",
        RawPdf.ascii("q 612 0 0 792 0 0 cm /Im1 Do Q BT 0 0 0 rg /F1 12 Tf 72 700 Td (Reply) Tj ET"));
    pdf.stream("<< /Type /XObject /Subtype /Image /Width 30000 /Height 30000 /ColorSpace /DeviceRGB"
        + " /BitsPerComponent 8 /Filter /FlateDecode >>", out -> RawPdf.spacesBomb(out, 2575));
    pdf.add(RawPdf.FONT);
    Run r = scanIn256m(pdf.write(dir.resolve("huge-image.pdf")));

    assertNoOom(r);
    assertThat(r.stdout).contains("\"verdict\"");
    assertThat(r.exit).as("0 or 1 (BLOCK); 2 is an error").isBetween(0, 1);
  }

  @Test
  void aHugeContentStreamIsRefusedWithAReason() throws Exception {
    RawPdf pdf = new RawPdf();
    pdf.add("<< /Type /Catalog /Pages 2 0 R >>");
    pdf.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
    pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>");
    pdf.stream("<< /Filter /FlateDecode >>", out -> RawPdf.spacesBomb(out, 200));
    Run r = scanIn256m(pdf.write(dir.resolve("huge-content.pdf")));

    assertNoOom(r);
    assertThat(r.exit).as("1: a file BLOCKs").isEqualTo(1);
    assertThat(r.stdout).contains("\"BLOCK\"").contains("limit-exceeded").contains("drawing instructions");
  }

  @Test
  void hugeFontProgramsAndCharacterMapsAreRefusedWithAReason() throws Exception {
    for (String part : List.of("/FontFile2", "/ToUnicode")) {
      RawPdf pdf = page("<< /Font << /F1 5 0 R >> >>", RawPdf.showText("Reply"));
      if (part.equals("/ToUnicode")) {
        pdf.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>");
        pdf.stream("<< /Filter /FlateDecode >>", out -> RawPdf.spacesBomb(out, 100));
      } else {
        pdf.add("<< /Type /Font /Subtype /TrueType /BaseFont /Arial /FirstChar 32 /LastChar 32"
            + " /Widths [250] /FontDescriptor 6 0 R >>");
        pdf.add("<< /Type /FontDescriptor /FontName /Arial /Flags 32 /FontBBox [0 0 1000 1000]"
            + " /ItalicAngle 0 /Ascent 900 /Descent -200 /CapHeight 700 /StemV 80 /FontFile2 7 0 R >>");
        pdf.stream("<< /Length1 104857600 /Filter /FlateDecode >>", out -> RawPdf.spacesBomb(out, 100));
      }
      Run r = scanIn256m(pdf.write(dir.resolve("huge" + part.substring(1) + ".pdf")));

      assertNoOom(r);
      assertThat(r.exit).as(part + ": 1, a file BLOCKs").isEqualTo(1);
      assertThat(r.stdout).as(part).contains("\"BLOCK\"").contains("limit-exceeded")
          .contains(part.equals("/ToUnicode") ? "character map" : "font program");
    }
  }
}
