package io.foilint.extract.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.extract.ExtractionException;
import io.foilint.model.Fact;
import io.foilint.model.FactKind;
import io.foilint.model.Location;
import io.foilint.model.TextBlock;
import io.foilint.model.Visibility;
import io.foilint.testing.Corpus;
import io.foilint.testing.RecordingHandler;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfRevisionsTest {

  @TempDir Path dir;

  @Test
  void textRemovedInALaterIncrementalSaveIsReportedFromTheEarlierRevision() throws Exception {
    Path first = dir.resolve("first.pdf");
    try (PDDocument doc = new PDDocument()) {
      PdfTestFiles.addPage(doc, "Complaint summary", "Complainant: Jane Smith, 12 Acacia Avenue");
      doc.save(first.toFile());
    }
    Path edited = dir.resolve("edited.pdf");
    try (PDDocument doc = Loader.loadPDF(first.toFile())) {
      PDPage page = doc.getPage(0);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page, AppendMode.OVERWRITE, false)) {
        PdfTestFiles.writeLines(cs, "Complaint summary", "Complainant: [redacted]");
      }
      page.getCOSObject().setNeedToBeUpdated(true);
      doc.getPages().getCOSObject().setNeedToBeUpdated(true);
      doc.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
      try (OutputStream os = Files.newOutputStream(edited)) {
        doc.saveIncremental(os);
      }
    }

    RecordingHandler out = PdfTestFiles.extract(edited);

    assertThat(out.texts).filteredOn(t -> t.visibility() == Visibility.VISIBLE)
        .extracting(TextBlock::text).singleElement().asString().doesNotContain("Jane");
    assertThat(out.texts).filteredOn(t -> t.visibility() == Visibility.EARLIER_REVISION)
        .singleElement()
        .satisfies(t -> {
          assertThat(t.location()).isEqualTo(Location.of("revision 1 of 2", "page 1"));
          assertThat(t.text()).isEqualTo("Complainant: Jane Smith, 12 Acacia Avenue");
        });
    Fact revisions = revisionsFact(out);
    assertThat(revisions.value()).isEqualTo("2");
    assertThat(revisions.attr("changedPages")).isEqualTo("revision 1: page 1");
  }

  @Test
  void aSingleSaveHasOneRevisionAndNoEarlierText() throws Exception {
    Path pdf = dir.resolve("plain.pdf");
    try (PDDocument doc = new PDDocument()) {
      PdfTestFiles.addPage(doc, "Complainant: Jane Smith");
      doc.save(pdf.toFile());
    }

    RecordingHandler out = PdfTestFiles.extract(pdf);

    assertThat(revisionsFact(out).value()).isEqualTo("1");
    assertThat(out.texts).noneMatch(t -> t.visibility() == Visibility.EARLIER_REVISION);
  }

  @Test
  void anIncrementalSaveThatKeepsTheTextAddsNoEarlierText() throws Exception {
    Path first = dir.resolve("first.pdf");
    try (PDDocument doc = new PDDocument()) {
      PdfTestFiles.addPage(doc, "Complainant: Jane Smith");
      doc.save(first.toFile());
    }
    Path retitled = dir.resolve("retitled.pdf");
    try (PDDocument doc = Loader.loadPDF(first.toFile())) {
      doc.getDocumentInformation().setTitle("Complaint");
      doc.getDocumentInformation().getCOSObject().setNeedToBeUpdated(true);
      try (OutputStream os = Files.newOutputStream(retitled)) {
        doc.saveIncremental(os);
      }
    }

    RecordingHandler out = PdfTestFiles.extract(retitled);

    assertThat(revisionsFact(out).value()).isEqualTo("2");
    assertThat(revisionsFact(out).attr("compared")).isEqualTo("1");
    assertThat(out.texts).noneMatch(t -> t.visibility() == Visibility.EARLIER_REVISION);
  }

  @Test
  void findsEachRevisionEndAfterAStartxref() throws Exception {
    Path pdf = dir.resolve("fake.pdf");
    // "%%EOF" without a startxref before it (inside a stream, say) is not a revision end
    Files.writeString(pdf, "%PDF-1.4\n%%EOF\nstartxref\n123\n%%EOF\r\nmore\nstartxref 9 %%%EOF\n");

    List<RevisionBoundaries.Boundary> ends =
        RevisionBoundaries.find(pdf, io.foilint.extract.ExtractionContext.standalone());

    assertThat(ends).extracting(RevisionBoundaries.Boundary::startxref).containsExactly(123L, 9L);
    assertThat(ends.get(0).end()).isEqualTo("%PDF-1.4\n%%EOF\nstartxref\n123\n%%EOF".length());
  }

  /**
   * Real files, linearized ones among them: earlier-revision text only where the file truly has
   * earlier revisions, and never an error from the revision pass. Prints the tally for review.
   */
  @Test
  void corpusPdfsReportEarlierTextOnlyForRealRevisions() throws Exception {
    Path root = Corpus.file("pdf");
    int files = 0;
    int multi = 0;
    int withText = 0;
    for (String folder : List.of("pdf", "robustness/pdf")) {
      Path base = root.getParent().resolve(folder);
      List<Path> pdfs;
      try (Stream<Path> s = Files.list(base)) {
        pdfs = s.filter(p -> p.toString().toLowerCase().endsWith(".pdf")).sorted().toList();
      }
      for (Path pdf : pdfs) {
        RecordingHandler out = new RecordingHandler();
        try {
          new PdfExtractor().extract(pdf, io.foilint.extract.ExtractionContext.standalone(), out);
        } catch (ExtractionException e) {
          continue; // encrypted or damaged: the engine reports it; nothing to compare
        }
        files++;
        Fact revisions = revisionsFact(out);
        long earlierBlocks = out.texts.stream()
            .filter(t -> t.visibility() == Visibility.EARLIER_REVISION).count();
        if (Integer.parseInt(revisions.value()) > 1) {
          multi++;
          System.out.println("[revisions] " + folder + "/" + pdf.getFileName() + " " + revisions.value()
              + " " + revisions.attrs() + " earlier-text blocks=" + earlierBlocks);
        } else {
          assertThat(earlierBlocks).as(pdf.getFileName().toString()).isZero();
        }
        if (earlierBlocks > 0) {
          withText++;
          System.out.println("[earlier-revision] " + folder + "/" + pdf.getFileName() + " revisions="
              + revisions.value() + " " + revisions.attrs());
        }
      }
    }
    System.out.println("[earlier-revision] files read=" + files + " with >1 revision=" + multi
        + " with earlier-revision text=" + withText);
    assertThat(files).isPositive();
  }

  private static Fact revisionsFact(RecordingHandler out) {
    return out.facts(FactKind.PDF_REVISIONS).get(0);
  }
}
