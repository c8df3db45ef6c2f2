package io.foilint.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class PrintableTest {

  @Test
  void showsTerminalControlsAsEscapes() {
    assertThat(Printable.escape("x.csv\r\nPASS  fake.xlsx")).isEqualTo("x.csv\\r\\nPASS  fake.xlsx");
    assertThat(Printable.escape("\u001b[2K\rPASS")).isEqualTo("\\x1b[2K\\rPASS");
    assertThat(Printable.escape("a\bb\u0007c\u0000d\te\u007f")).isEqualTo("a\\x08b\\x07c\\x00d\\te\\x7f");
  }

  @Test
  void showsC1ControlsBidiInvisibleAndSeparatorsAsEscapes() {
    assertThat(Printable.escape("\u009b2K\u0085")).isEqualTo("\\x9b2K\\x85");
    assertThat(Printable.escape("a\u202Eb\u202Ac\u2066d\u2069e")).isEqualTo("a\\u202eb\\u202ac\\u2066d\\u2069e");
    assertThat(Printable.escape("a\u200Bb\u200Dc\u2060d\uFEFFe\u00ADf")).isEqualTo("a\\u200bb\\u200dc\\u2060d\\ufeffe\\xadf");
    assertThat(Printable.escape("a\u2028b\u2029c")).isEqualTo("a\\u2028b\\u2029c");
    assertThat(Printable.escape("a\uD800b")).isEqualTo("a\\ud800b");
    // an invisible tag character (U+E0041) outside the BMP
    assertThat(Printable.escape("a" + new String(Character.toChars(0xE0041)) + "b")).isEqualTo("a\\U000e0041b");
  }

  @Test
  void leavesOrdinaryTextAlone() {
    for (String s : new String[] {"Headcount by rank", "C:\\FOI\\annex.xlsx", "Zoë Ó Briain — ½", "日本語",
        "\uD83D\uDE00 émoji", "J*** S****", ""}) {
      assertThat(Printable.escape(s)).isSameAs(s);
    }
    assertThat(Printable.escape(null)).isEmpty();
  }

  @Test
  void jsonEscapesHazardsButReadsBackTheSameText() throws Exception {
    String name = "x\r\n\u001b[2K\u009b\u202E\u2028\u200B\u007f\uD83D\uDE00.csv";
    StringWriter out = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      g.setCharacterEscapes(Printable.JSON);
      g.writeStartObject();
      g.writeStringField("path", name);
      g.writeEndObject();
    }
    String json = out.toString();
    assertThat(json).isEqualTo(
        "{\"path\":\"x\\r\\n\\u001B[2K\\u009B\\u202E\\u2028\\u200B\\u007F\\uD83D\\uDE00.csv\"}");
    assertThat(json.chars()).allMatch(c -> c >= 0x20 && c < 0x7F);
    assertThat(new ObjectMapper().readTree(json).get("path").asText()).isEqualTo(name);
  }
}
