package io.foilint.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.model.FileType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Types from content: packages by their main part, OLE2 by root entries, text by structure. */
class TypeSnifferTest {

  static final String REL_OFFICE =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
  static final String REL_OFFICE_STRICT =
      "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument";
  static final String CT_WORKBOOK =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
  static final String CT_PRESENTATION =
      "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml";

  @TempDir Path dir;

  /** Builds a zip from name → content, in order. */
  static byte[] zip(Map<String, String> entries) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, String> e : entries.entrySet()) {
        z.putNextEntry(new ZipEntry(e.getKey()));
        z.write(e.getValue().getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  static String contentTypes(String partName, String contentType) {
    return "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + (partName == null ? "" : "<Override PartName=\"" + partName + "\" ContentType=\"" + contentType + "\"/>")
        + "</Types>";
  }

  static String rels(String type, String target) {
    return "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"" + type + "\" Target=\"" + target + "\"/></Relationships>";
  }

  /** An OOXML package: content types, package relationship to {@code main}, the main part. */
  static byte[] ooxml(String main, String contentType, String relType, String... extraParts) throws Exception {
    Map<String, String> e = new LinkedHashMap<>();
    e.put("[Content_Types].xml", contentTypes("/" + main, contentType));
    e.put("_rels/.rels", rels(relType, main));
    e.put(main, "<x/>");
    for (String p : extraParts) {
      e.put(p, "<x/>");
    }
    return zip(e);
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.CsvSource({
      "application/vnd.oasis.opendocument.spreadsheet, FODS",
      "application/vnd.oasis.opendocument.text, FODT",
      "application/vnd.oasis.opendocument.presentation, FODP",
  })
  void flatOpenDocumentFilesAreTypedByTheirRootMimetype(String mimetype, FileType expected) throws Exception {
    String flat = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document"
        + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" office:version=\"1.3\""
        + " office:mimetype=\"" + mimetype + "\"><office:body/></office:document>";
    assertThat(sniff(flat.getBytes(java.nio.charset.StandardCharsets.UTF_8))).isEqualTo(expected);
  }

  private FileType sniff(byte[] bytes) throws Exception {
    return TypeSniffer.sniff(Files.write(dir.resolve("f.bin"), bytes));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "xl/workbook.xml, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml, XLSX",
      "xl/workbook.xml, application/vnd.ms-excel.sheet.macroEnabled.main+xml, XLSX",
      "xl/workbook.bin, application/vnd.ms-excel.sheet.binary.macroEnabled.main, XLSB",
      "word/document.xml, application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml, DOCX",
      "ppt/presentation.xml, application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml, PPTX",
      "ppt/presentation.xml, application/vnd.openxmlformats-officedocument.presentationml.slideshow.main+xml, PPTX",
      "ppt/presentation.xml, application/vnd.openxmlformats-officedocument.presentationml.template.main+xml, PPTX",
      "visio/document.xml, application/vnd.ms-visio.drawing.main+xml, VISIO",
  })
  void ooxmlIsTypedByTheContentTypeOfItsMainPart(String main, String contentType, FileType expected) throws Exception {
    assertThat(sniff(ooxml(main, contentType, REL_OFFICE))).isEqualTo(expected);
  }

  @Test
  void aPdfHeaderAfterJunkInTheFirstKilobyteIsAPdfNotText() throws Exception {
    // viewers open such a file as a PDF; found by fuzzing (read as text, it passed)
    Path junkFirst = dir.resolve("junk-first");
    java.nio.file.Files.writeString(junkFirst, "x".repeat(300) + "\n%PDF-1.6\n1 0 obj\n<< /Type /Catalog >>\nendobj\n");
    assertThat(TypeSniffer.sniff(junkFirst)).isEqualTo(FileType.PDF);
    Path farOff = dir.resolve("far-off");
    java.nio.file.Files.writeString(farOff, "Dear requester,\n" + "x".repeat(2000) + "\n%PDF-1.6 is a format\n");
    assertThat(TypeSniffer.sniff(farOff)).isEqualTo(FileType.TEXT);
  }

  @Test
  void strictRelationshipNamespaceIsFollowed() throws Exception {
    assertThat(sniff(ooxml("xl/workbook.xml", CT_WORKBOOK, REL_OFFICE_STRICT))).isEqualTo(FileType.XLSX);
    assertThat(sniff(ooxml("ppt/presentation.xml", CT_PRESENTATION, REL_OFFICE_STRICT))).isEqualTo(FileType.PPTX);
  }

  @Test
  void aPresentationWithWorkbookFoldersIsStillAPresentation() throws Exception {
    // before: any xl/ entry made a package a workbook; the main part decides now
    byte[] pptx = ooxml("ppt/presentation.xml", CT_PRESENTATION, REL_OFFICE,
        "xl/workbook.xml", "xl/worksheets/sheet1.xml", "ppt/embeddings/Microsoft_Excel_Worksheet.xlsx");
    assertThat(sniff(pptx)).isEqualTo(FileType.PPTX);
  }

  @Test
  void aWorkbookWithOddExtraPartsStaysAWorkbook() throws Exception {
    byte[] xlsx = ooxml("xl/workbook.xml", CT_WORKBOOK, REL_OFFICE,
        "ppt/slides/slide1.xml", "word/document.xml", "customXml/item1.xml", "odd/part.bin");
    assertThat(sniff(xlsx)).isEqualTo(FileType.XLSX);
  }

  @Test
  void withoutRelationshipsTheMainContentTypeAmongOverridesDecides() throws Exception {
    Map<String, String> e = new LinkedHashMap<>();
    e.put("[Content_Types].xml", contentTypes("/ppt/presentation.xml", CT_PRESENTATION));
    e.put("ppt/presentation.xml", "<x/>");
    e.put("xl/stray.xml", "<x/>");
    assertThat(sniff(zip(e))).isEqualTo(FileType.PPTX);
  }

  @Test
  void withNeitherTheFolderDecides() throws Exception {
    Map<String, String> e = new LinkedHashMap<>();
    e.put("[Content_Types].xml", contentTypes(null, null));
    e.put("ppt/presentation.xml", "<x/>");
    assertThat(sniff(zip(e))).isEqualTo(FileType.PPTX);
    e.remove("[Content_Types].xml");
    assertThat(sniff(zip(e))).isEqualTo(FileType.PPTX);
  }

  @Test
  void anUnknownOpcPackageIsNamedNotGuessedAWorkbook() throws Exception {
    Map<String, String> e = new LinkedHashMap<>();
    e.put("[Content_Types].xml", contentTypes("/FixedDocumentSequence.fdseq",
        "application/vnd.ms-package.xps-fixeddocumentsequence+xml"));
    e.put("_rels/.rels", rels("http://schemas.microsoft.com/xps/2005/06/fixedrepresentation",
        "FixedDocumentSequence.fdseq"));
    e.put("FixedDocumentSequence.fdseq", "<x/>");
    assertThat(sniff(zip(e))).isEqualTo(FileType.OPC_OTHER);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "application/vnd.oasis.opendocument.spreadsheet, ODS",
      "application/vnd.oasis.opendocument.spreadsheet-template, ODS",
      "application/vnd.oasis.opendocument.text, ODT",
      "application/vnd.oasis.opendocument.text-master, ODT",
      "application/vnd.oasis.opendocument.presentation, ODP",
      "application/vnd.oasis.opendocument.graphics, ODG",
      "application/vnd.oasis.opendocument.chart, ODC",
      "application/vnd.oasis.opendocument.formula, ODF_OTHER",
  })
  void odfIsTypedByItsMimetypeAndItsManifest(String mediaType, FileType expected) throws Exception {
    String manifest = "<?xml version=\"1.0\"?><manifest:manifest"
        + " xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
        + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"" + mediaType + "\"/>"
        + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
        + "</manifest:manifest>";
    Map<String, String> e = new LinkedHashMap<>();
    e.put("mimetype", mediaType);
    e.put("content.xml", "<x/>");
    e.put("META-INF/manifest.xml", manifest);
    assertThat(sniff(zip(e))).isEqualTo(expected);
    e.remove("mimetype");
    assertThat(sniff(zip(e))).as("manifest only").isEqualTo(expected);
  }

  @Test
  void aZipOfFilesIsABundle() throws Exception {
    assertThat(sniff(zip(Map.of("staff.csv", "a,b\n1,2\n", "notes/readme.txt", "hello"))))
        .isEqualTo(FileType.ZIP);
  }

  @Test
  void aDamagedZipIsTypedFromItsLocalHeadersOrNamedDamaged() throws Exception {
    byte[] pptx = ooxml("ppt/presentation.xml", CT_PRESENTATION, REL_OFFICE);
    // cut where the central directory starts: commons-compress cannot open it
    int directory = 0;
    while (!(pptx[directory] == 'P' && pptx[directory + 1] == 'K' && pptx[directory + 2] == 1
        && pptx[directory + 3] == 2)) {
      directory++;
    }
    byte[] cut = java.util.Arrays.copyOf(pptx, directory);
    assertThat(sniff(cut)).isEqualTo(FileType.PPTX);
    byte[] bundle = zip(Map.of("a.csv", "x,y\n"));
    assertThat(sniff(java.util.Arrays.copyOf(bundle, 40))).isEqualTo(FileType.DAMAGED_ZIP);
  }

  /** An OLE2 file with one stream (or storage) of this name at its root. */
  static byte[] ole2(String rootEntry, boolean storage) throws Exception {
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      if (storage) {
        fs.getRoot().createDirectory(rootEntry).createDocument("Contents", new ByteArrayInputStream(new byte[64]));
      } else {
        fs.createDocument(new ByteArrayInputStream(new byte[4096]), rootEntry);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      fs.writeFilesystem(out);
      return out.toByteArray();
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "Workbook, false, XLS",
      "Book, false, XLS",
      "WordDocument, false, DOC",
      "PowerPoint Document, false, PPT",
      "VisioDocument, false, VISIO",
      "Quill, true, PUBLISHER",
      "__substg1.0_0037001F, false, MSG",
      "__properties_version1.0, false, MSG",
      "Equation Native, false, UNKNOWN",
  })
  void ole2IsTypedByItsRootEntries(String entry, boolean storage, FileType expected) throws Exception {
    assertThat(sniff(ole2(entry, storage))).isEqualTo(expected);
  }

  @Test
  void aDamagedOle2IsAWorkbookOnlyWithAWorkbookStream() throws Exception {
    byte[] ppt = ole2("PowerPoint Document", false);
    byte[] damagedPpt = ppt.clone();
    // break the header's FAT sector count and first directory sector so POI refuses it
    for (int i = 0x2C; i < 0x34; i++) {
      damagedPpt[i] = (byte) 0xFF;
    }
    assertThat(sniff(damagedPpt)).isEqualTo(FileType.PPT);
    byte[] xls = ole2("Workbook", false);
    for (int i = 0x2C; i < 0x34; i++) {
      xls[i] = (byte) 0xFF;
    }
    assertThat(sniff(xls)).isEqualTo(FileType.XLS);
    byte[] junk = new byte[2048];
    System.arraycopy(ppt, 0, junk, 0, 8);
    assertThat(sniff(junk)).isEqualTo(FileType.DAMAGED_OLE2);
  }

  @Test
  void mailAndRtfAreKnownByTheirContent() throws Exception {
    assertThat(sniffText("From: FOI Unit <foi@example.invalid>\r\nTo: a@example.invalid\r\n"
        + "Subject: Reply\r\nMIME-Version: 1.0\r\n\r\nDear requester,\r\n", StandardCharsets.UTF_8))
        .isEqualTo(FileType.EML);
    assertThat(sniffText("Received: from mx.example.invalid\n\tby mx2.example.invalid\n"
        + "Date: Mon, 4 Mar 2024 10:00:00 +0000\n\nbody\n", StandardCharsets.UTF_8))
        .isEqualTo(FileType.EML);
    // a covering note that starts with a subject line is a letter, not a message
    assertThat(sniffText("Subject: your request\n\nDear Ms Quenby, thank you for writing.\n",
        StandardCharsets.UTF_8)).isEqualTo(FileType.TEXT);
    assertThat(sniffText("To: the requester\nRe: FOI 117\nWe hold the information.\n",
        StandardCharsets.UTF_8)).isEqualTo(FileType.TEXT);
    assertThat(sniffText("{\\rtf1\\ansi Dear Sir,\\par}", StandardCharsets.US_ASCII))
        .isEqualTo(FileType.RTF);
    assertThat(sniffText("The file format {\\rtf is named in this note.\n", StandardCharsets.US_ASCII))
        .isEqualTo(FileType.TEXT);
  }

  @Test
  void textIsCsvOnlyWhenDelimited() throws Exception {
    assertThat(sniffText("Name,Rank,Station\nQuenby,Sergeant,Northmere\nHartwell,Constable,Caldbridge\n",
        StandardCharsets.UTF_8)).isEqualTo(FileType.CSV);
    assertThat(sniffText("Dear Ms Quenby,\n\nThank you for your request of 3 May, which we received"
        + " on the same day.\n\nYours sincerely,\nAled Hartwell\n", StandardCharsets.UTF_8))
        .isEqualTo(FileType.TEXT);
    assertThat(sniffText("{\"name\": \"x\", \"rank\": \"y\"}\n{\"name\": \"z\", \"rank\": \"w\"}\n",
        StandardCharsets.UTF_8)).isEqualTo(FileType.TEXT);
    // a web page is read as one (Tika's HTML parser), never as a table
    assertThat(sniffText("<html><body><p>Hello, there, reader</p>\n<p>Again, and, again</p></body></html>\n",
        StandardCharsets.UTF_8)).isEqualTo(FileType.HTML);
    assertThat(sniffText("# Notes\n\nThe meeting was held on Monday and everyone who was invited came along.\n",
        StandardCharsets.UTF_8)).isEqualTo(FileType.TEXT);
    // a table one of whose columns holds sentences is still a table
    assertThat(sniffText("id\tverdict\tnote\n1\tPASS\tthe file holds nothing that a reader cannot see at all today\n"
        + "2\tBLOCK\ta hidden sheet lists two hundred invented members of staff with their numbers\n",
        StandardCharsets.UTF_8)).isEqualTo(FileType.CSV);
  }

  @Test
  void utf32TextIsText() throws Exception {
    String csv = "Name,Rank\nQuenby,Sergeant\nHartwell,Constable\n";
    assertThat(sniffText(csv, Charset.forName("UTF-32LE"))).isEqualTo(FileType.CSV);
    assertThat(sniffText(csv, Charset.forName("UTF-32BE"))).isEqualTo(FileType.CSV);
    byte[] bom = {(byte) 0xFF, (byte) 0xFE, 0, 0};
    byte[] body = csv.getBytes(Charset.forName("UTF-32LE"));
    byte[] all = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, all, 0, 4);
    System.arraycopy(body, 0, all, 4, body.length);
    assertThat(sniff(all)).isEqualTo(FileType.CSV);
  }

  @Test
  void binaryIsNotText() throws Exception {
    byte[] gzip;
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (OutputStream z = new java.util.zip.GZIPOutputStream(b)) {
      z.write("Name,Rank\nQuenby,Sergeant\n".repeat(50).getBytes(StandardCharsets.UTF_8));
    }
    gzip = b.toByteArray();
    assertThat(sniff(gzip)).isEqualTo(FileType.UNKNOWN);
  }

  private FileType sniffText(String text, Charset cs) throws Exception {
    return sniff(text.getBytes(cs));
  }
}
