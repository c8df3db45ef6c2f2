package io.foilint.extract.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.foilint.model.Fact;
import io.foilint.model.FactKind;
import io.foilint.model.Location;
import io.foilint.model.TextBlock;
import io.foilint.model.Visibility;
import io.foilint.testing.Corpus;
import io.foilint.testing.RecordingHandler;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfFormFieldsTest {

  @TempDir Path dir;

  @Test
  void reportsFieldValuesWithTheirNamesAndHiddenWidgets() throws Exception {
    Path pdf = dir.resolve("form.pdf");
    try (PDDocument doc = new PDDocument()) {
      PDPage page = PdfTestFiles.addPage(doc, "Application form");
      PDAcroForm form = new PDAcroForm(doc);
      doc.getDocumentCatalog().setAcroForm(form);
      PDResources dr = new PDResources();
      dr.put(org.apache.pdfbox.cos.COSName.getPDFName("Helv"), PdfTestFiles.helvetica());
      form.setDefaultResources(dr);
      form.setDefaultAppearance("/Helv 10 Tf 0 g");
      form.getFields().addAll(List.of(
          field(form, page, "applicant", "Jane Smith", false),
          field(form, page, "caseworker", "Tom Brown", true),
          field(form, page, "notes", "", false)));
      form.getFields().get(0).setValue("Jane Smith");
      form.getFields().get(1).setValue("Tom Brown");
      doc.save(pdf.toFile());
    }

    RecordingHandler out = PdfTestFiles.extract(pdf);

    assertThat(out.facts(FactKind.FORM_FIELD)).extracting(Fact::name, Fact::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("applicant", "Jane Smith"),
            org.assertj.core.groups.Tuple.tuple("caseworker", "Tom Brown"),
            org.assertj.core.groups.Tuple.tuple("notes", ""));
    Fact hidden = out.facts(FactKind.FORM_FIELD).get(1);
    assertThat(hidden.attrs()).containsEntry("type", "text").containsEntry("hidden", "true").containsEntry("page", "1");
    assertThat(out.texts).filteredOn(t -> t.location().place().equals("form field"))
        .extracting(TextBlock::location, TextBlock::visibility)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Location.of("form field", "applicant"), Visibility.VISIBLE),
            org.assertj.core.groups.Tuple.tuple(Location.of("form field", "caseworker"), Visibility.HIDDEN_FORM_FIELD));
  }

  @Test
  void aPdfWithoutAFormHasNoFields() throws Exception {
    Path pdf = dir.resolve("plain.pdf");
    try (PDDocument doc = new PDDocument()) {
      PdfTestFiles.addPage(doc, "No form here");
      doc.save(pdf.toFile());
    }
    assertThat(PdfTestFiles.extract(pdf).facts(FactKind.FORM_FIELD)).isEmpty();
  }

  @Test
  void realFilledFormAndXfaForm() throws Exception {
    RecordingHandler filled = PdfTestFiles.extract(Corpus.file("pdf/pdfbox__form_AcroFormsBasicFields.pdf"));
    assertThat(filled.facts(FactKind.FORM_FIELD)).isNotEmpty();
    RecordingHandler xfa = PdfTestFiles.extract(Corpus.file("pdf/tika__testPDF_XFA_govdocs1_258578.pdf"));
    assertThat(xfa.facts(FactKind.FORM_FIELD)).anyMatch(f -> f.attr("type").equals("xfa"));
    assertThat(xfa.facts(FactKind.UNINSPECTED_PART)).extracting(Fact::name).contains("XFA form data");
  }

  private static PDTextField field(PDAcroForm form, PDPage page, String name, String value, boolean hidden)
      throws Exception {
    PDTextField field = new PDTextField(form);
    field.setPartialName(name);
    PDAnnotationWidget widget = field.getWidgets().get(0);
    widget.setRectangle(new PDRectangle(72, 600 - 30 * form.getFields().size(), 200, 20));
    widget.setPage(page);
    widget.setHidden(hidden);
    page.getAnnotations().add(widget);
    return field;
  }
}
