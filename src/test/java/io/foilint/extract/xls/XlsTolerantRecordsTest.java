package io.foilint.extract.xls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.ExtractionException;
import io.foilint.extract.ExtractionException.Reason;
import io.foilint.model.Cell;
import io.foilint.model.Fact;
import io.foilint.model.FactKind;
import io.foilint.model.Visibility;
import io.foilint.testing.RecordingHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workbooks written with HSSF whose Workbook stream is then patched record by record into the
 * shapes real files take (over-long DELTA/TABLE/XF, an impossible XF length, a BIFF5-style OBJ):
 * they are read, and every change is reported. Damage outside those shapes still fails closed.
 */
class XlsTolerantRecordsTest {

  private static final int SID_BOF = 0x0809;
  private static final int SID_DELTA = 0x0010;
  private static final int SID_XF = 0x00E0;
  private static final int SID_TABLE = 0x0236;
  private static final int SID_OBJ = 0x005D;
  private static final int SID_CONTINUE = 0x003C;
  private static final int SID_FILEPASS = 0x002F;
  private static final int SID_LABELSST = 0x00FD;

  @TempDir Path dir;

  /** One BIFF record; {@code declared} is the length written in its header (normally the body's). */
  private record Rec(int sid, int declared, byte[] body) {
    Rec(int sid, byte[] body) {
      this(sid, body.length, body);
    }
  }

  // ---- end to end: patched workbooks through the extractor ----

  @Test
  void deltaWithTrailingBytesIsReadAndNamedInAFact() throws Exception {
    Path f = patched(this::staffSheet, recs -> {
      int i = first(recs, SID_DELTA);
      recs.set(i, new Rec(SID_DELTA, concat(recs.get(i).body(), new byte[] {0x11, 0, 2, 0, 0, 0, 0, 0})));
    });
    RecordingHandler h = read(f);
    assertStaffCellsRead(h);
    Fact fact = repairFact(h, "record 0x0010");
    assertThat(fact.attr("record")).isEqualTo("DELTA");
    assertThat(fact.attr("bytesNotRead")).isEqualTo("8");
    assertThat(fact.attr("change")).isEqualTo("EXTRA_BYTES_NOT_READ");
    assertThat(fact.value()).contains("sheet 'Staff'").contains("8 byte(s) more")
        .contains("calculation setting record").doesNotContain("DELTA");
    // the sentence is the message: located at the file, not at an OLE stream's name
    assertThat(fact.flag("sentence")).isTrue();
    assertThat(fact.location().place()).isEmpty();
  }

  @Test
  void tableWithTrailingBytesIsReadAndNamedInAFact() throws Exception {
    Path f = patched(this::staffSheet, recs -> {
      // A data-table marker as LibreOffice writes it: the 16 bytes of the type plus 2 more.
      byte[] table = {3, 0, 3, 0, 4, 4, 3, 0, 4, 0, 0, 0, 1, 0, 0, 0, 0, 0};
      recs.add(first(recs, SID_DELTA) + 1, new Rec(SID_TABLE, table));
    });
    RecordingHandler h = read(f);
    assertStaffCellsRead(h);
    Fact fact = repairFact(h, "record 0x0236");
    assertThat(fact.attr("record")).isEqualTo("TABLE");
    assertThat(fact.attr("bytesNotRead")).isEqualTo("2");
  }

  @Test
  void xfWithImpossibleLengthIsReadAtItsFixedSizeAndNamedInAFact() throws Exception {
    Path f = patched(this::staffSheet, recs -> {
      int i = first(recs, SID_XF);
      recs.set(i, new Rec(SID_XF, 38932, recs.get(i).body()));
    });
    RecordingHandler h = read(f);
    assertStaffCellsRead(h);
    Fact fact = repairFact(h, "record 0x00E0");
    assertThat(fact.attr("change")).isEqualTo("IMPOSSIBLE_LENGTH_REPLACED");
    assertThat(fact.value()).contains("workbook settings").contains("impossible length");
  }

  @Test
  void overLongXfRecordsKeepTheStyleMeaningOfTheirFixedPart() throws Exception {
    Path f = patched(wb -> {
      HSSFSheet s = wb.createSheet("N");
      CellStyle blank = wb.createCellStyle();
      blank.setDataFormat(wb.createDataFormat().getFormat(";;;"));
      Row r = s.createRow(0);
      r.createCell(0).setCellValue(123456);
      r.getCell(0).setCellStyle(blank);
      r.createCell(1).setCellValue(7);
    }, recs -> recs.replaceAll(r -> r.sid() == SID_XF ? new Rec(SID_XF, concat(r.body(), new byte[4])) : r));
    RecordingHandler h = read(f);
    assertThat(cell(h, "N", "A1").visibility()).isEqualTo(Visibility.BLANK_NUMBER_FORMAT);
    assertThat(cell(h, "N", "B1").visibility()).isEqualTo(Visibility.VISIBLE);
    Fact fact = repairFact(h, "record 0x00E0");
    assertThat(fact.intAttr("records")).isGreaterThan(15);
    assertThat(fact.intAttr("bytesNotRead")).isEqualTo(4 * fact.intAttr("records"));
  }

