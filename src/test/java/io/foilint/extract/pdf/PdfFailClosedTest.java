package io.foilint.extract.pdf;

import static io.foilint.extract.pdf.RawPdf.FONT;
import static io.foilint.extract.pdf.RawPdf.ascii;
import static io.foilint.extract.pdf.RawPdf.deflate;
import static io.foilint.extract.pdf.RawPdf.showText;
import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.FoiLint;
import io.foilint.detect.Finding;
import io.foilint.extract.ExtractionContext;
import io.foilint.model.FactKind;
import io.foilint.model.TextBlock;
import io.foilint.scan.FileReport;
import io.foilint.testing.RecordingHandler;
import io.foilint.verdict.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PDFs built object by object to break what a lenient reader forgives: filter chains PDFBox
 * decodes wrongly, bombs inside chains, damaged page trees, damaged content, streams nothing uses.
 * Each asserts the verdict and the reason (issue 8, item 2).
 */
class PdfFailClosedTest {

  private static final String STAFF = "Jane Smith NI AB123456C";

  @TempDir Path dir;

  /** A one-page document whose page content is the given stream dictionary and data. */
  private Path onePage(String name, String contentDict, byte[] content) throws Exception {
    RawPdf pdf = new RawPdf();
    pdf.add("<< /Type /Catalog /Pages 2 0 R >>");
    pdf.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
    pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >>"
        + " /Contents 4 0 R >>");
    pdf.stream(contentDict, content);
    pdf.add(FONT);
    return pdf.write(dir.resolve(name));
  }

  private static RecordingHandler extract(Path pdf) throws Exception {
    RecordingHandler out = new RecordingHandler();
    new PdfExtractor().extract(pdf, ExtractionContext.standalone(), out);
    return out;
  }

  private static String allText(RecordingHandler out) {
    return out.texts.stream().map(TextBlock::text).collect(Collectors.joining("\n"));
  }

  private static FileReport scan(Path pdf) throws Exception {
    return FoiLint.check(pdf).files().get(0);
  }

  private static String describe(FileReport r) {
    return r.verdict() + " " + r.findings().stream().map(f -> f.rule() + ": " + f.message()).toList();
  }

  private static Finding finding(FileReport r, String rule) {
    return r.findings().stream().filter(f -> f.rule().equals(rule)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + rule + " in " + describe(r)));
  }

  @Test
  void aPageDeflatedTwiceIsReadInFull() throws Exception {
    Path pdf = onePage("double-flate.pdf", "<< /Filter [/FlateDecode /FlateDecode] >>",
        deflate(deflate(showText(STAFF))));

    assertThat(allText(extract(pdf))).contains(STAFF);
    FileReport r = scan(pdf);
    assertThat(r.findings()).extracting(Finding::rule).contains("personal-data-in-text");
  }

  @Test
  void aChainOfDifferentFiltersIsReadInFull() throws Exception {
    byte[] hex = ascii(HexFormat.of().formatHex(deflate(showText(STAFF))) + ">");
    Path pdf = onePage("hex-flate.pdf", "<< /Filter [/ASCIIHexDecode /FlateDecode] >>", hex);

    assertThat(allText(extract(pdf))).contains(STAFF);
  }

  @Test
  void aThreeTimesDeflatedFormIsReadInFull() throws Exception {
    RawPdf pdf = new RawPdf();
    pdf.add("<< /Type /Catalog /Pages 2 0 R >>");
    pdf.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
    pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /X1 5 0 R >> >>"
        + " /Contents 4 0 R >>");
    pdf.stream("<< >>", ascii("q /X1 Do Q"));
    pdf.stream("<< /Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /Font << /F1 6 0 R >> >>"
        + " /Filter [/FlateDecode /FlateDecode /FlateDecode] >>", deflate(deflate(deflate(showText(STAFF)))));
    pdf.add(FONT);

    assertThat(allText(extract(pdf.write(dir.resolve("form.pdf"))))).contains(STAFF);
  }

  @Test
  void aFiveGigabyteDoubleFlateBombIsRefused() throws Exception {
    RawPdf pdf = new RawPdf();
    pdf.add("<< /Type /Catalog /Pages 2 0 R >>");
    pdf.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
    pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>");
    pdf.stream("<< /Filter [/FlateDecode /FlateDecode] >>", out -> {
      try (var outer = new java.util.zip.DeflaterOutputStream(out, new java.util.zip.Deflater(9), 65536)) {
        RawPdf.spacesBomb(outer, 5 * 1024);
      }
    });
    Path file = pdf.write(dir.resolve("bomb.pdf"));
    assertThat(Files.size(file)).as("a few KB on disk").isLessThan(64 * 1024);

    FileReport r = scan(file);

    assertThat(r.verdict()).as(describe(r)).isEqualTo(Verdict.BLOCK);
    assertThat(finding(r, "limit-exceeded").message()).contains("Page 1").contains("decompression bomb");
  }

  @Test
  void aDeflatedFontCharacterMapOverItsCapIsRefused() throws Exception {
    RawPdf pdf = new RawPdf();
    pdf.add("<< /Type /Catalog /Pages 2 0 R >>");
    pdf.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
    pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >>"
        + " /Contents 4 0 R >>");
    pdf.stream("<< >>", showText("Hello"));
    pdf.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>");
    pdf.stream("<< /Filter /FlateDecode >>", out -> RawPdf.spacesBomb(out, 20));

    FileReport r = scan(pdf.write(dir.resolve("cmap.pdf")));

    assertThat(r.verdict()).isEqualTo(Verdict.BLOCK);
    assertThat(finding(r, "limit-exceeded").message()).contains("character map (object 6)");
  }

  @Test
  void aPageWhoseCompressedContentIsCutShortIsBlocked() throws Exception {
    byte[] whole = deflate(showText(STAFF + " and a long tail of further text on the page"));
    byte[] cut = java.util.Arrays.copyOf(whole, whole.length / 2);
    FileReport r = scan(onePage("cut.pdf", "<< /Filter /FlateDecode >>", cut));

    assertThat(r.verdict()).isEqualTo(Verdict.BLOCK);
    assertThat(finding(r, "unreadable-file").message()).contains("Page 1").contains("cut short");
  }

  @Test
  void aPageListEntryPointingNowhereIsBlocked() throws Exception {
    RawPdf pdf = new RawPdf();
    pdf.add("<< /Type /Catalog /Pages 2 0 R >>");
    pdf.add("<< /Type /Pages /Kids [3 0 R 6 0 R] /Count 2 >>");
    pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >>"
        + " /Contents 4 0 R >>");
    pdf.stream("<< >>", showText("Reply to your request"));
    pdf.add(FONT);
    pdf.reserveMissing();

    FileReport r = scan(pdf.write(dir.resolve("dangling.pdf")));

    assertThat(r.verdict()).isEqualTo(Verdict.BLOCK);
    assertThat(finding(r, "unreadable-file").message()).contains("page list is damaged")
        .contains("not in the file");
  }

  @Test
  void aPageListThatLiesAboutItsCountIsBlocked() throws Exception {
    RawPdf pdf = new RawPdf();
    pdf.add("<< /Type /Catalog /Pages 2 0 R >>");
    pdf.add("<< /Type /Pages /Kids [3 0 R] /Count 3 >>");
    pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >>"
        + " /Contents 4 0 R >>");
    pdf.stream("<< >>", showText("Reply to your request"));
    pdf.add(FONT);

    FileReport r = scan(pdf.write(dir.resolve("count.pdf")));

    assertThat(r.verdict()).isEqualTo(Verdict.BLOCK);
    assertThat(finding(r, "unreadable-file").message()).contains("says it holds 3 pages but 1 is there");
  }

  @Test
  void aPageListThatLoopsIsReadOnceAndTheRepairNamed() throws Exception {
    RawPdf pdf = new RawPdf();
    pdf.add("<< /Type /Catalog /Pages 2 0 R >>");
    pdf.add("<< /Type /Pages /Kids [3 0 R 2 0 R] /Count 1 >>");
    pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >>"
        + " /Contents 4 0 R >>");
    pdf.stream("<< >>", showText(STAFF));
    pdf.add(FONT);
    Path file = pdf.write(dir.resolve("loop.pdf"));

    assertThat(allText(extract(file))).contains(STAFF);
    FileReport r = scan(file);
    assertThat(r.verdict()).isNotEqualTo(Verdict.PASS);
    assertThat(finding(r, "uninspected-part").message()).contains("loops back on itself")
        .contains("read each page it holds once");
  }

  @Test
  void aPageTheListDoesNotReachIsRecoveredAndItsTextRead() throws Exception {
    RawPdf pdf = new RawPdf();
    pdf.add("<< /Type /Catalog /Pages 2 0 R >>");
    pdf.add("<< /Type /Pages /Kids [3 0 R] /Count 2 >>");
    pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >>"
        + " /Contents 4 0 R >>");
    pdf.stream("<< >>", showText("Reply to your request"));
    pdf.add(FONT);
    pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >>"
        + " /Contents 7 0 R >>");
    pdf.stream("<< >>", showText(STAFF));
    Path file = pdf.write(dir.resolve("orphan-page.pdf"));

    RecordingHandler out = extract(file);
    assertThat(out.texts).anySatisfy(t -> {
      assertThat(t.text()).contains(STAFF);
      assertThat(t.location().toString()).contains("page 2");
    });
    FileReport r = scan(file);
    assertThat(r.verdict()).isNotEqualTo(Verdict.PASS);
    assertThat(finding(r, "uninspected-part").message()).contains("found 1 page")
        .contains("scanning the file's objects");
  }

  @Test
  void textInAStreamNothingUsesIsChecked() throws Exception {
    RawPdf pdf = new RawPdf();
    pdf.add("<< /Type /Catalog /Pages 2 0 R >>");
    pdf.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
    pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >>"
        + " /Contents 4 0 R >>");
    pdf.stream("<< >>", showText("Reply to your request"));
    pdf.add(FONT);
    pdf.stream("<< /Filter [/FlateDecode /FlateDecode] >>", deflate(deflate(showText(STAFF))));
    Path file = pdf.write(dir.resolve("unused.pdf"));

    RecordingHandler out = extract(file);
    assertThat(out.texts).anySatisfy(t -> {
      assertThat(t.text()).contains(STAFF);
      assertThat(t.location().toString()).contains("unused stream").contains("object 6");
    });
    FileReport r = scan(file);
    assertThat(r.verdict()).as(describe(r)).isNotEqualTo(Verdict.PASS);
    assertThat(r.findings()).extracting(Finding::rule).contains("personal-data-in-text");
  }

  @Test
  void aDamagedStreamNothingUsesIsReportedAsNotInspected() throws Exception {
    RawPdf pdf = new RawPdf();
    pdf.add("<< /Type /Catalog /Pages 2 0 R >>");
    pdf.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
    pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >>"
        + " /Contents 4 0 R >>");
    pdf.stream("<< >>", showText("Reply to your request"));
    pdf.add(FONT);
    byte[] whole = deflate(showText(STAFF));
    pdf.stream("<< /Filter /FlateDecode >>", java.util.Arrays.copyOf(whole, whole.length - 8));

    RecordingHandler out = extract(pdf.write(dir.resolve("unused-damaged.pdf")));

    assertThat(out.facts).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(FactKind.UNINSPECTED_PART);
      assertThat(f.value()).contains("object 6").contains("damaged");
    });
  }

  @Test
  void pagesInsideADoubleDeflatedObjectStreamAreRead() throws Exception {
    // Objects 3 (page) and 5 (font) live in object stream 6, deflated twice.
    String page = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >>"
        + " /Contents 4 0 R >>";
    String body = page + "\n" + FONT;
    String header = "3 0 5 " + (page.length() + 1) + " ";
    byte[] objStm = ascii(header + body);
    java.io.ByteArrayOutputStream file = new java.io.ByteArrayOutputStream();
    // Written by hand: a cross-reference stream is needed to say objects 3 and 5 are compressed.
    String[] plain = {
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    };
    file.write(ascii("%PDF-1.7\n"));
    long[] off = new long[8];
    off[1] = file.size();
    file.write(ascii("1 0 obj\n" + plain[0] + "\nendobj\n"));
    off[2] = file.size();
    file.write(ascii("2 0 obj\n" + plain[1] + "\nendobj\n"));
    off[4] = file.size();
    byte[] content = showText(STAFF);
    file.write(ascii("4 0 obj\n<< /Length " + content.length + " >>\nstream\n"));
    file.write(content);
    file.write(ascii("\nendstream\nendobj\n"));
    off[6] = file.size();
    byte[] packed = deflate(deflate(objStm));
    file.write(ascii("6 0 obj\n<< /Type /ObjStm /N 2 /First " + header.length() + " /Length " + packed.length
        + " /Filter [/FlateDecode /FlateDecode] >>\nstream\n"));
    file.write(packed);
    file.write(ascii("\nendstream\nendobj\n"));
    off[7] = file.size();
    java.io.ByteArrayOutputStream rows = new java.io.ByteArrayOutputStream();
    int[][] entries = {{0, 0, 0}, {1, (int) off[1], 0}, {1, (int) off[2], 0}, {2, 6, 0}, {1, (int) off[4], 0},
        {2, 6, 1}, {1, (int) off[6], 0}, {1, (int) off[7], 0}};
    for (int[] e : entries) {
      rows.write(e[0]);
      rows.write(new byte[] {(byte) (e[1] >>> 24), (byte) (e[1] >>> 16), (byte) (e[1] >>> 8), (byte) e[1]});
      rows.write(e[2]);
    }
    byte[] xref = rows.toByteArray();
    file.write(ascii("7 0 obj\n<< /Type /XRef /Size 8 /W [1 4 1] /Root 1 0 R /Length " + xref.length
        + " >>\nstream\n"));
    file.write(xref);
    file.write(ascii("\nendstream\nendobj\nstartxref\n" + off[7] + "\n%%EOF\n"));
    Path pdf = dir.resolve("objstm.pdf");
    Files.write(pdf, file.toByteArray());

    assertThat(allText(extract(pdf))).contains(STAFF);
  }

  @Test
  void garbageInTheMiddleOfAPageIsBlockedNotSkipped() throws Exception {
    byte[] content = ascii("BT /F1 12 Tf 72 700 Td (Reply to your request) Tj ET\n"
        + "\u00ff\u00fe\u0001garbage}}{{ qqzz\n"
        + "BT /F1 12 Tf 72 600 Td (" + STAFF + ") Tj ET");
    FileReport r = scan(onePage("garbage.pdf", "<< >>", content));

    assertThat(r.verdict()).isEqualTo(Verdict.BLOCK);
    assertThat(finding(r, "unreadable-file").message()).contains("Page 1").contains("does not define");
  }

  @Test
  void aPageWhoseContentStopsMidTextIsBlocked() throws Exception {
    byte[] content = ascii("BT /F1 12 Tf 72 700 Td (Reply to your request) Tj 0 -14 Td (" + STAFF);
    FileReport r = scan(onePage("truncated.pdf", "<< >>", content));

    assertThat(r.verdict()).isEqualTo(Verdict.BLOCK);
    assertThat(finding(r, "unreadable-file").message()).contains("Page 1").contains("cut short");
  }

  /** Appends an incremental update that replaces object 4 (the page content) with {@code text}. */
  private static void replaceContent(Path pdf, String text) throws Exception {
    byte[] old = Files.readAllBytes(pdf);
    String tail = new String(old, old.length - 64, 64, java.nio.charset.StandardCharsets.ISO_8859_1);
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("startxref\\s+(\\d+)").matcher(tail);
    assertThat(m.find()).isTrue();
    long prev = Long.parseLong(m.group(1));
    byte[] content = showText(text);
    java.io.ByteArrayOutputStream add = new java.io.ByteArrayOutputStream();
    add.write(ascii("4 0 obj\n<< /Length " + content.length + " >>\nstream\n"));
    add.write(content);
    add.write(ascii("\nendstream\nendobj\n"));
    long xref = old.length + add.size();
    add.write(ascii("xref\n0 1\n0000000000 65535 f \n4 1\n" + String.format("%010d", (long) old.length)
        + " 00000 n \ntrailer\n<< /Size 6 /Root 1 0 R /Prev " + prev + " >>\nstartxref\n" + xref
        + "\n%%EOF\n"));
    Files.write(pdf, add.toByteArray(), java.nio.file.StandardOpenOption.APPEND);
  }

  @Test
  void anEarlierRevisionDeflatedTwiceIsReadInFull() throws Exception {
    Path pdf = onePage("revised.pdf", "<< /Filter [/FlateDecode /FlateDecode] >>",
        deflate(deflate(showText(STAFF))));
    replaceContent(pdf, "Reply to your request");

    RecordingHandler out = extract(pdf);

    assertThat(allText(out)).contains("Reply to your request");
    assertThat(out.texts).anySatisfy(t -> {
      assertThat(t.visibility()).isEqualTo(io.foilint.model.Visibility.EARLIER_REVISION);
      assertThat(t.text()).contains(STAFF);
    });
  }

  @Test
  void aBombInAnEarlierRevisionIsRefused() throws Exception {
    RawPdf raw = new RawPdf();
    raw.add("<< /Type /Catalog /Pages 2 0 R >>");
    raw.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
    raw.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >>"
        + " /Contents 4 0 R >>");
    raw.stream("<< /Filter [/FlateDecode /FlateDecode] >>", o -> {
      try (var outer = new java.util.zip.DeflaterOutputStream(o)) {
        RawPdf.spacesBomb(outer, 100);
      }
    });
    raw.add(FONT);
    Path pdf = raw.write(dir.resolve("revised-bomb.pdf"));
    replaceContent(pdf, "Reply to your request");

    FileReport r = scan(pdf);

    assertThat(r.verdict()).as(describe(r)).isEqualTo(Verdict.BLOCK);
    assertThat(finding(r, "limit-exceeded").message()).contains("Page 1").contains("64 MB");
  }
}
