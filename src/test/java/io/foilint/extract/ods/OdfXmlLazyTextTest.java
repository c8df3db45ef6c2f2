package io.foilint.extract.ods;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.foilint.extract.ExtractionException;
import io.foilint.extract.ExtractionException.Reason;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLStreamConstants;
import org.junit.jupiter.api.Test;

/**
 * The StAX reader reads character data lazily: a part whose bytes fail in the middle of a text
 * node (damaged deflate data, found by {@code OdsFuzzTest}) fails only when the text is asked
 * for, wrapped in an unchecked exception. That must still end as "corrupt", not escape.
 */
class OdfXmlLazyTextTest {

  /** {@code <t><p>aaaa…} and then the stream breaks, as an inflater does on bad data. */
  private static InputStream breaksInsideText() {
    String head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><t><p>" + "a".repeat(20_000);
    InputStream broken =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("invalid distance too far back");
          }
        };
    return new SequenceInputStream(
        new ByteArrayInputStream(head.getBytes(StandardCharsets.UTF_8)), broken);
  }

  @Test
  void aStreamThatBreaksInsideATextNodeIsCorruptNotACrash() throws Exception {
    OdfXml x = OdfXml.open(breaksInsideText(), "content.xml");
    while (x.next() != XMLStreamConstants.START_ELEMENT || !"p".equals(x.localName())) {
      // to <p>
    }

    Throwable thrown = catchThrowable(x::text);

    assertThat(thrown).isInstanceOf(ExtractionException.class);
    assertThat(((ExtractionException) thrown).reason()).isEqualTo(Reason.CORRUPT);
    assertThat(thrown.getMessage()).contains("content.xml").contains("cannot be fully read");
  }
}
