package io.foilint.extract.tika;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.foilint.extract.EmbeddedRecorder;
import io.foilint.extract.ExtractionException;
import io.foilint.model.FactKind;
import io.foilint.model.TextBlock;
import io.foilint.model.Visibility;
import io.foilint.testing.RecordingHandler;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlExtractorTest {

  @TempDir Path dir;
  private final EmbeddedRecorder context = new EmbeddedRecorder();
  private final RecordingHandler out = new RecordingHandler();

  private void extract(String html) throws Exception {
    Path f = Files.writeString(dir.resolve("p.html"), html, StandardCharsets.UTF_8);
    new HtmlExtractor().extract(f, context, out);
  }

  @Test
  void pageTextByParagraphWithoutMarkupScriptsOrTheHead() throws Exception {
    extract("<html><head><title>Case page</title><meta name=\"author\" content=\"Niamh Hartwell\">"
        + "<style>p{color:red}</style><script>var who='Aled';</script></head><body>"
        + "<h1>Update</h1><p>First <b>bold</b> words</p><ul><li>one</li><li>two</li></ul>"
        + "<table><tr><td>a</td><td>b</td></tr></table></body></html>");
    assertThat(out.texts).extracting(TextBlock::text)
        .containsExactly("Update", "First bold words", "one", "two", "a\tb");
    assertThat(out.texts).allMatch(t -> t.visibility() == Visibility.VISIBLE);
    assertThat(out.texts).allMatch(t -> t.location().place().startsWith("line "));
    assertThat(out.facts).filteredOn(f -> f.kind() == FactKind.DOCUMENT_PROPERTY)
        .extracting(f -> f.name() + "=" + f.value())
        .contains("author=Niamh Hartwell", "dc:title=Case page")
        .noneMatch(s -> s.startsWith("Content-Type") || s.startsWith("X-TIKA"));
  }

  @Test
  void inlineDataDocumentsGoToTheEngine() throws Exception {
    extract("<html><body><p>See</p><img src=\"data:image/png;base64,iVBORw0KGgo=\"></body></html>");
    assertThat(context.embedded).hasSize(1);
  }

  @Test
  void theDeadlineStopsThePage() {
    context.timeUp = true;
    String big = "<html><body>" + "<p>para</p>".repeat(20_000) + "</body></html>";
    assertThatThrownBy(() -> extract(big))
        .isInstanceOfSatisfying(ExtractionException.class,
            e -> assertThat(e.reason()).isEqualTo(ExtractionException.Reason.TIMEOUT));
  }
}
