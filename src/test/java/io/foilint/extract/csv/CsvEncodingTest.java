package io.foilint.extract.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.extract.ExtractionContext;
import io.foilint.model.Cell;
import io.foilint.model.Fact;
import io.foilint.model.FactKind;
import io.foilint.testing.RecordingHandler;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Encodings that are not plain UTF-8/UTF-16: UTF-32, byte-order marks that lie or sit in the
 * middle, NULs, invalid bytes, and lines written with another delimiter. Each is read as well as
 * it can be and what was doubtful is reported (an uninspected-part fact with a whole sentence).
 */
class CsvEncodingTest {

  static final Charset UTF_32LE = Charset.forName("UTF-32LE");
  static final Charset UTF_32BE = Charset.forName("UTF-32BE");
  static final String TABLE = "Surname,Initial,Rank\r\nQuenby,N,Sergeant\r\nHartwell,A,Constable\r\n"
      + "Ostrander,P,Inspector\r\n";

  @TempDir Path dir;

  private Path write(byte[]... parts) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.write(p);
    }
    return Files.write(dir.resolve("t.csv"), out.toByteArray());
  }

  private static byte[] bytes(int... b) {
    byte[] out = new byte[b.length];
    for (int i = 0; i < b.length; i++) {
      out[i] = (byte) b[i];
    }
    return out;
  }

  private static RecordingHandler extract(Path file) throws Exception {
    RecordingHandler h = new RecordingHandler();
    new CsvExtractor().extract(file, ExtractionContext.standalone(), h);
    return h;
  }

  private static List<String> column(RecordingHandler h, int col) {
    return h.tables.get(0).cells().stream().filter(c -> c.column() == col).map(Cell::value).toList();
  }

  private static List<String> problems(RecordingHandler h) {
    return h.facts.stream()
        .filter(f -> f.kind() == FactKind.UNINSPECTED_PART && f.flag("sentence"))
        .map(Fact::value)
        .toList();
  }

  @Test
  void utf32WithAndWithoutBomReadsAsUtf8Would() throws Exception {
    List<String> expected = column(extract(write(TABLE.getBytes(StandardCharsets.UTF_8))), 0);
    assertThat(expected).containsExactly("Surname", "Quenby", "Hartwell", "Ostrander");
    for (Path f : List.of(
        write(bytes(0xFF, 0xFE, 0, 0), TABLE.getBytes(UTF_32LE)),
        write(bytes(0, 0, 0xFE, 0xFF), TABLE.getBytes(UTF_32BE)),
        write(TABLE.getBytes(UTF_32LE)),
        write(TABLE.getBytes(UTF_32BE)))) {
      RecordingHandler h = extract(f);
      assertThat(column(h, 0)).isEqualTo(expected);
      assertThat(column(h, 2)).containsExactly("Rank", "Sergeant", "Constable", "Inspector");
      assertThat(problems(h)).isEmpty();
    }
  }

  @Test
  void strayUtf16BomInTheMiddleSwitchesToUtf16AndIsReported() throws Exception {
    // a UTF-8 export with a UTF-16LE export appended (BOM and all)
    String second = "Pellow,T,Sergeant\r\nMarchbank,G,Constable\r\n";
    Path f = write(TABLE.getBytes(StandardCharsets.UTF_8), bytes(0xFF, 0xFE),
        second.getBytes(StandardCharsets.UTF_16LE));
    RecordingHandler h = extract(f);
    assertThat(column(h, 0)).containsExactly("Surname", "Quenby", "Hartwell", "Ostrander", "Pellow", "Marchbank");
    assertThat(problems(h)).singleElement().asString()
        .contains("changes encoding part-way").contains("UTF-16LE").doesNotContain("Pellow");
  }

  @Test
  void strayUtf8BomInTheMiddleIsDroppedAndReported() throws Exception {
    Path f = write(TABLE.getBytes(StandardCharsets.UTF_8), bytes(0xEF, 0xBB, 0xBF),
        "Pellow,T,Sergeant\r\n".getBytes(StandardCharsets.UTF_8));
    RecordingHandler h = extract(f);
    assertThat(column(h, 0)).contains("Pellow"); // not "\uFEFFPellow", which no name list knows
    assertThat(problems(h)).singleElement().asString().contains("1 byte-order mark after its start");
  }

  @Test
  void aUtf16BomBeforeUtf8TextIsOverruledAndReported() throws Exception {
    Path f = write(bytes(0xFF, 0xFE), TABLE.getBytes(StandardCharsets.UTF_8));
    RecordingHandler h = extract(f);
    assertThat(column(h, 0)).containsExactly("Surname", "Quenby", "Hartwell", "Ostrander");
    assertThat(problems(h)).singleElement().asString()
        .contains("UTF-16 byte-order mark, but its text is 8-bit");
  }

  @Test
  void aUtf8BomBeforeUtf16TextIsOverruledAndReported() throws Exception {
    Path f = write(bytes(0xEF, 0xBB, 0xBF), TABLE.getBytes(StandardCharsets.UTF_16LE));
    RecordingHandler h = extract(f);
    assertThat(column(h, 0)).containsExactly("Surname", "Quenby", "Hartwell", "Ostrander");
    assertThat(problems(h)).singleElement().asString()
        .contains("UTF-8 byte-order mark, but its text is UTF-16LE");
  }

  @Test
  void nulHeavyTextIsReadWithoutTheNulsAndReported() throws Exception {
    byte[] text = TABLE.getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream padded = new ByteArrayOutputStream();
    for (int i = 0; i < text.length; i++) {
      padded.write(text[i]);
      if (i % 5 == 0) {
        padded.write(0);
      }
    }
    RecordingHandler h = extract(write(padded.toByteArray()));
    assertThat(column(h, 0)).containsExactly("Surname", "Quenby", "Hartwell", "Ostrander");
    assertThat(problems(h)).singleElement().asString().contains("NUL character");
  }

  @Test
  void invalidBytesAreCountedNotSilentlyReplaced() throws Exception {
    // UTF-8 decides (valid sample), then later bytes are not UTF-8
    StringBuilder sb = new StringBuilder(TABLE);
    while (sb.length() < CsvDialect.SAMPLE_BYTES + 10) {
      sb.append("Quenby,N,Sergeant\r\n");
    }
    Path f = write(sb.toString().getBytes(StandardCharsets.UTF_8),
        "Hartwell,A,Constable \u00e9\u00e9\r\n".getBytes(Charset.forName("windows-1252")));
    RecordingHandler h = extract(f);
    assertThat(problems(h)).singleElement().asString()
        .startsWith("2 byte sequences are not valid UTF-8 text");
  }

  @Test
  void mixedDelimitersAreSplitPerLineAndReported() throws Exception {
    String mixed = "Surname,Initial,Rank,Station\r\nQuenby,N,Sergeant,Northmere\r\n"
        + "Hartwell;A;Constable;Caldbridge\r\nOstrander,P,Inspector,Easterholm\r\n"
        + "Pellow;T;Sergeant;Northmere\r\nMarchbank,G,Constable,Caldbridge\r\n";
    RecordingHandler h = extract(write(mixed.getBytes(StandardCharsets.UTF_8)));
    assertThat(column(h, 0)).containsExactly("Surname", "Quenby", "Hartwell", "Ostrander", "Pellow", "Marchbank");
    assertThat(column(h, 3)).hasSize(6);
    assertThat(problems(h)).singleElement().asString()
        .contains("mixes delimiters").contains("2 lines use semicolon").contains("comma");
  }

  @Test
  void decimalCommasInASemicolonFileAreNotMixedDelimiters() throws Exception {
    String csv = "District;Rate\r\nNorthmere;3,4\r\nCaldbridge;2,9\r\nEasterholm;2,1\r\n";
    RecordingHandler h = extract(write(csv.getBytes(StandardCharsets.UTF_8)));
    assertThat(column(h, 1)).containsExactly("Rate", "3,4", "2,9", "2,1");
    assertThat(problems(h)).isEmpty();
  }
}
