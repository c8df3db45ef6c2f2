package io.foilint.extract.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.model.Location;
import io.foilint.model.TextBlock;
import io.foilint.model.Visibility;
import io.foilint.testing.Corpus;
import io.foilint.testing.RecordingHandler;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfOutlineAndAltTextTest {

  @TempDir Path dir;

  @Test
  void bookmarksAreReportedWithTheirPath() throws Exception {
    Path pdf = dir.resolve("bookmarks.pdf");
    try (PDDocument doc = new PDDocument()) {
      PDPage page = PdfTestFiles.addPage(doc, "Contents");
      PDDocumentOutline outline = new PDDocumentOutline();
      PDOutlineItem chapter = item("Complaints", page);
      chapter.addLast(item("Complaint by Jane Smith", page));
      outline.addLast(chapter);
      doc.getDocumentCatalog().setDocumentOutline(outline);
      doc.save(pdf.toFile());
    }

    RecordingHandler out = PdfTestFiles.extract(pdf);

    assertThat(out.texts).filteredOn(t -> t.location().place().equals("bookmarks"))
        .extracting(TextBlock::location, TextBlock::text, TextBlock::visibility)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Location.of("bookmarks", "Complaints"), "Complaints", Visibility.METADATA),
            org.assertj.core.groups.Tuple.tuple(Location.of("bookmarks", "Complaints > Complaint by Jane Smith"),
                "Complaint by Jane Smith", Visibility.METADATA));
  }

  @Test
  void altTextOfTheStructureTreeAndActualTextOfMarkedContentAreReportedByPage() throws Exception {
    Path pdf = dir.resolve("tagged.pdf");
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      PDResources resources = new PDResources();
      resources.put(COSName.getPDFName("F1"), PdfTestFiles.helvetica());
      page.setResources(resources);
      String content = "/Span <</ActualText (Jane Smith)>> BDC BT /F1 12 Tf 72 700 Td (J. S.) Tj ET EMC\n";
      PDStream stream = new PDStream(doc);
      try (OutputStream os = stream.createOutputStream()) {
        os.write(content.getBytes(StandardCharsets.US_ASCII));
      }
      page.setContents(stream);
      COSDictionary figure = new COSDictionary();
      figure.setName(COSName.S, "Figure");
      figure.setString(COSName.getPDFName("Alt"), "Photo of Jane Smith at the scene");
      figure.setItem(COSName.getPDFName("Pg"), page.getCOSObject());
      COSDictionary root = new COSDictionary();
      root.setName(COSName.TYPE, "StructTreeRoot");
      COSArray kids = new COSArray();
      kids.add(figure);
      root.setItem(COSName.K, kids);
      doc.getDocumentCatalog().getCOSObject().setItem(COSName.STRUCT_TREE_ROOT, root);
      doc.save(pdf.toFile());
    }

    RecordingHandler out = PdfTestFiles.extract(pdf);

    assertThat(out.texts).filteredOn(t -> t.visibility() == Visibility.METADATA)
        .extracting(TextBlock::location, TextBlock::text)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(Location.of("page 1", "Alt"), "Photo of Jane Smith at the scene"),
            org.assertj.core.groups.Tuple.tuple(Location.of("page 1", "ActualText"), "Jane Smith"));
  }

  @Test
  void realBookmarks() throws Exception {
    RecordingHandler out = PdfTestFiles.extract(Corpus.file("pdf/tika__testPDF_bookmarks.pdf"));
    assertThat(out.texts).filteredOn(t -> t.location().place().equals("bookmarks")).isNotEmpty();
  }

  private static PDOutlineItem item(String title, PDPage page) {
    PDOutlineItem item = new PDOutlineItem();
    item.setTitle(title);
    item.setDestination(page);
    return item;
  }
}
