package io.foilint.extract.doc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What DocLeftovers takes for leftover prose in bytes no structure of a .doc refers to. */
class DocLeftoversTest {

  private static String readable(String s) {
    byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
    return DocLeftovers.readable(b, 0, b.length);
  }

  @Test
  void proseBetweenBinaryBytesIsText() {
    assertThat(readable("\u0001\u0002The complainant was Niamh Quenby of Caldbridge\u0000\u0003"))
        .isEqualTo("The complainant was Niamh Quenby of Caldbridge");
  }

  @Test
  void xmpPacketIsMetadataNotProse() {
    // the shape of a JPEG's XMP packet kept in a .doc (ca.kwsymphony in the corpus)
    assertThat(readable("\u0000<dc:title>Concert seating plan for the school hall with the names"
        + " of the pupils</dc:title>\u0000")).isEmpty();
    assertThat(readable("\u0000<xapGImg:image>/9j/4AAQSkZJRgABAgEASABIAAD&#xA;AQBIAAAAAQAB and more"
        + " words here\u0000")).isEmpty();
  }

  @Test
  void printableBytesOfAPictureAreNotWords() {
    assertThat(readable("\u0089PNG\r\n\u001a\n\u0000\u0000IHDR\u0000\u0001x\u009c\u00ed\u00c1\u00d0"))
        .isEmpty();
  }
}
