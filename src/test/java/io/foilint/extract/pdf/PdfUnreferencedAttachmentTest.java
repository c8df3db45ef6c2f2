package io.foilint.extract.pdf;

import io.foilint.fixtures.FixtureAccess;
import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.Limits;
import io.foilint.model.Fact;
import io.foilint.model.FactKind;
import io.foilint.testing.Corpus;
import io.foilint.testing.RecordingHandler;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfUnreferencedAttachmentTest {

  @TempDir Path dir;

  private final List<String> scanned = new ArrayList<>();

  @Test
  void anAttachmentDeletedInALaterSaveIsStillFoundAndScanned() throws Exception {
    Path pdf = dir.resolve("deleted-attachment.pdf");
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new PDPage());
      attach(doc, "staff.csv", "Surname,Staff number\nQuenby,FX100001\n");
      doc.save(pdf.toFile());
    }
    try (PDDocument doc = Loader.loadPDF(pdf.toFile()); OutputStream os = Files.newOutputStream(dir.resolve("after.pdf"))) {
      // "Delete" the attachment the way an editor's incremental save does: drop the reference.
      doc.getDocumentCatalog().setNames(null);
      doc.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
      doc.saveIncremental(os);
    }

    List<Fact> facts = embedded(dir.resolve("after.pdf"));

    assertThat(facts).singleElement().satisfies(f -> {
      assertThat(f.flag("unreferenced")).isTrue();
      assertThat(f.name()).startsWith("unreferenced attachment (object ");
    });
    assertThat(scanned).singleElement().asString().startsWith("unreferenced attachment");
  }

  @Test
  void aListedAttachmentIsNotAlsoCalledUnreferenced() throws Exception {
    Path pdf = dir.resolve("listed.pdf");
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new PDPage());
      attach(doc, "staff.csv", "Surname,Staff number\nQuenby,FX100001\n");
      doc.save(pdf.toFile());
    }

    assertThat(embedded(pdf)).singleElement().satisfies(f -> {
      assertThat(f.name()).isEqualTo("staff.csv");
      assertThat(f.flag("unreferenced")).isFalse();
    });
  }

  @Test
  void embeddedFilesOutsideTheAttachmentListInARealFileAreFound() throws Exception {
    Path pdf = Corpus.file("pdf/tika__testPDF_XFA_govdocs1_258578.pdf");

    assertThat(embedded(pdf)).isNotEmpty().allSatisfy(f -> assertThat(f.flag("unreferenced")).isTrue());
  }

  private List<Fact> embedded(Path pdf) throws Exception {
    RecordingHandler out = new RecordingHandler();
    ExtractionContext context = new ExtractionContext() {
      @Override
      public Limits limits() {
        return Limits.DEFAULT;
      }

      @Override
      public void embedded(String name, InputStream content) throws IOException {
        content.readAllBytes();
        scanned.add(name);
      }

      @Override
      public void checkDeadline() {}
    };
    new PdfExtractor().extract(pdf, context, out);
    return out.facts.stream().filter(f -> f.kind() == FactKind.EMBEDDED_OBJECT).toList();
  }

  private static void attach(PDDocument doc, String name, String content) throws IOException {
    FixtureAccess.attach(doc, name, "text/csv", content.getBytes(StandardCharsets.UTF_8));
  }
}
