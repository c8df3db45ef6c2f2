package io.foilint.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;

public class PropertyValuesTest {

  /** Office's VtHyperlinks: count of typed values, then per link four VT_I4 and two VT_LPWSTR. */
  public static byte[] hyperlinkBlob(boolean lengthPrefix, String... targetsAndPlaces) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    writeInt(body, targetsAndPlaces.length / 2 * 6);
    for (int i = 0; i < targetsAndPlaces.length; i += 2) {
      for (int n = 0; n < 4; n++) {
        writeInt(body, 0x0003);
        writeInt(body, n);
      }
      lpwstr(body, targetsAndPlaces[i]);
      lpwstr(body, targetsAndPlaces[i + 1]);
    }
    byte[] bytes = body.toByteArray();
    if (!lengthPrefix) {
      return bytes;
    }
    ByteArrayOutputStream withLength = new ByteArrayOutputStream();
    writeInt(withLength, bytes.length);
    withLength.writeBytes(bytes);
    return withLength.toByteArray();
  }

  private static void lpwstr(ByteArrayOutputStream out, String s) {
    writeInt(out, 0x001F);
    byte[] text = (s + "\0").getBytes(StandardCharsets.UTF_16LE);
    writeInt(out, s.length() + 1);
    out.writeBytes(text);
    for (int pad = text.length; pad % 4 != 0; pad++) {
      out.write(0);
    }
  }

  private static void writeInt(ByteArrayOutputStream out, int v) {
    out.writeBytes(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(v).array());
  }

  @Test
  void officeHyperlinkListIsDecodedIntoItsTargets() {
    byte[] blob = hyperlinkBlob(true, "mailto:jane.doe@example.org", "",
        "\\\\fileserver\\home\\jdoe\\cases.xls", "Sheet1!A1", "", "Summary", "mailto:jane.doe@example.org", "");
    assertThat(PropertyValues.render(PropertyValues.HYPERLINKS, blob)).isEqualTo(
        "hyperlinks: mailto:jane.doe@example.org; \\\\fileserver\\home\\jdoe\\cases.xls#Sheet1!A1; #Summary");
    // custom.xml's vt:blob holds the same structure without the length in front
    assertThat(PropertyValues.blob(PropertyValues.HYPERLINKS, hyperlinkBlob(false, "mailto:a.b@example.org", "")))
        .isEqualTo("hyperlinks: mailto:a.b@example.org");
  }

  @Test
  void longLinkListsAreCountedBeyondTwenty() {
    String[] links = new String[50];
    for (int i = 0; i < 25; i++) {
      links[2 * i] = "http://example.org/" + i;
      links[2 * i + 1] = "";
    }
    String shown = PropertyValues.blob(PropertyValues.HYPERLINKS, hyperlinkBlob(true, links));
    assertThat(shown).startsWith("hyperlinks: http://example.org/0; ").endsWith("http://example.org/19 and 5 more");
  }

  @Test
  void otherBlobsAndDamagedLinkListsAreShownByTheirSizeNeverByAHash() {
    byte[] guid = "{414BE412-E180-11D4}".getBytes(StandardCharsets.UTF_16LE);
    ByteArrayOutputStream prefixed = new ByteArrayOutputStream();
    writeInt(prefixed, guid.length);
    prefixed.writeBytes(guid);
    assertThat(PropertyValues.render("_PID_GUID", prefixed.toByteArray()))
        .isEqualTo("binary value (" + guid.length + " bytes)");
    assertThat(PropertyValues.render(PropertyValues.HYPERLINKS, new byte[] {9, 9, 9}))
        .isEqualTo("binary value (3 bytes)");
    byte[] truncated = hyperlinkBlob(false, "mailto:a.b@example.org", "");
    assertThat(PropertyValues.blob(PropertyValues.HYPERLINKS, java.util.Arrays.copyOf(truncated, 40)))
        .isEqualTo("binary value (40 bytes)");
    for (String shown : List.of(PropertyValues.render("x", new byte[] {1, 2}), PropertyValues.render("x", new Object()))) {
      assertThat(shown).doesNotContain("@").doesNotContain("[B");
    }
  }

  @Test
  void scalarsAsWrittenAndDatesInUtc() {
    assertThat(PropertyValues.render("n", 42)).isEqualTo("42");
    assertThat(PropertyValues.render("b", Boolean.TRUE)).isEqualTo("true");
    assertThat(PropertyValues.render("s", "Draft")).isEqualTo("Draft");
    assertThat(PropertyValues.render("d", new Date(0))).isEqualTo("1970-01-01T00:00:00Z");
    assertThat(PropertyValues.render("none", null)).isEmpty();
  }
}
