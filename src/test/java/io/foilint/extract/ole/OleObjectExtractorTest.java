package io.foilint.extract.ole;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.FoiLint;
import io.foilint.detect.Finding;
import io.foilint.extract.TypeSniffer;
import io.foilint.fixtures.FixtureAccess;
import io.foilint.model.FileType;
import io.foilint.scan.FileReport;
import io.foilint.verdict.Verdict;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.poifs.filesystem.Ole10Native;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An OLE object storage (an xlsx's {@code oleObject1.bin}) is opened and what it wraps read as a
 * document of its own; one that wraps nothing foilint reads is reported, not passed.
 */
class OleObjectExtractorTest {

  @TempDir Path dir;

  @Test
  void aFileInAnOle10NativePackageIsReadUnderItsOwnName() throws Exception {
    byte[] workbook = FixtureAccess.hiddenSheetWorkbook();
    Path object = write("oleObject1.bin", packager("headcount.xlsx", workbook));
    assertThat(TypeSniffer.sniff(object)).isEqualTo(FileType.OLE_OBJECT);
    FileReport r = scan(object);
    assertThat(r.verdict()).isEqualTo(Verdict.BLOCK);
    assertThat(r.findings()).as(r.findings().toString()).anySatisfy(f -> {
      assertThat(f.rule()).isEqualTo("hidden-sheet");
      assertThat(f.location().container()).isEqualTo("headcount.xlsx");
    });
  }

  @Test
  void aPdfInAContentsStreamIsRead() throws Exception {
    byte[] pdf = FixtureAccess.pdfWithAttachment("headcount.xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", FixtureAccess.hiddenSheetWorkbook());
    Path object = write("oleObject2.bin", storage("CONTENTS", pdf));
    FileReport r = scan(object);
    assertThat(r.findings()).as(r.findings().toString()).anySatisfy(f -> {
      assertThat(f.rule()).isEqualTo("hidden-sheet");
      assertThat(f.location().container()).isEqualTo("CONTENTS!/headcount.xlsx");
    });
  }

  @Test
  void anObjectThatWrapsNothingReadableIsReportedAsNotInspected() throws Exception {
    // a CONTENTS stream is there, so the storage is an object, but its bytes are of no known kind
    byte[] noise = new byte[600];
    for (int i = 0; i < noise.length; i++) {
      noise[i] = (byte) (i * 7 + 1);
    }
    FileReport r = scan(write("oleObject3.bin", storage("CONTENTS", noise)));
    List<Finding> notRead = r.findings().stream().filter(f -> f.rule().equals("uninspected-part")).toList();
    assertThat(notRead).as(r.findings().toString()).isNotEmpty();
    assertThat(r.verdict()).isNotEqualTo(Verdict.PASS);
  }

  @Test
  void aDamagedNativeHeaderIsBlock() throws Exception {
    FileReport r = scan(write("oleObject4.bin", storage(Ole10Native.OLE10_NATIVE, new byte[] {9, 0, 0, 0, 1})));
    assertThat(r.verdict()).isEqualTo(Verdict.BLOCK);
    assertThat(r.findings()).anySatisfy(f -> {
      assertThat(f.rule()).isEqualTo("unreadable-file");
      assertThat(f.message()).contains("OLE package is damaged");
    });
  }

  @Test
  void anOfficeDocumentIsNotTakenForAnObject() throws Exception {
    byte[] plain = storage("Workbook", "not really BIFF".getBytes(StandardCharsets.US_ASCII));
    assertThat(TypeSniffer.sniff(write("book.xls", plain))).isEqualTo(FileType.XLS);
  }

  private static byte[] packager(String fileName, byte[] data) throws Exception {
    Ole10Native nat = new Ole10Native(fileName, fileName, "C:\\\\Temp\\\\" + fileName, data);
    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    nat.writeOut(stream);
    return storage(Ole10Native.OLE10_NATIVE, stream.toByteArray());
  }

  private static byte[] storage(String stream, byte[] data) throws Exception {
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      fs.createDocument(new ByteArrayInputStream(data), stream);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      fs.writeFilesystem(out);
      return out.toByteArray();
    }
  }

  private Path write(String name, byte[] bytes) throws Exception {
    Path p = dir.resolve(name);
    Files.write(p, bytes);
    return p;
  }

  private static FileReport scan(Path p) throws Exception {
    List<FileReport> files = FoiLint.check(p).files();
    assertThat(files).hasSize(1);
    return files.get(0);
  }
}
