package io.foilint.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.foilint.extract.slides.PptExtractor;
import io.foilint.extract.slides.PptxExtractor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Fuzzes the presentation readers. The first byte picks what the rest is: 0, a whole file (an
 * OLE2 file goes to the ppt reader, POI HSLF; anything else through the zip guard to the pptx
 * reader); 1, the XML of slide 1; 2, of its notes; 3, of its comments — each placed in an
 * otherwise valid package, so mutations reach foilint's StAX readers instead of failing the zip
 * checks. Only {@code ExtractionException} or {@code IOException} may leave them, within the
 * per-input time bound. Seeds and saved findings live in
 * {@code src/test/resources/io/foilint/fuzz/SlidesFuzzTestInputs/fuzz/}.
 */
class SlidesFuzzTest {

  private static final String PML = "application/vnd.openxmlformats-officedocument.presentationml.";
  private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
  private static final String P = "http://schemas.openxmlformats.org/presentationml/2006/main";

  @FuzzTest(maxDuration = "10m")
  void fuzz(byte[] data) throws Exception {
    if (data.length == 0) {
      return;
    }
    byte[] rest = Arrays.copyOfRange(data, 1, data.length);
    int mode = (data[0] & 0xFF) % 4;
    if (mode == 0) {
      boolean ole2 = rest.length >= 4 && (rest[0] & 0xFF) == 0xD0 && (rest[1] & 0xFF) == 0xCF
          && (rest[2] & 0xFF) == 0x11 && (rest[3] & 0xFF) == 0xE0;
      if (ole2) {
        FuzzHarness.extract(rest, ".ppt", false, new PptExtractor());
      } else {
        FuzzHarness.extract(rest, ".pptx", true, new PptxExtractor());
      }
      return;
    }
    String part = mode == 1 ? "ppt/slides/slide1.xml"
        : mode == 2 ? "ppt/notesSlides/notesSlide1.xml" : "ppt/comments/comment1.xml";
    FuzzHarness.extract(deckWith(part, rest), ".pptx", true, new PptxExtractor());
  }

  /** A one-slide deck with notes and comments, {@code part} replaced by {@code xml}. */
  static byte[] deckWith(String part, byte[] xml) {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    put(parts, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Override PartName=\"/ppt/presentation.xml\" ContentType=\"" + PML + "presentation.main+xml\"/>"
        + "<Override PartName=\"/ppt/slides/slide1.xml\" ContentType=\"" + PML + "slide+xml\"/>"
        + "<Override PartName=\"/ppt/notesSlides/notesSlide1.xml\" ContentType=\"" + PML + "notesSlide+xml\"/>"
        + "<Override PartName=\"/ppt/comments/comment1.xml\" ContentType=\"" + PML + "comments+xml\"/>"
        + "<Override PartName=\"/ppt/commentAuthors.xml\" ContentType=\"" + PML + "commentAuthors+xml\"/>"
        + "</Types>");
    put(parts, "_rels/.rels", rels("<Relationship Id=\"rId1\" Type=\"" + REL
        + "officeDocument\" Target=\"ppt/presentation.xml\"/>"));
    put(parts, "ppt/presentation.xml", "<p:presentation xmlns:p=\"" + P + "\" xmlns:r=\"" + REL
        + "\"><p:sldIdLst><p:sldId id=\"256\" r:id=\"rId2\"/></p:sldIdLst>"
        + "<p:sldSz cx=\"9144000\" cy=\"6858000\"/></p:presentation>");
    put(parts, "ppt/_rels/presentation.xml.rels", rels(
        "<Relationship Id=\"rId2\" Type=\"" + REL + "slide\" Target=\"slides/slide1.xml\"/>"
            + "<Relationship Id=\"rId3\" Type=\"" + REL + "commentAuthors\" Target=\"commentAuthors.xml\"/>"));
    put(parts, "ppt/commentAuthors.xml", "<p:cmAuthorLst xmlns:p=\"" + P + "\">"
        + "<p:cmAuthor id=\"1\" name=\"Priya Pellow\" initials=\"PP\"/></p:cmAuthorLst>");
    put(parts, "ppt/slides/slide1.xml", "<p:sld xmlns:p=\"" + P + "\" xmlns:a=\"http://schemas."
        + "openxmlformats.org/drawingml/2006/main\"><p:cSld><p:spTree><p:sp><p:nvSpPr>"
        + "<p:cNvPr id=\"2\" name=\"Title 1\"/></p:nvSpPr><p:txBody><a:p><a:r><a:t>Title</a:t>"
        + "</a:r></a:p></p:txBody></p:sp></p:spTree></p:cSld></p:sld>");
    put(parts, "ppt/slides/_rels/slide1.xml.rels", rels(
        "<Relationship Id=\"rId1\" Type=\"" + REL + "notesSlide\" Target=\"../notesSlides/notesSlide1.xml\"/>"
            + "<Relationship Id=\"rId2\" Type=\"" + REL + "comments\" Target=\"../comments/comment1.xml\"/>"));
    put(parts, "ppt/notesSlides/notesSlide1.xml", "<p:notes xmlns:p=\"" + P + "\"/>");
    put(parts, "ppt/comments/comment1.xml", "<p:cmLst xmlns:p=\"" + P + "\"/>");
    parts.put(part, xml);
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (ZipOutputStream zip = new ZipOutputStream(out)) {
        for (Map.Entry<String, byte[]> e : parts.entrySet()) {
          ZipEntry entry = new ZipEntry(e.getKey());
          entry.setTime(0);
          zip.putNextEntry(entry);
          zip.write(e.getValue());
          zip.closeEntry();
        }
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void put(Map<String, byte[]> parts, String name, String xml) {
    parts.put(name, xml.getBytes(StandardCharsets.UTF_8));
  }

  private static String rels(String body) {
    return "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + body + "</Relationships>";
  }
}
