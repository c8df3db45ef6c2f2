package io.foilint.extract.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.model.Fact;
import io.foilint.model.FactKind;
import io.foilint.testing.RecordingHandler;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDSimpleFileSpecification;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.action.PDPageAdditionalActions;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfActionsTest {

  @TempDir Path dir;

  @Test
  void reportsOpenActionScriptsLaunchesAndLinksButNotMovesWithinTheDocument() throws Exception {
    Path pdf = dir.resolve("actions.pdf");
    try (PDDocument doc = new PDDocument()) {
      PDPage page = PdfTestFiles.addPage(doc, "Report");
      doc.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('hello');"));
      PDPageAdditionalActions aa = new PDPageAdditionalActions();
      PDActionLaunch launch = new PDActionLaunch();
      launch.setFile(new PDSimpleFileSpecification(new org.apache.pdfbox.cos.COSString("C:\\Windows\\calc.exe")));
      aa.setO(launch);
      page.setActions(aa);
      page.getAnnotations().add(link(new PDActionURIOf("https://example.org/report")));
      PDActionGoTo goTo = new PDActionGoTo();
      PDPageFitDestination dest = new PDPageFitDestination();
      dest.setPage(page);
      goTo.setDestination(dest);
      page.getAnnotations().add(link(goTo));
      doc.save(pdf.toFile());
    }

    RecordingHandler out = PdfTestFiles.extract(pdf);

    assertThat(out.facts(FactKind.PDF_ACTION)).extracting(Fact::name, Fact::value)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("OpenAction", "JavaScript"),
            org.assertj.core.groups.Tuple.tuple("page 1 on open", "Launch"),
            org.assertj.core.groups.Tuple.tuple("page 1 link", "URI"));
    assertThat(out.facts(FactKind.PDF_ACTION)).filteredOn(f -> f.value().equals("JavaScript"))
        .singleElement().satisfies(f -> assertThat(f.attr("scriptBytes")).isEqualTo("19"));
    assertThat(out.facts(FactKind.PDF_ACTION)).filteredOn(f -> f.value().equals("Launch"))
        .singleElement().satisfies(f -> assertThat(f.attr("target")).isEqualTo("C:\\Windows\\calc.exe"));
    assertThat(out.facts(FactKind.PDF_ACTION)).filteredOn(f -> f.value().equals("URI"))
        .singleElement().satisfies(f -> assertThat(f.attr("target")).isEqualTo("https://example.org/report"));
  }

  @Test
  void aPlainPdfHasNoActions() throws Exception {
    Path pdf = dir.resolve("plain.pdf");
    try (PDDocument doc = new PDDocument()) {
      PdfTestFiles.addPage(doc, "Report");
      doc.save(pdf.toFile());
    }
    assertThat(PdfTestFiles.extract(pdf).facts(FactKind.PDF_ACTION)).isEmpty();
  }

  private static PDAnnotationLink link(org.apache.pdfbox.pdmodel.interactive.action.PDAction action) {
    PDAnnotationLink link = new PDAnnotationLink();
    link.setRectangle(new PDRectangle(72, 500, 100, 14));
    link.setAction(action);
    return link;
  }

  /** A URI action with its address set. */
  private static final class PDActionURIOf extends PDActionURI {
    PDActionURIOf(String uri) {
      setURI(uri);
    }
  }
}
