package io.foilint.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.FoiLint;
import io.foilint.detect.Finding;
import io.foilint.detect.Severity;
import io.foilint.source.RawZip;
import io.foilint.verdict.Verdict;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Zip containers and package parts through the whole engine: every malformed or disguised input
 * is built here, byte by byte where no library would write it, and must come out BLOCK (or at
 * least REVIEW) with the reason — never PASS, never a crash.
 */
class ZipIntegrityScanTest {

  @TempDir Path dir;

  static final String STAFF_CSV = "Surname,First name,Staff number,Rank\n"
      + "Quenby,Niamh,FX100231,Sergeant\nHartwell,Aled,FX100232,Constable\n"
      + "Ostrander,Priya,FX100233,Inspector\nPellow,Tomasz,FX100234,Constable\n"
      + "Marchbank,Grace,FX100235,Sergeant\n";

  // ---- building ---------------------------------------------------------------------------

  /** An innocuous one-sheet workbook: counts only, no people. */
  static byte[] countsWorkbook() throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      XSSFSheet s = wb.createSheet("Counts");
      s.createRow(0).createCell(0).setCellValue("District");
      s.getRow(0).createCell(1).setCellValue("Incidents");
      String[] d = {"Northmere", "Caldbridge", "Eastholm"};
      for (int i = 0; i < d.length; i++) {
        s.createRow(i + 1).createCell(0).setCellValue(d[i]);
        s.getRow(i + 1).createCell(1).setCellValue(40 + i * 7);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    }
  }

  /** A workbook listing staff (personal data). */
  static byte[] staffWorkbook() throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      XSSFSheet s = wb.createSheet("Staff");
      String[] lines = STAFF_CSV.split("\n");
      for (int r = 0; r < lines.length; r++) {
        String[] cells = lines[r].split(",");
        for (int c = 0; c < cells.length; c++) {
          if (c == 0) {
            s.createRow(r);
          }
          s.getRow(r).createCell(c).setCellValue(cells[c]);
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    }
  }

  static Map<String, byte[]> entries(byte[] zip) throws Exception {
    Map<String, byte[]> m = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        m.put(e.getName(), in.readAllBytes());
      }
    }
    return m;
  }

  /** The workbook's entries plus {@code extra}, with content types declared for them. */
  static RawZip xlsxWith(byte[] xlsx, Map<String, byte[]> extra, Map<String, String> overrides)
      throws Exception {
    Map<String, byte[]> m = entries(xlsx);
    String types = new String(m.get("[Content_Types].xml"), StandardCharsets.UTF_8);
    StringBuilder add = new StringBuilder();
    if (!types.contains("Extension=\"png\"")) {
      add.append("<Default Extension=\"png\" ContentType=\"image/png\"/>");
    }
    overrides.forEach((part, type) ->
        add.append("<Override PartName=\"/").append(part).append("\" ContentType=\"").append(type)
            .append("\"/>"));
    m.put("[Content_Types].xml",
        types.replace("</Types>", add + "</Types>").getBytes(StandardCharsets.UTF_8));
    m.putAll(extra);
    RawZip z = new RawZip();
    m.forEach(z::add);
    return z;
  }

  static RawZip xlsx(byte[] xlsx) throws Exception {
    return xlsxWith(xlsx, Map.of(), Map.of());
  }

  private FileReport scan(String name, byte[] bytes) throws Exception {
    Path p = dir.resolve(name);
    Files.write(p, bytes);
    List<FileReport> files = FoiLint.check(p).files();
    assertThat(files).isNotEmpty();
    return files.get(0);
  }

  private static List<Finding> rule(FileReport r, String id) {
    return r.findings().stream().filter(f -> f.rule().equals(id)).toList();
  }

  private static void blocked(FileReport r, String ruleId, String... phrases) {
    assertThat(r.verdict()).as(r.findings().toString()).isEqualTo(Verdict.BLOCK);
    assertThat(rule(r, ruleId)).as(r.findings().toString()).anySatisfy(f -> {
      assertThat(f.severity()).isEqualTo(Severity.BLOCK);
      for (String p : phrases) {
        assertThat(f.message()).contains(p);
      }
    });
  }

  // ---- zip structure ----------------------------------------------------------------------

  @Test
  void aBundleWithADamagedCentralDirectoryIsBlockNotAnEmptyBundle() throws Exception {
    RawZip z = new RawZip();
    z.add("staff.csv", STAFF_CSV);
    byte[] zip = z.bytes();
    zip[RawZip.centralDirectoryOffset(zip) + 2] = 0x00; // one stray byte in the directory
    // the type sniffer already finds the container damaged (no central directory it can list)
    blocked(scan("bundle.zip", zip), "unreadable-file", "structure is damaged");
  }

  @Test
  void aWorkbookWithADamagedCentralDirectoryIsBlock() throws Exception {
    byte[] xlsx = xlsx(countsWorkbook()).bytes();
    xlsx[RawZip.centralDirectoryOffset(xlsx) + 50] ^= 0x5A;
    FileReport r = scan("counts.xlsx", xlsx);
    assertThat(r.verdict()).isEqualTo(Verdict.BLOCK);
    assertThat(rule(r, "unreadable-file")).isNotEmpty();
  }

  @Test
  void aHiddenLocalEntryInABundleIsBlock() throws Exception {
    RawZip z = new RawZip();
    z.add("summary.txt", "Nothing to see");
    z.add("staff.csv", STAFF_CSV).hidden();
    blocked(scan("bundle.zip", z.bytes()), "unreadable-file", "'staff.csv'", "does not list");
  }

  @Test
  void aSecondEmptyEndRecordIsBlock() throws Exception {
    RawZip z = new RawZip();
    z.add("staff.csv", STAFF_CSV);
    blocked(scan("bundle.zip", z.secondEmptyEnd().bytes()), "unreadable-file",
        "second end-of-central-directory record");
    blocked(scan("counts.xlsx", xlsx(countsWorkbook()).secondEmptyEnd().bytes()), "unreadable-file",
        "lists no entries");
  }

  @Test
  void aCrcMismatchInAWorkbookIsBlock() throws Exception {
    RawZip z = new RawZip();
    entries(countsWorkbook()).forEach((name, data) -> {
      RawZip.Entry e = z.add(name, data);
      if (name.equals("xl/workbook.xml")) {
        e.wrongCrc();
      }
    });
    blocked(scan("counts.xlsx", z.bytes()), "unreadable-file", "'xl/workbook.xml'", "CRC");
  }

  @Test
  void zstdAndXzEntriesAreBlockWithTheMethodNamedNotACrash() throws Exception {
    for (int[] m : new int[][] {{93}, {95}}) {
      RawZip z = new RawZip();
      z.add("staff.csv", STAFF_CSV).method(m[0]);
      blocked(scan("bundle-" + m[0] + ".zip", z.bytes()), "unreadable-file",
          m[0] == 93 ? "zstd" : "xz", "method " + m[0]);
    }
    RawZip x = xlsx(countsWorkbook());
    x.add("xl/media/image9.png", STAFF_CSV).method(93);
    blocked(scan("counts.xlsx", x.bytes()), "unreadable-file", "zstd");
  }

  @Test
  void anEncryptedEntryIsEncryptedFile() throws Exception {
    RawZip z = new RawZip();
    z.add("staff.csv", STAFF_CSV).stored().flag(1);
    blocked(scan("bundle.zip", z.bytes()), "encrypted-file", "'staff.csv'", "encrypted");
  }

  @Test
  void invalidPartNamesBlockAPackageButNotABundle() throws Exception {
    for (String bad : List.of("../staff.csv", "xl\\staff.xml", "xl/%2e%2e/staff.xml", "/xl/x.xml",
        "xl/a\u0007.xml")) {
      RawZip x = xlsx(countsWorkbook());
      x.add(bad, STAFF_CSV);
      FileReport r = scan("counts.xlsx", x.bytes());
      blocked(r, "unreadable-file", "invalid name");
      assertThat(r.findings().toString()).doesNotContain("\u0007");
    }
    RawZip bundle = new RawZip();
    bundle.add("../counts.csv", "District,Incidents\nNorthmere,40\nCaldbridge,47\n");
    FileReport b = scan("bundle.zip", bundle.bytes());
    assertThat(b.findings()).noneSatisfy(f -> assertThat(f.message()).contains("invalid name"));
  }

  // ---- package parts ----------------------------------------------------------------------

  @Test
  void aWorkbookHiddenAsAPictureIsBlockAndScanned() throws Exception {
    RawZip x = xlsxWith(countsWorkbook(), Map.of("xl/media/image1.png", staffWorkbook()), Map.of());
    FileReport r = scan("counts.xlsx", x.bytes());
    blocked(r, "uninspected-part", "xl/media/image1.png", "zip package");
    // the hidden workbook itself was scanned: findings located inside it
    assertThat(r.findings()).anySatisfy(f -> {
      assertThat(f.location().container()).isEqualTo("xl/media/image1.png");
      assertThat(f.rule()).isNotEqualTo("uninspected-part");
    });
  }

  @Test
  void delimitedTextUnderAnOddNameIsBlock() throws Exception {
    RawZip x = xlsxWith(countsWorkbook(), Map.of("xl/printerSettings/printerSettings1.bin",
        STAFF_CSV.getBytes(StandardCharsets.UTF_8)), Map.of("xl/printerSettings/printerSettings1.bin",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.printerSettings"));
    blocked(scan("counts.xlsx", x.bytes()), "uninspected-part", "delimited rows");
  }

  @Test
  void aRealPictureIsReportedOnceAsReview() throws Exception {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    RawZip x = xlsxWith(countsWorkbook(),
        Map.of("xl/media/image1.png", png, "xl/media/image2.png", png), Map.of());
    FileReport r = scan("counts.xlsx", x.bytes());
    assertThat(r.verdict()).as(r.findings().toString()).isEqualTo(Verdict.REVIEW);
    assertThat(rule(r, "uninspected-part")).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.REVIEW);
      assertThat(f.message()).contains("2 pictures").contains("xl/media/image2.png")
          .contains("2 of them shown nowhere")
          // a PNG signature and no more: its metadata cannot be read, which the one finding says
          .contains("the metadata of xl/media/image1.png, xl/media/image2.png could not be read");
    });
  }

  @Test
  void anOrphanSharedStringsPartIsBlockAndSaysOrphan() throws Exception {
    String sst = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/"
        + "spreadsheetml/2006/main\" count=\"2\" uniqueCount=\"2\"><si><t>Quenby Niamh FX100231</t></si>"
        + "<si><t>Hartwell Aled FX100232</t></si></sst>";
    RawZip x = xlsxWith(countsWorkbook(),
        Map.of("xl/sharedStrings9.xml", sst.getBytes(StandardCharsets.UTF_8)),
        Map.of("xl/sharedStrings9.xml",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"));
    blocked(scan("counts.xlsx", x.bytes()), "uninspected-part", "xl/sharedStrings9.xml",
        "no sheet of the workbook shows", "orphan");
  }

  @Test
  void odsPartsInConfigurationsAndPicturesAreReadOrReported() throws Exception {
    String manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
        + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.spreadsheet\"/>"
        + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
        + "<manifest:file-entry manifest:full-path=\"settings.xml\" manifest:media-type=\"text/xml\"/>"
        + "</manifest:manifest>";
    String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
        + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
        + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
        + "<office:body><office:spreadsheet><table:table table:name=\"Counts\"><table:table-row>"
        + "<table:table-cell office:value-type=\"string\"><text:p>District</text:p></table:table-cell>"
        + "</table:table-row></table:table></office:spreadsheet></office:body></office:document-content>";
    String settings = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<office:document-settings xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
        + " xmlns:config=\"urn:oasis:names:tc:opendocument:xmlns:config:1.0\"><office:settings>"
        + "<config:config-item-set config:name=\"ooo:configuration-settings\">"
        + "<config:config-item config:name=\"PrinterName\" config:type=\"string\">Office Laser</config:config-item>"
        + "<config:config-item config:name=\"CursorPositionX\" config:type=\"int\">3</config:config-item>"
        + "</config:config-item-set></office:settings></office:document-settings>";
    RawZip z = new RawZip();
    z.add("mimetype", "application/vnd.oasis.opendocument.spreadsheet").stored();
    z.add("META-INF/manifest.xml", manifest);
    z.add("content.xml", content);
    z.add("settings.xml", settings);
    z.add("Configurations2/accelerator/current.xml", STAFF_CSV);
    FileReport r = scan("counts.ods", z.bytes());
    blocked(r, "uninspected-part", "Configurations2/accelerator/current.xml", "delimited rows",
        "orphan");
    assertThat(r.findings()).noneSatisfy(f -> assertThat(f.location().place()).isEqualTo("settings.xml")
        .as("settings.xml is read, not reported as uninspected"));

    RawZip p = new RawZip();
    p.add("mimetype", "application/vnd.oasis.opendocument.spreadsheet").stored();
    p.add("META-INF/manifest.xml", manifest);
    p.add("content.xml", content);
    p.add("Pictures/100000000000.png", staffWorkbook());
    FileReport pr = scan("pictures.ods", p.bytes());
    blocked(pr, "uninspected-part", "Pictures/100000000000.png", "zip package");
  }
}
