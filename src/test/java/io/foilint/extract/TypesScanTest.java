package io.foilint.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.detect.Finding;
import io.foilint.model.FileType;
import io.foilint.scan.FileReport;
import io.foilint.scan.ScanEngine;
import io.foilint.verdict.Policy;
import io.foilint.verdict.Verdict;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whole scans: formats named honestly, plain text judged as text, UTF-32 CSV as CSV. */
class TypesScanTest {

  @TempDir Path dir;

  private FileReport scan(String name, byte[] bytes) throws Exception {
    Path f = Files.write(Files.createTempDirectory(dir, "scan").resolve(name), bytes);
    List<FileReport> reports = new ScanEngine(Limits.DEFAULT, Policy.DEFAULT).scan(List.of(f));
    assertThat(reports).hasSize(1);
    return reports.get(0);
  }

  private static String findings(FileReport r) {
    return r.findings().stream().map(f -> f.severity() + " " + f.rule() + ": " + f.message()).toList().toString();
  }

  @Test
  void aPresentationWithAWorkbookFolderInsideIsReadAsPowerPoint() throws Exception {
    // before: any xl/ entry made it a workbook; then: PowerPoint was named but blocked as unsupported
    byte[] bytes = TypeSnifferTest.ooxml("ppt/presentation.xml",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
        TypeSnifferTest.REL_OFFICE, "xl/workbook.xml");
    FileReport r = scan("answer.pptx", bytes);
    assertThat(r.type()).isEqualTo(FileType.PPTX);
    assertThat(r.findings()).as(findings(r))
        .noneMatch(f -> f.message().contains("cannot inspect"))
        .anyMatch(f -> f.rule().equals("uninspected-part") && f.location().toString().contains("xl/workbook.xml"));
  }

  @Test
  void aWordDocumentWithAWorkbookFolderInsideIsReadAsWord() throws Exception {
    // before: any xl/ entry made it a workbook; then: Word was named but blocked as unsupported
    byte[] bytes = TypeSnifferTest.ooxml("word/document.xml",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        TypeSnifferTest.REL_OFFICE, "xl/workbook.xml");
    FileReport r = scan("answer.docx", bytes);
    assertThat(r.type()).isEqualTo(FileType.DOCX);
    assertThat(r.findings()).as(findings(r))
        .noneMatch(f -> f.message().contains("cannot inspect"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "application/vnd.oasis.opendocument.graphics, ODG, OpenDocument drawing (odg)",
  })
  void openDocumentFilesThatAreNotSpreadsheetsAreNamedAndBlocked(String mediaType, FileType type, String named)
      throws Exception {
    Map<String, String> e = new LinkedHashMap<>();
    e.put("mimetype", mediaType);
    e.put("content.xml", "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>");
    e.put("META-INF/manifest.xml", "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
        + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"" + mediaType + "\"/></manifest:manifest>");
    FileReport r = scan("answer.ods", TypeSnifferTest.zip(e));
    assertThat(r.type()).isEqualTo(type);
    assertThat(r.verdict()).isEqualTo(Verdict.BLOCK);
    assertThat(r.findings()).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo("unreadable-file");
      assertThat(f.message()).contains("foilint cannot inspect " + named + " files yet");
    });
  }

  static final String LETTER = "Northmere Constabulary\r\nFreedom of Information Unit\r\n\r\n"
      + "Dear Ms Quenby,\r\n\r\n"
      + "Thank you for your request of 3 May, which we received on the same day. We hold the\r\n"
      + "information you asked for and enclose it with this letter.\r\n\r\n"
      + "Our reference for your request is FOI-2023-0412.\r\n\r\n"
      + "Yours sincerely,\r\n\r\nFOI Officer\r\n";

  @Test
  void aLetterWithAnNiNumberIsNotPassedAndItsEvidenceIsMasked() throws Exception {
    String letter = LETTER.replace("Our reference",
        "We have noted the National Insurance number of Niamh Quenby, AB 12 34 56 C, on the file.\r\n\r\nOur reference");
    FileReport r = scan("covering-letter.txt", letter.getBytes(StandardCharsets.UTF_8));
    assertThat(r.type()).isEqualTo(FileType.TEXT);
    assertThat(r.verdict()).as(findings(r)).isNotEqualTo(Verdict.PASS);
    Finding f = r.findings().stream().filter(x -> x.rule().equals("personal-data-in-text")).findFirst().orElseThrow();
    assertThat(f.message()).contains("NI numbers").contains("lines 4, 9");
    assertThat(f.evidence()).contains("A* ## ## ## C").doesNotContain("AB 12").doesNotContain("Quenby");
  }

  @Test
  void aCleanLetterPasses() throws Exception {
    FileReport r = scan("covering-letter.txt", LETTER.getBytes(StandardCharsets.UTF_8));
    assertThat(r.type()).isEqualTo(FileType.TEXT);
    assertThat(r.verdict()).as(findings(r)).isEqualTo(Verdict.PASS);
  }

  @Test
  void utf32CsvGetsTheSameFindingsAsUtf8() throws Exception {
    StringBuilder sb = new StringBuilder("Surname,Initial,Rank,Station,Staff number\r\n");
    String[] surnames = {"Quenby", "Hartwell", "Ostrander", "Pellow", "Marchbank", "Tregothnan", "Quenby",
        "Hartwell", "Ostrander", "Pellow", "Marchbank", "Tregothnan"};
    for (int i = 0; i < surnames.length; i++) {
      sb.append(surnames[i]).append(',').append((char) ('A' + i)).append(',')
          .append(i % 2 == 0 ? "Constable" : "Sergeant").append(",Northmere,FX")
          .append(100100 + i * 7).append("\r\n");
    }
    String table = sb.toString();
    FileReport utf8 = scan("staff.csv", table.getBytes(StandardCharsets.UTF_8));
    assertThat(utf8.verdict()).isEqualTo(Verdict.BLOCK);
    assertThat(utf8.findings()).extracting(Finding::rule).contains("personal-data-table");
    for (String cs : new String[] {"UTF-32LE", "UTF-32BE"}) {
      FileReport r = scan("staff.csv", table.getBytes(Charset.forName(cs)));
      assertThat(r.type()).isEqualTo(FileType.CSV);
      assertThat(r.verdict()).isEqualTo(utf8.verdict());
      assertThat(r.findings()).extracting(Finding::rule, Finding::message, Finding::evidence)
          .isEqualTo(utf8.findings().stream().map(f -> org.assertj.core.groups.Tuple.tuple(
              f.rule(), f.message(), f.evidence())).toList());
    }
  }
}
