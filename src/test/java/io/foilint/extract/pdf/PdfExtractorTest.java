package io.foilint.extract.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.ExtractionException;
import io.foilint.extract.ExtractionException.Reason;
import io.foilint.extract.Limits;
import io.foilint.model.Fact;
import io.foilint.model.FactKind;
import io.foilint.model.Location;
import io.foilint.model.TextBlock;
import io.foilint.model.TextKind;
import io.foilint.model.Visibility;
import io.foilint.testing.Corpus;
import io.foilint.testing.RecordingHandler;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfExtractorTest {

  @TempDir Path dir;

  private final RecordingContext context = new RecordingContext();
  private final RecordingHandler out = new RecordingHandler();

  @Test
  void reportsEachPagesTextWithItsPage() throws Exception {
    Path pdf = dir.resolve("two-pages.pdf");
    try (PDDocument doc = new PDDocument()) {
      addPage(doc, "Staff list withheld", RenderingMode.FILL);
      addPage(doc, "Second page text", RenderingMode.FILL);
      doc.save(pdf.toFile());
    }

    new PdfExtractor().extract(pdf, context, out);

    assertThat(out.texts)
        .extracting(TextBlock::location, TextBlock::text, TextBlock::kind, TextBlock::visibility)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                Location.of("page 1", ""), "Staff list withheld", TextKind.BODY, Visibility.VISIBLE),
            org.assertj.core.groups.Tuple.tuple(
                Location.of("page 2", ""), "Second page text", TextKind.BODY, Visibility.VISIBLE));
  }

  @Test
  void keepsInvisibleRenderModeTextApartFromWhatAReaderSees() throws Exception {
    Path pdf = dir.resolve("invisible.pdf");
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.beginText();
        cs.setFont(helvetica(), 12);
        cs.newLineAtOffset(72, 700);
        cs.showText("Visible summary");
        cs.setRenderingMode(RenderingMode.NEITHER);
        cs.newLineAtOffset(0, -40);
        cs.showText("Jane Smith DOB 01/02/1980");
        cs.endText();
      }
      doc.save(pdf.toFile());
    }

    new PdfExtractor().extract(pdf, context, out);

    assertThat(out.texts).filteredOn(t -> t.visibility() == Visibility.VISIBLE)
        .singleElement().extracting(TextBlock::text).isEqualTo("Visible summary");
    assertThat(out.texts).filteredOn(t -> t.visibility() == Visibility.INVISIBLE_RENDER_MODE)
        .singleElement()
        .satisfies(t -> {
          assertThat(t.text()).isEqualTo("Jane Smith DOB 01/02/1980");
          assertThat(t.location().place()).isEqualTo("page 1");
          assertThat(t.location().ref()).startsWith("text at 72,");
        });
  }

  @Test
  void anOcrLayerOverAScannedImageReadsAsTheVisibleText() throws Exception {
    Path pdf = dir.resolve("scanned.pdf");
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      java.awt.image.BufferedImage scan = new java.awt.image.BufferedImage(612, 792, java.awt.image.BufferedImage.TYPE_INT_RGB);
      // White paper with the scanned words printed where the OCR layer says they are (over blank
      // paper the layer would be hidden text; over black pixels, hidden under a blacked-out area).
      java.awt.Graphics2D paper = scan.createGraphics();
      paper.setColor(java.awt.Color.WHITE);
      paper.fillRect(0, 0, 612, 792);
      paper.setColor(java.awt.Color.BLACK);
      ScanInk.print(paper, "Scanned letter text", 72, 792 - 700, 12);
      paper.dispose();
      org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject image =
          org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory.createFromImage(doc, scan);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.drawImage(image, 0, 0, 612, 792);
        cs.beginText();
        cs.setFont(helvetica(), 12);
        cs.setRenderingMode(RenderingMode.NEITHER);
        cs.newLineAtOffset(72, 700);
        cs.showText("Scanned letter text");
        cs.endText();
      }
      doc.save(pdf.toFile());
    }

    new PdfExtractor().extract(pdf, context, out);

    assertThat(out.texts).singleElement().satisfies(t -> {
      assertThat(t.text()).isEqualTo("Scanned letter text");
      assertThat(t.visibility()).isEqualTo(Visibility.VISIBLE);
    });
  }

  @Test
  void reportsCommentsAndRedactionsMarkedButNotApplied() throws Exception {
    Path pdf = dir.resolve("annotated.pdf");
    try (PDDocument doc = new PDDocument()) {
      addPage(doc, "Statement of the witness", RenderingMode.FILL);
      PDPage page = doc.getPage(0);
      org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText note =
          new org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText();
      note.setContents("Check with PC Hartwell before release");
      note.setTitlePopup("Pellow, Aled");
      note.setRectangle(new org.apache.pdfbox.pdmodel.common.PDRectangle(100, 600, 20, 20));
      org.apache.pdfbox.cos.COSDictionary redact = new org.apache.pdfbox.cos.COSDictionary();
      redact.setName(org.apache.pdfbox.cos.COSName.TYPE, "Annot");
      redact.setName(org.apache.pdfbox.cos.COSName.SUBTYPE, "Redact");
      org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation mark =
          org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation.createAnnotation(redact);
      mark.setRectangle(new org.apache.pdfbox.pdmodel.common.PDRectangle(72, 695, 200, 14));
      page.getAnnotations().add(note);
      page.getAnnotations().add(mark);
      doc.save(pdf.toFile());
    }

    new PdfExtractor().extract(pdf, context, out);

    assertThat(out.texts).filteredOn(t -> t.kind() == TextKind.COMMENT).singleElement().satisfies(t -> {
      assertThat(t.text()).isEqualTo("Check with PC Hartwell before release");
      assertThat(t.author()).isEqualTo("Pellow, Aled");
      assertThat(t.visibility()).isEqualTo(Visibility.COMMENT);
      assertThat(t.location().place()).isEqualTo("page 1");
    });
    assertThat(out.facts(io.foilint.model.FactKind.UNAPPLIED_REDACTION)).singleElement()
        .satisfies(f -> assertThat(f.location().toString()).isEqualTo("'page 1'!box at 72,695 (200x14 pt)"));
  }

  @Test
  void annotationsAreNamedAsAViewerShowsThemAndPrintedTextBoxesSaySo() throws Exception {
    Path pdf = dir.resolve("boxes.pdf");
    try (PDDocument doc = new PDDocument()) {
      addPage(doc, "Minutes", RenderingMode.FILL);
      PDPage page = doc.getPage(0);
      var printed = new org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFreeText();
      printed.setContents("Approved at the meeting");
      printed.setRectangle(new org.apache.pdfbox.pdmodel.common.PDRectangle(72, 600, 200, 20));
      var appearance = new org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary();
      var stream = new org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream(doc);
      stream.setBBox(new org.apache.pdfbox.pdmodel.common.PDRectangle(200, 20));
      appearance.setNormalAppearance(stream);
      printed.setAppearance(appearance);
      var hidden = new org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFreeText();
      hidden.setContents("Not for release");
      hidden.setRectangle(new org.apache.pdfbox.pdmodel.common.PDRectangle(72, 500, 200, 20));
      hidden.setAppearance(appearance);
      hidden.setHidden(true);
      var note = new org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText();
      note.setContents("Ask legal");
      note.setRectangle(new org.apache.pdfbox.pdmodel.common.PDRectangle(100, 400, 20, 20));
      page.getAnnotations().addAll(List.of(printed, hidden, note));
      doc.save(pdf.toFile());
    }

    new PdfExtractor().extract(pdf, context, out);

    assertThat(out.texts).filteredOn(t -> t.kind() == TextKind.COMMENT)
        .extracting(t -> t.location().ref())
        .containsExactly("printed text box at 72,600 (200x20 pt)", "text box at 72,500 (200x20 pt)",
            "sticky note at 100,400 (20x20 pt)");
  }

  @Test
  void aPageWithoutAnnotationsHasNoComments() throws Exception {
    Path pdf = dir.resolve("plain.pdf");
    try (PDDocument doc = new PDDocument()) {
      addPage(doc, "Plain page", RenderingMode.FILL);
      doc.save(pdf.toFile());
    }
    new PdfExtractor().extract(pdf, context, out);
    assertThat(out.texts).noneMatch(t -> t.kind() == TextKind.COMMENT);
    assertThat(out.facts(io.foilint.model.FactKind.UNAPPLIED_REDACTION)).isEmpty();
  }

  @Test
  void reportsDocumentInformation() throws Exception {
    Path pdf = dir.resolve("author.pdf");
    try (PDDocument doc = new PDDocument()) {
      addPage(doc, "Body", RenderingMode.FILL);
      doc.getDocumentInformation().setAuthor("Jane Smith");
      doc.getDocumentInformation().setCreator("Microsoft Word");
      doc.getDocumentInformation().setCustomMetadataValue("Caseworker", "J. Bloggs");
      doc.save(pdf.toFile());
    }

    new PdfExtractor().extract(pdf, context, out);

    Location info = Location.of("document information");
    assertThat(out.facts)
        .contains(
            new Fact(FactKind.DOCUMENT_PROPERTY, info, "author", "Jane Smith"),
            new Fact(FactKind.DOCUMENT_PROPERTY, info, "application", "Microsoft Word"),
            new Fact(FactKind.DOCUMENT_PROPERTY, info, "custom:Caseworker", "J. Bloggs"));
  }

  @Test
  void handsAnAttachedFileToTheEngine() throws Exception {
    byte[] csv = "name,postcode\nJane Smith,AB1 2CD\n".getBytes(StandardCharsets.UTF_8);
    Path pdf = dir.resolve("attached.pdf");
    try (PDDocument doc = new PDDocument()) {
      addPage(doc, "See attached", RenderingMode.FILL);
      PDEmbeddedFile file = new PDEmbeddedFile(doc, new ByteArrayInputStream(csv));
      file.setSubtype("text/csv");
      file.setSize(csv.length);
      PDComplexFileSpecification spec = new PDComplexFileSpecification();
      spec.setFile("staff.csv");
      spec.setEmbeddedFile(file);
      PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
      tree.setNames(Map.of("staff.csv", spec));
      PDDocumentNameDictionary names = new PDDocumentNameDictionary(doc.getDocumentCatalog());
      names.setEmbeddedFiles(tree);
      doc.getDocumentCatalog().setNames(names);
      doc.save(pdf.toFile());
    }

    new PdfExtractor().extract(pdf, context, out);

    assertThat(context.embedded).containsOnlyKeys("staff.csv");
    assertThat(context.embedded.get("staff.csv")).isEqualTo(csv);
    assertThat(out.facts)
        .filteredOn(f -> f.kind() == FactKind.EMBEDDED_OBJECT)
        .singleElement()
        .satisfies(f -> {
          assertThat(f.name()).isEqualTo("staff.csv");
          assertThat(f.value()).isEqualTo("CSV file"); // the declared text/csv, in words
          assertThat(f.flag("scanned")).isTrue();
          assertThat(f.intAttr("bytes")).isEqualTo(csv.length);
        });
  }

  @Test
  void aPdfThatNeedsAPasswordIsEncrypted() throws Exception {
    Path pdf = dir.resolve("locked.pdf");
    protect(pdf, "owner-secret", "user-secret");

    Throwable thrown = catchThrowable(() -> new PdfExtractor().extract(pdf, context, out));

    assertThat(thrown).isInstanceOf(ExtractionException.class);
    assertThat(((ExtractionException) thrown).reason()).isEqualTo(Reason.ENCRYPTED);
    assertThat(thrown.getMessage()).contains("needs a password");
    assertThat(out.texts).isEmpty();
  }

  @Test
  void anOwnerPasswordOnlyPdfIsScannedAndSaysSo() throws Exception {
    Path pdf = dir.resolve("permissions.pdf");
    protect(pdf, "owner-secret", "");

    new PdfExtractor().extract(pdf, context, out);

    assertThat(out.texts).extracting(TextBlock::text).containsExactly("Protected body");
    assertThat(out.facts)
        .contains(
            new Fact(
                FactKind.DOCUMENT_PROPERTY,
                Location.of("security"),
                "encryption",
                "owner password only (permissions), content readable"));
  }

  @Test
  void anUnencryptedPdfHasNoSecurityFact() throws Exception {
    Path pdf = dir.resolve("plain.pdf");
    try (PDDocument doc = new PDDocument()) {
      addPage(doc, "Body", RenderingMode.FILL);
      doc.save(pdf.toFile());
    }

    new PdfExtractor().extract(pdf, context, out);

    assertThat(out.facts).noneMatch(f -> f.location().equals(Location.of("security")));
  }

  @Test
  void garbageNamedPdfIsCorrupt() throws Exception {
    Path pdf = dir.resolve("garbage.pdf");
    Files.write(pdf, "this is not a PDF at all, just some bytes\n".repeat(20).getBytes());

    assertThatThrownBy(() -> new PdfExtractor().extract(pdf, context, out))
        .isInstanceOfSatisfying(
            ExtractionException.class, e -> assertThat(e.reason()).isEqualTo(Reason.CORRUPT))
        .hasMessageNotContaining("Exception");
  }

  @Test
  void truncatedPdfIsCorruptOrReadsWhatIsThere() throws Exception {
    Path whole = dir.resolve("whole.pdf");
    try (PDDocument doc = new PDDocument()) {
      addPage(doc, "Body", RenderingMode.FILL);
      doc.save(whole.toFile());
    }
    byte[] bytes = Files.readAllBytes(whole);
    Path cut = dir.resolve("cut.pdf");
    Files.write(cut, java.util.Arrays.copyOf(bytes, 20));

    assertThatThrownBy(() -> new PdfExtractor().extract(cut, context, out))
        .isInstanceOfSatisfying(
            ExtractionException.class, e -> assertThat(e.reason()).isEqualTo(Reason.CORRUPT));
  }

  /**
   * Every corpus PDF (ordinary and hostile) either extracts or fails closed with an
   * ExtractionException, within 30 s each. Large corpora are sampled to keep the suite fast.
   */
  @Test
  void everyCorpusPdfExtractsOrFailsClosed() throws Exception {
    Path root = Corpus.root();
    List<Path> files = new ArrayList<>();
    for (String folder : List.of("pdf", "robustness/pdf", "pdf-redaction/xray")) {
      Path d = root.resolve(folder);
      if (Files.isDirectory(d)) {
        try (Stream<Path> s = Files.list(d)) {
          // Only .pdf: the xray folder also holds EXPECTED.json/.md.
          s.filter(p -> p.toString().toLowerCase().endsWith(".pdf")).sorted().forEach(files::add);
        }
      }
    }
    assertThat(files).isNotEmpty();
    Map<Reason, Integer> failures = new LinkedHashMap<>();
    long started = System.nanoTime();
    for (Path file : files) {
      if (System.nanoTime() - started > Duration.ofSeconds(50).toNanos()) {
        System.err.println("[foilint] PDF corpus sweep stopped early at " + file.getFileName());
        break;
      }
      assertTimeoutPreemptively(
          Duration.ofSeconds(30),
          () -> {
            try {
              new PdfExtractor().extract(file, new RecordingContext(), new RecordingHandler());
            } catch (ExtractionException e) {
              assertThat(e.getMessage()).as(file.toString()).isNotBlank();
              failures.merge(e.reason(), 1, Integer::sum);
            }
          },
          file.toString());
    }
    System.err.println("[foilint] PDF corpus sweep: " + files.size() + " files, failures " + failures
        + ", " + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms");
  }

  @Test
  void corpusAttachmentIsHandedOn() throws Exception {
    Path pdf = Corpus.file("pdf/pdfbox__compression_attachment.pdf");

    new PdfExtractor().extract(pdf, context, out);

    assertThat(context.embedded).isNotEmpty();
    assertThat(out.facts).anyMatch(f -> f.kind() == FactKind.EMBEDDED_OBJECT);
  }

  @Test
  void corpusPasswordSampleNeedsAPassword() throws Exception {
    Path pdf = Corpus.file("robustness/pdf/pdfbox__encryption_PasswordSample-256bit.pdf");

    assertThatThrownBy(() -> new PdfExtractor().extract(pdf, context, out))
        .isInstanceOfSatisfying(
            ExtractionException.class, e -> assertThat(e.reason()).isEqualTo(Reason.ENCRYPTED));
  }

  @Test
  void corpusCertificateEncryptedPdfIsEncryptedNotCorrupt() throws Exception {
    Path pdf = Corpus.file("robustness/pdf/pdfbox__encryption_AESkeylength128.pdf");

    assertThatThrownBy(() -> new PdfExtractor().extract(pdf, context, out))
        .isInstanceOfSatisfying(
            ExtractionException.class, e -> assertThat(e.reason()).isEqualTo(Reason.ENCRYPTED));
  }

  private static void protect(Path pdf, String ownerPassword, String userPassword)
      throws IOException {
    try (PDDocument doc = new PDDocument()) {
      addPage(doc, "Protected body", RenderingMode.FILL);
      StandardProtectionPolicy policy =
          new StandardProtectionPolicy(ownerPassword, userPassword, new AccessPermission());
      policy.setEncryptionKeyLength(128);
      doc.protect(policy);
      doc.save(pdf.toFile());
    }
  }

  private static void addPage(PDDocument doc, String text, RenderingMode mode) throws IOException {
    PDPage page = new PDPage();
    doc.addPage(page);
    try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
      cs.beginText();
      cs.setFont(helvetica(), 12);
      cs.setRenderingMode(mode);
      cs.newLineAtOffset(72, 700);
      cs.showText(text);
      cs.endText();
    }
  }

  private static PDType1Font helvetica() {
    return new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  }

  /** Records the bytes of every embedded document the extractor hands on. */
  private static final class RecordingContext implements ExtractionContext {
    final Map<String, byte[]> embedded = new LinkedHashMap<>();

    @Override
    public Limits limits() {
      return Limits.DEFAULT;
    }

    @Override
    public void embedded(String name, InputStream content) throws IOException {
      embedded.put(name, content.readAllBytes());
    }

    @Override
    public void checkDeadline() {}
  }
}