  @Test
  void objWithAMisSizedCommonDataPartIsLeftOutAndNamedInAFact() throws Exception {
    Path f = patched(this::staffSheet, recs -> {
      // BIFF5-style line object whose id (0x15) reads as ftCmo with size 0.
      byte[] obj = concat(new byte[] {0x15, 0, 0, 0, 1, 0, 0x15, 0, 2, 4}, new byte[32]);
      recs.add(first(recs, SID_DELTA) + 1, new Rec(SID_OBJ, obj));
    });
    RecordingHandler h = read(f);
    assertStaffCellsRead(h);
    Fact fact = repairFact(h, "record 0x005D");
    assertThat(fact.attr("change")).isEqualTo("RECORD_LEFT_OUT");
    assertThat(fact.attr("bytesNotRead")).isEqualTo("42");
    assertThat(fact.value()).contains("1 drawing object record(s)").doesNotContain("OBJ");
  }

  @Test
  void anUntouchedWorkbookGetsNoRepairFact() throws Exception {
    Path f = patched(this::staffSheet, recs -> {});
    RecordingHandler h = read(f);
    assertStaffCellsRead(h);
    assertThat(h.facts(FactKind.UNINSPECTED_PART)).noneMatch(x -> x.name().startsWith("record 0x"));
  }

  @Test
  void xfWithImpossibleLengthAndNoRecordAfterItsFixedPartIsCorrupt() throws Exception {
    Path f = patched(this::staffSheet, recs -> {
      int i = first(recs, SID_XF);
      recs.set(i, new Rec(SID_XF, 38932, recs.get(i).body()));
      Rec next = recs.get(i + 1);
      recs.set(i + 1, new Rec(next.sid(), 0xFFFF, next.body()));
    });
    assertThatThrownBy(() -> read(f)).isInstanceOf(ExtractionException.class)
        .extracting(e -> ((ExtractionException) e).reason()).isEqualTo(Reason.CORRUPT);
  }

  @Test
  void aCellRecordWithTrailingBytesStillFailsClosed() throws Exception {
    Path f = patched(this::staffSheet, recs -> {
      int i = first(recs, SID_LABELSST);
      recs.set(i, new Rec(SID_LABELSST, concat(recs.get(i).body(), new byte[2])));
    });
    assertThatThrownBy(() -> read(f)).isInstanceOf(ExtractionException.class)
        .extracting(e -> ((ExtractionException) e).reason()).isEqualTo(Reason.CORRUPT);
  }

  @Test
  void defaultPasswordWorkbookStillOpensThroughTheLayer() throws Exception {
    Path f;
    Biff8EncryptionKey.setCurrentUserPassword("VelvetSweatshop");
    try {
      f = write(this::staffSheet);
    } finally {
      Biff8EncryptionKey.setCurrentUserPassword(null);
    }
    byte[] stream = workbookStream(f);
    assertThat(throughLayer(stream).bytes()).isEqualTo(stream);
    RecordingHandler h = read(f);
    assertThat(h.facts(FactKind.ENCRYPTED_DEFAULT_PASSWORD)).hasSize(1);
    assertStaffCellsRead(h);
  }

  // ---- the layer on its own ----

  @Test
  void aWellFormedStreamPassesByteForByte() throws Exception {
    byte[] stream = workbookStream(write(this::staffSheet));
    Layered out = throughLayer(stream);
    assertThat(out.bytes()).isEqualTo(stream);
    assertThat(out.repairs()).isEmpty();
  }

  @Test
  void nothingIsChangedAfterFilePass() throws Exception {
    byte[] stream = serialize(List.of(
        new Rec(SID_BOF, new byte[16]),
        new Rec(SID_FILEPASS, new byte[54]),
        new Rec(SID_DELTA, new byte[16]),
        new Rec(SID_XF, 38932, new byte[20]),
        new Rec(SID_OBJ, concat(new byte[] {0x15, 0, 0, 0}, new byte[20]))));
    Layered out = throughLayer(stream);
    assertThat(out.bytes()).isEqualTo(stream);
    assertThat(out.repairs()).isEmpty();
  }

