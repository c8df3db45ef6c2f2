package io.foilint.extract.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.extract.ExtractionContext;
import io.foilint.model.Fact;
import io.foilint.model.FactKind;
import io.foilint.testing.Corpus;
import io.foilint.testing.RecordingHandler;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfPrivateDataTest {

  @TempDir Path dir;

  @Test
  void anEditorsPrivateCopyOfThePageIsReportedWithItsSize() throws Exception {
    Path pdf = withPieceInfo("Illustrator", new byte[5000]);

    assertThat(privateData(pdf)).singleElement().satisfies(f -> {
      assertThat(f.name()).isEqualTo("/PieceInfo/Illustrator");
      assertThat(f.location().place()).isEqualTo("page 1");
      assertThat(f.value()).contains("Illustrator private data (5 KB", "first on page 1");
      assertThat(f.flag("sentence")).isTrue();
    });
  }

  @Test
  void aMarkerWithoutDataIsNotReported() throws Exception {
    Path pdf = withPieceInfo("MarkedPDF", null);

    assertThat(privateData(pdf)).isEmpty();
  }

  @Test
  void illustratorsEditableArtworkInARealFileIsReported() throws Exception {
    Path pdf = Corpus.file("robustness/pdf/tika__testPDF_AdobeIllustrator.pdf");

    assertThat(privateData(pdf)).anySatisfy(f -> assertThat(f.name()).isEqualTo("/PieceInfo/Illustrator"));
  }

  @Test
  void wordProcessorTimestampsInARealFileAreNotReported() throws Exception {
    Path pdf = Corpus.file("pdf/pdfbox__pdfbox_hello3.pdf");

    assertThat(privateData(pdf)).isEmpty();
  }

  private Path withPieceInfo(String application, byte[] privateBytes) throws Exception {
    Path pdf = dir.resolve(application + ".pdf");
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      COSDictionary data = new COSDictionary();
      data.setName(COSName.getPDFName("LastModified"), "D:20240503");
      if (privateBytes != null) {
        COSStream stream = doc.getDocument().createCOSStream();
        try (var os = stream.createOutputStream()) {
          os.write(privateBytes);
        }
        COSDictionary priv = new COSDictionary();
        priv.setItem(COSName.getPDFName("AIPrivateData1"), stream);
        data.setItem(COSName.getPDFName("Private"), priv);
      }
      COSDictionary pieces = new COSDictionary();
      pieces.setItem(COSName.getPDFName(application), data);
      page.getCOSObject().setItem(COSName.getPDFName("PieceInfo"), pieces);
      doc.save(pdf.toFile());
    }
    return pdf;
  }

  private static List<Fact> privateData(Path pdf) throws Exception {
    RecordingHandler out = new RecordingHandler();
    new PdfExtractor().extract(pdf, ExtractionContext.standalone(), out);
    return out.facts.stream().filter(f -> f.kind() == FactKind.UNINSPECTED_PART
        && f.name().startsWith("/PieceInfo")).toList();
  }
}
