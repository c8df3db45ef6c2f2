package io.foilint.extract.doc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.foilint.extract.EmbeddedRecorder;
import io.foilint.extract.ExtractionException;
import io.foilint.extract.ExtractionException.Reason;
import io.foilint.model.Cell;
import io.foilint.model.FactKind;
import io.foilint.model.TextBlock;
import io.foilint.model.TextKind;
import io.foilint.model.Visibility;
import io.foilint.testing.RecordingHandler;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.hpsf.PropertySetFactory;
import org.apache.poi.hpsf.SummaryInformation;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The .doc reader on the generated fixtures in test-fixtures/doc (written by POI HWPF over a
 * minimal Word 97 file; the comment fixture by the skeleton alone): each mechanism found where
 * it is, and not found in the clean letters.
 */
class DocExtractorTest {

  private static final Path DOC = Path.of("test-fixtures", "doc");

  @TempDir Path dir;
  private final EmbeddedRecorder context = new EmbeddedRecorder();
  private final RecordingHandler out = new RecordingHandler();

  private void extract(String name) throws Exception {
    new DocExtractor().extract(DOC.resolve(name), context, out);
  }

  private List<TextBlock> texts(Visibility v) {
    return out.texts.stream().filter(t -> t.visibility() == v).toList();
  }

  private String body() {
    return String.join("|", out.texts.stream()
        .filter(t -> t.visibility() == Visibility.VISIBLE && t.kind() == TextKind.BODY)
        .map(TextBlock::text).toList());
  }

  @Test
  void hiddenTextIsKeptApartFromTheVisibleLetter() throws Exception {
    extract("hidden-text-name.doc");
    assertThat(texts(Visibility.WORD_HIDDEN_TEXT)).extracting(TextBlock::text)
        .containsExactly("Complainant: Niamh Quenby, born 14/03/1986, NI number JK 12 34 56 C.");
    assertThat(texts(Visibility.WORD_HIDDEN_TEXT)).extracting(t -> t.location().place())
        .containsExactly("paragraph 3");
    assertThat(body()).startsWith("Dear Requester,|Thank you for your request")
        .doesNotContain("Quenby").endsWith("Information Rights Team");
  }

  @Test
  void trackedDeletionKeepsItsTextAndAuthor() throws Exception {
    extract("tracked-deletion-name.doc");
    assertThat(texts(Visibility.TRACKED_DELETION)).extracting(t -> t.author() + ": " + t.text())
        .containsExactly("Aled Hartwell: The officer involved was Sergeant Grace Ostrander of Caldbridge CID.");
    assertThat(body()).doesNotContain("Ostrander");
  }

  @Test
  void commentIsReadWithItsAuthor() throws Exception {
    extract("comment-names-victim.doc");
    assertThat(out.texts).filteredOn(t -> t.kind() == TextKind.COMMENT)
        .extracting(t -> t.author() + ": " + t.text().strip())
        .containsExactly("Priya Pellow: The victim is Tomasz Marchbank of Wexley Cross; do not disclose.");
    assertThat(body()).doesNotContain("Marchbank");
  }

  @Test
  void tableOfPeopleIsATableNotParagraphs() throws Exception {
    extract("table-named-people-ni.doc");
    assertThat(out.tables).hasSize(1);
    RecordingHandler.RecordedTable t = out.tables.get(0);
    assertThat(t.rows()).hasSize(13);
    assertThat(t.rows().get(0).cells()).extracting(Cell::value)
        .containsExactly("Name", "NI number", "Rank", "Station");
    assertThat(t.cell("B2")).map(Cell::value).contains("JK 10 31 52 A");
    assertThat(body()).doesNotContain("JK 10 31 52 A");
  }

