package io.foilint.extract.rtf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.foilint.extract.EmbeddedRecorder;
import io.foilint.extract.ExtractionException;
import io.foilint.model.Fact;
import io.foilint.model.FactKind;
import io.foilint.model.TextBlock;
import io.foilint.model.TextKind;
import io.foilint.model.Visibility;
import io.foilint.testing.RecordingHandler;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RtfExtractorTest {

  @TempDir Path dir;
  private final EmbeddedRecorder context = new EmbeddedRecorder();
  private final RecordingHandler out = new RecordingHandler();

  private void extract(String rtf) throws Exception {
    Path f = Files.writeString(dir.resolve("d.rtf"), rtf, StandardCharsets.US_ASCII);
    new RtfExtractor().extract(f, context, out);
  }

  private String text(Visibility v) {
    return String.join("|", out.texts.stream()
        .filter(t -> t.visibility() == v && t.kind() == TextKind.BODY).map(TextBlock::text).toList());
  }

  @Test
  void visibleHiddenAndDeletedTextAreKeptApart() throws Exception {
    extract("{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}{\\colortbl;\\red0\\green0\\blue0;}"
        + "\\pard Dear Sir,\\par The {\\v secret name }report{\\deleted  old words} was filed."
        + "\\par {\\*\\unknowndest skipped}{\\pict 0102ff}Caf\\'e9 \\u8364? done\\par}");
    assertThat(text(Visibility.VISIBLE)).isEqualTo("Dear Sir,|The report was filed.|Caf\u00e9 \u20ac done");
    assertThat(text(Visibility.WORD_HIDDEN_TEXT)).isEqualTo("secret name");
    assertThat(text(Visibility.TRACKED_DELETION)).isEqualTo("old words");
    assertThat(out.texts).filteredOn(t -> t.visibility() == Visibility.WORD_HIDDEN_TEXT)
        .allMatch(t -> t.location().place().equals("hidden text"));
  }

  @Test
  void plainAndV0EndHiddenText() throws Exception {
    extract("{\\rtf1 \\v hidden one\\v0  shown\\par \\v again\\plain  back\\par}");
    assertThat(text(Visibility.VISIBLE)).isEqualTo("shown|back");
    assertThat(text(Visibility.WORD_HIDDEN_TEXT)).isEqualTo("hidden one|again");
  }

  @Test
  void annotationsRevisionAuthorsInfoAndHeaders() throws Exception {
    extract("{\\rtf1{\\*\\revtbl{Unknown;}{Aled Quenby;}}"
        + "{\\info{\\title Reply}{\\author Niamh Hartwell}{\\operator Priya Ostrander}{\\creatim\\yr2024}}"
        + "{\\header \\pard Northmere FOI Unit\\par}"
        + "\\pard Body{\\*\\atnid NH}{\\*\\atnauthor Niamh Hartwell}\\chatn"
        + "{\\*\\annotation{\\*\\atnref 1}\\pard Ask PC Pellow\\par}\\par}");
    assertThat(out.texts).filteredOn(t -> t.kind() == TextKind.COMMENT)
        .extracting(t -> t.author() + ": " + t.text()).containsExactly("Niamh Hartwell: Ask PC Pellow");
    assertThat(out.texts).filteredOn(t -> t.kind() == TextKind.COMMENT)
        .allMatch(t -> t.visibility() == Visibility.COMMENT);
    assertThat(out.texts).filteredOn(t -> t.location().place().equals("headers and footers"))
        .extracting(TextBlock::text).containsExactly("Northmere FOI Unit");
    assertThat(out.texts).filteredOn(t -> t.location().place().equals("headers and footers"))
        .allMatch(t -> t.kind() == TextKind.BODY && t.visibility() == Visibility.VISIBLE);
    assertThat(text(Visibility.VISIBLE)).isEqualTo("Northmere FOI Unit|Body");
    assertThat(out.facts).filteredOn(f -> f.kind() == FactKind.DOCUMENT_PROPERTY)
        .extracting(f -> f.name() + "=" + f.value())
        .containsExactly("revisionUser=Aled Quenby", "title=Reply", "author=Niamh Hartwell",
            "lastModifiedBy=Priya Ostrander");
  }

  @Test
  void embeddedObjectsAreUnwrappedAndHandedToTheEngine() throws Exception {
    byte[] payload = "PK\u0003\u0004 an embedded workbook".getBytes(StandardCharsets.ISO_8859_1);
    String hex = HexFormat.of().formatHex(ole1("Excel.Sheet.12", payload));
    extract("{\\rtf1 Before\\par{\\object\\objemb{\\*\\objclass Excel.Sheet.12}{\\*\\objdata "
        + hex.substring(0, 40) + "\r\n" + hex.substring(40) + "}{\\result picture}}\\par}");
    assertThat(context.embedded).containsOnlyKeys("object 1 (Excel.Sheet.12)");
    assertThat(context.embedded.get("object 1 (Excel.Sheet.12)")).isEqualTo(payload);
    assertThat(text(Visibility.VISIBLE)).isEqualTo("Before");
  }

  @Test
  void binaryDataIsSkippedNotReadAsText() throws Exception {
    extract("{\\rtf1 A{\\pict\\bin5 {}\\v}}B\\par}");
    assertThat(text(Visibility.VISIBLE)).isEqualTo("AB");
  }

  @Test
  void endlessNestingIsRefused() {
    assertThatThrownBy(() -> extract("{\\rtf1 " + "{".repeat(20_000) + "x"))
        .isInstanceOfSatisfying(ExtractionException.class,
            e -> assertThat(e.reason()).isEqualTo(ExtractionException.Reason.CORRUPT));
  }

  @Test
  void theDeadlineStopsTheReader() {
    context.timeUp = true;
    String big = "{\\rtf1 " + "word ".repeat(300_000) + "}";
    assertThatThrownBy(() -> extract(big))
        .isInstanceOfSatisfying(ExtractionException.class,
            e -> assertThat(e.reason()).isEqualTo(ExtractionException.Reason.TIMEOUT));
  }

  @Test
  void rtfIsKnownByItsStart() {
    assertThat(RtfScanner.isRtf("{\\rtf1\\ansi".getBytes(StandardCharsets.US_ASCII))).isTrue();
    assertThat(RtfScanner.isRtf("\r\n {\\rtf1".getBytes(StandardCharsets.US_ASCII))).isTrue();
    assertThat(RtfScanner.isRtf("{\\rtx1".getBytes(StandardCharsets.US_ASCII))).isFalse();
    assertThat(RtfScanner.isRtf("text {\\rtf1".getBytes(StandardCharsets.US_ASCII))).isFalse();
  }

  /** An OLE 1.0 embedded object ([MS-OLEDS] 2.2.4) around {@code data}. */
  static byte[] ole1(String className, byte[] data) {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteBuffer b = ByteBuffer.allocate(64 + className.length() + data.length).order(ByteOrder.LITTLE_ENDIAN);
    b.putInt(0x0501).putInt(2);
    b.putInt(className.length() + 1).put(className.getBytes(StandardCharsets.US_ASCII)).put((byte) 0);
    b.putInt(0).putInt(0);
    b.putInt(data.length).put(data);
    o.write(b.array(), 0, b.position());
    return o.toByteArray();
  }

  @Test
  void unknownObjectBytesAreHandedOnAsTheyAre() {
    byte[] junk = {1, 2, 3};
    RtfObject o = RtfObject.unwrap(junk);
    assertThat(o.data()).isEqualTo(junk);
    assertThat(o.className()).isEmpty();
    Fact unused = null;
    assertThat(unused).isNull();
  }

  /** Word's RTF for a two-column table: row properties, then cells marked \\intbl. */
  private static String row(String... cells) {
    StringBuilder b = new StringBuilder("\\trowd\\trgaph108\\cellx3000\\cellx6000 ");
    for (String c : cells) {
      b.append("\\pard\\plain\\intbl ").append(c).append("\\cell ");
    }
    return b.append("{\\trowd\\trgaph108\\cellx3000\\cellx6000\\row }").toString();
  }

  @Test
  void tablesBecomeTableEventsBetweenTheParagraphsAroundThem() throws Exception {
    extract("{\\rtf1\\ansi \\pard Staff on duty:\\par "
        + row("Name", "NI number") + row("Ann Smith", "QQ 12 34 56 C") + row("Bob Jones\\par Sergeant", "AB123456C")
        + "\\pard After the table.\\par}");
    assertThat(out.tables).hasSize(1);
    var t = out.tables.get(0);
    assertThat(t.start().origin()).isEqualTo(io.foilint.model.TableOrigin.WORD_TABLE);
    assertThat(t.rows()).hasSize(3);
    assertThat(t.cell("A1").orElseThrow().value()).isEqualTo("Name");
    assertThat(t.cell("B2").orElseThrow().value()).isEqualTo("QQ 12 34 56 C");
    assertThat(t.cell("A3").orElseThrow().value()).isEqualTo("Bob Jones Sergeant");
    assertThat(text(Visibility.VISIBLE)).isEqualTo("Staff on duty:|After the table.");
  }

  @Test
  void hiddenWordsAndAnnotationsInACellWaitForTheTableEnd() throws Exception {
    extract("{\\rtf1 " + row("Case", "Officer") + row("17", "PC {\\v Dave Smith}{\\*\\atnauthor J Bloggs}"
        + "{\\*\\annotation check this}") + "\\pard done\\par}");
    var t = out.tables.get(0);
    assertThat(t.cell("B2").orElseThrow().value()).isEqualTo("PC");
    assertThat(out.texts).filteredOn(b -> b.visibility() == Visibility.WORD_HIDDEN_TEXT)
        .singleElement().satisfies(b -> {
          assertThat(b.text()).isEqualTo("Dave Smith");
          assertThat(b.location().place()).isEqualTo("table 1");
          assertThat(b.location().ref()).isEqualTo("row 2, cell 2");
        });
    assertThat(out.texts).filteredOn(b -> b.kind() == TextKind.COMMENT)
        .singleElement().satisfies(b -> assertThat(b.author()).isEqualTo("J Bloggs"));
  }

  @Test
  void aTableAtTheEndOfTheFileIsClosedAndTwoTablesStayApart() throws Exception {
    extract("{\\rtf1 " + row("a", "b") + "\\pard between\\par " + row("c", "d") + "}");
    assertThat(out.tables).hasSize(2);
    assertThat(out.tables.get(1).start().name()).isEqualTo("table 2");
    assertThat(text(Visibility.VISIBLE)).isEqualTo("between");
  }
}
