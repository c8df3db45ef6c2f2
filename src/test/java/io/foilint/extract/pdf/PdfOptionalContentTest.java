package io.foilint.extract.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.model.Fact;
import io.foilint.model.FactKind;
import io.foilint.model.Location;
import io.foilint.model.TextBlock;
import io.foilint.model.Visibility;
import io.foilint.testing.RecordingHandler;
import java.nio.file.Path;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.optionalcontent.PDOptionalContentGroup;
import org.apache.pdfbox.pdmodel.graphics.optionalcontent.PDOptionalContentProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfOptionalContentTest {

  @TempDir Path dir;

  @Test
  void textOnALayerThatIsOffIsHiddenLayerTextAndVisibleLayersAreNot() throws Exception {
    Path pdf = dir.resolve("layers.pdf");
    try (PDDocument doc = new PDDocument()) {
      PDOptionalContentProperties ocp = new PDOptionalContentProperties();
      PDOptionalContentGroup notes = new PDOptionalContentGroup("Reviewer notes");
      PDOptionalContentGroup body = new PDOptionalContentGroup("Body");
      PDOptionalContentGroup unused = new PDOptionalContentGroup("Spare");
      ocp.addGroup(notes);
      ocp.addGroup(body);
      ocp.addGroup(unused);
      ocp.setGroupEnabled(notes, false);
      ocp.setGroupEnabled(unused, false);
      doc.getDocumentCatalog().setOCProperties(ocp);
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.beginMarkedContent(COSName.OC, body);
        PdfTestFiles.writeLines(cs, "Decision: refused");
        cs.endMarkedContent();
        cs.beginMarkedContent(COSName.OC, notes);
        cs.beginText();
        cs.setFont(PdfTestFiles.helvetica(), 12);
        cs.newLineAtOffset(72, 400);
        cs.showText("Complainant is Jane Smith");
        cs.endText();
        cs.endMarkedContent();
      }
      doc.save(pdf.toFile());
    }

    RecordingHandler out = PdfTestFiles.extract(pdf);

    assertThat(out.texts).filteredOn(t -> t.visibility() == Visibility.HIDDEN_LAYER)
        .extracting(TextBlock::location, TextBlock::text)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(
            Location.of("page 1", "layer 'Reviewer notes'"), "Complainant is Jane Smith"));
    // Text on the off layer is reported once, as hidden-layer text, not also as what the page shows.
    assertThat(out.texts).filteredOn(t -> t.visibility() != Visibility.HIDDEN_LAYER)
        .noneMatch(t -> t.text().contains("Jane Smith"));
    assertThat(out.texts).filteredOn(t -> t.visibility() == Visibility.VISIBLE)
        .anyMatch(t -> t.text().contains("Decision: refused"));
    assertThat(out.facts(FactKind.PDF_LAYER)).extracting(Fact::name, Fact::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Reviewer notes", "off"),
            org.assertj.core.groups.Tuple.tuple("Body", "on"),
            org.assertj.core.groups.Tuple.tuple("Spare", "off"));
    assertThat(out.facts(FactKind.PDF_LAYER).get(0).attrs())
        .containsEntry("used", "true").containsEntry("pages", "1").containsEntry("hasText", "true");
    assertThat(out.facts(FactKind.PDF_LAYER).get(2).attrs()).containsEntry("used", "false");
  }

  @Test
  void allLayersOnGivesNoHiddenText() throws Exception {
    Path pdf = dir.resolve("visible-layer.pdf");
    try (PDDocument doc = new PDDocument()) {
      PDOptionalContentProperties ocp = new PDOptionalContentProperties();
      PDOptionalContentGroup body = new PDOptionalContentGroup("Body");
      ocp.addGroup(body);
      doc.getDocumentCatalog().setOCProperties(ocp);
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.beginMarkedContent(COSName.OC, body);
        PdfTestFiles.writeLines(cs, "Decision: refused");
        cs.endMarkedContent();
      }
      doc.save(pdf.toFile());
    }

    RecordingHandler out = PdfTestFiles.extract(pdf);

    assertThat(out.texts).noneMatch(t -> t.visibility() == Visibility.HIDDEN_LAYER);
    assertThat(out.facts(FactKind.PDF_LAYER)).extracting(Fact::value).containsExactly("on");
  }
}