  @Test
  void theLayerCutsOnlyListedTypesAndKeepsAnObjThatHasAContinuation() throws Exception {
    byte[] badObj = concat(new byte[] {0x15, 0, 0, 0}, new byte[20]);
    byte[] stream = serialize(List.of(
        new Rec(SID_BOF, new byte[16]),
        new Rec(SID_DELTA, new byte[16]),
        new Rec(SID_OBJ, badObj),
        new Rec(SID_CONTINUE, new byte[4]),
        new Rec(SID_OBJ, badObj),
        new Rec(0x0203, new byte[16])));
    Layered out = throughLayer(stream);
    assertThat(out.bytes()).isEqualTo(serialize(List.of(
        new Rec(SID_BOF, new byte[16]),
        new Rec(SID_DELTA, new byte[8]),
        new Rec(SID_OBJ, badObj),
        new Rec(SID_CONTINUE, new byte[4]),
        new Rec(0x0203, new byte[16]))));
    assertThat(out.repairs()).extracting(TolerantRecordStream.Repair::name).containsExactly("DELTA", "OBJ");
    assertThat(out.repairs().get(1).firstOffset()).isEqualTo(4 + 16 + 4 + 16 + 4 + 24 + 4 + 4);
  }

  // ---- helpers ----

  private void staffSheet(HSSFWorkbook wb) {
    HSSFSheet s = wb.createSheet("Staff");
    Row r = s.createRow(0);
    r.createCell(0).setCellValue("Alice Smith");
    r.createCell(1).setCellValue(42);
  }

  private static void assertStaffCellsRead(RecordingHandler h) {
    assertThat(cell(h, "Staff", "A1").value()).isEqualTo("Alice Smith");
    assertThat(cell(h, "Staff", "B1").value()).isEqualTo("42");
  }

  private static Fact repairFact(RecordingHandler h, String name) {
    return h.facts(FactKind.UNINSPECTED_PART).stream()
        .filter(x -> x.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no UNINSPECTED_PART fact for " + name + " in " + h.facts));
  }

  private static Cell cell(RecordingHandler h, String sheet, String ref) {
    return h.table(sheet).cell(ref).orElseThrow(() -> new AssertionError("no cell " + sheet + "!" + ref));
  }

  private static RecordingHandler read(Path file) throws Exception {
    RecordingHandler h = new RecordingHandler();
    new XlsExtractor().extract(file, ExtractionContext.standalone(), h);
    return h;
  }

  private Path write(Consumer<HSSFWorkbook> build) throws IOException {
    Path file = Files.createTempFile(dir, "fixture", ".xls");
    try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      build.accept(wb);
      wb.write(out);
    }
    return file;
  }

  /** A workbook built with HSSF whose Workbook stream records are then changed by {@code patch}. */
  private Path patched(Consumer<HSSFWorkbook> build, Consumer<List<Rec>> patch) throws IOException {
    List<Rec> recs = parse(workbookStream(write(build)));
    patch.accept(recs);
    Path out = Files.createTempFile(dir, "patched", ".xls");
    try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream o = Files.newOutputStream(out)) {
      fs.createDocument(new ByteArrayInputStream(serialize(recs)), "Workbook");
      fs.writeFilesystem(o);
    }
    return out;
  }

  private static byte[] workbookStream(Path xls) throws IOException {
    try (POIFSFileSystem fs = new POIFSFileSystem(xls.toFile(), true);
        InputStream in = fs.createDocumentInputStream("Workbook")) {
      return in.readAllBytes();
    }
  }

  private static List<Rec> parse(byte[] stream) {
    List<Rec> recs = new ArrayList<>();
    int p = 0;
    while (p + 4 <= stream.length) {
      int sid = u16(stream, p);
      int len = u16(stream, p + 2);
      recs.add(new Rec(sid, Arrays.copyOfRange(stream, p + 4, p + 4 + len)));
      p += 4 + len;
    }
    return recs;
  }

  private static byte[] serialize(List<Rec> recs) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Rec r : recs) {
      out.write(r.sid());
      out.write(r.sid() >> 8);
      out.write(r.declared());
      out.write(r.declared() >> 8);
      out.writeBytes(r.body());
    }
    return out.toByteArray();
  }

  private record Layered(byte[] bytes, List<TolerantRecordStream.Repair> repairs) {}

  private static Layered throughLayer(byte[] stream) throws IOException {
    try (TolerantRecordStream layer = new TolerantRecordStream(new ByteArrayInputStream(stream))) {
      byte[] out = layer.readAllBytes();
      return new Layered(out, layer.repairs());
    }
  }

  private static int first(List<Rec> recs, int sid) {
    for (int i = 0; i < recs.size(); i++) {
      if (recs.get(i).sid() == sid) {
        return i;
      }
    }
    throw new AssertionError(String.format("no record 0x%04X in the stream", sid));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] r = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, r, a.length, b.length);
    return r;
  }

  private static int u16(byte[] b, int at) {
    return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
  }
}