  @Test
  void workbookInTheObjectPoolGoesToTheEngine() throws Exception {
    extract("embedded-workbook-hidden-staff-sheet.doc");
    assertThat(out.facts(FactKind.EMBEDDED_OBJECT)).hasSize(1);
    assertThat(out.facts(FactKind.EMBEDDED_OBJECT).get(0).attrs())
        .containsEntry("storage", "ObjectPool/_1712345678").containsEntry("scanned", "true");
    assertThat(context.embedded).hasSize(1);
    byte[] inner = context.embedded.values().iterator().next();
    assertThat(inner).startsWith(new byte[] {'P', 'K', 3, 4});
  }

  @Test
  void cleanLettersHaveNoneOfThese() throws Exception {
    extract("clean-letter.doc");
    extract("clean-letter-aggregate-table.doc");
    assertThat(out.texts).allMatch(t -> t.visibility() == Visibility.VISIBLE);
    assertThat(out.texts).noneMatch(t -> t.kind() == TextKind.COMMENT);
    assertThat(out.facts).noneMatch(f -> f.kind() == FactKind.EMBEDDED_OBJECT
        || f.kind() == FactKind.UNINSPECTED_PART || f.kind() == FactKind.VBA_PROJECT);
    assertThat(context.embedded).isEmpty();
    assertThat(out.tables).hasSize(1);
    assertThat(out.tables.get(0).cell("B2")).map(Cell::value).contains("412");
  }

  @Test
  void word6FileIsRefusedWithItsVersion() throws Exception {
    Path f = patched("clean-letter.doc", fib -> fib[2] = 0x65);
    assertThatThrownBy(() -> new DocExtractor().extract(f, context, out))
        .isInstanceOfSatisfying(ExtractionException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED))
        .hasMessageContaining("Word 97-2003");
  }

  @Test
  void encryptedFlagIsEncryptedNotClean() throws Exception {
    // fEncrypted set, and the header encrypted past its first 68 bytes as RC4 leaves it
    Path f = patched("clean-letter.doc", fib -> {
      fib[11] |= 0x01;
      Arrays.fill(fib, 68, 1024, (byte) 0xA7);
    });
    assertThatThrownBy(() -> new DocExtractor().extract(f, context, out))
        .isInstanceOfSatisfying(ExtractionException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.ENCRYPTED));
    assertThat(out.texts).isEmpty();
  }

  @Test
  void summaryInformationIsFoundWhateverTheCaseOfItsStreamName() throws Exception {
    // some writers name it \005summaryinformation (poi__47950_lower.doc in the corpus)
    Path copy = dir.resolve("lower.doc");
    try (POIFSFileSystem fs = new POIFSFileSystem(Files.newInputStream(DOC.resolve("clean-letter.doc")))) {
      SummaryInformation si = PropertySetFactory.newSummaryInformation();
      si.setAuthor("Ross Quenby");
      fs.createDocument(si.toInputStream(), "\u0005summaryinformation");
      try (var os = Files.newOutputStream(copy)) {
        fs.writeFilesystem(os);
      }
    }
    new DocExtractor().extract(copy, context, out);
    assertThat(out.facts(FactKind.DOCUMENT_PROPERTY)).extracting(f -> f.value())
        .contains("Ross Quenby");
  }

  @Test
  void cleanLetterHasNoProperties() throws Exception {
    extract("clean-letter.doc");
    assertThat(out.facts(FactKind.DOCUMENT_PROPERTY)).isEmpty();
  }

  /** A copy of fixture {@code name} with its WordDocument stream changed by {@code edit}. */
  private Path patched(String name, Consumer<byte[]> edit) throws IOException {
    Path copy = dir.resolve(name);
    try (POIFSFileSystem fs = new POIFSFileSystem(Files.newInputStream(DOC.resolve(name)))) {
      byte[] main;
      try (InputStream in = fs.createDocumentInputStream("WordDocument")) {
        main = in.readAllBytes();
      }
      edit.accept(main);
      fs.createOrUpdateDocument(new ByteArrayInputStream(main), "WordDocument");
      try (var os = Files.newOutputStream(copy)) {
        fs.writeFilesystem(os);
      }
    }
    return copy;
  }
}
