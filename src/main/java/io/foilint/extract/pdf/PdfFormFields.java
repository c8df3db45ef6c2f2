package io.foilint.extract.pdf;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.ExtractionException;
import io.foilint.model.ContentHandler;
import io.foilint.model.Fact;
import io.foilint.model.FactKind;
import io.foilint.model.Location;
import io.foilint.model.TextBlock;
import io.foilint.model.TextKind;
import io.foilint.model.Visibility;
import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDChoice;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDPushButton;
import org.apache.pdfbox.pdmodel.interactive.form.PDRadioButton;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTerminalField;

/**
 * Interactive form fields (AcroForm) and their values. A form filled in and published as it is
 * carries whatever was typed, including into fields hidden from view or off the page; an XFA form
 * keeps its data apart, where foilint does not read it.
 */
final class PdfFormFields {

  /** Most fields reported; a form with more is reported up to here and named as cut short. */
  static final int MAX_FIELDS = 20_000;

  private static final Location PLACE = Location.of("form");

  private final PDDocument document;
  private final ExtractionContext context;
  private final ContentHandler out;

  PdfFormFields(PDDocument document, ExtractionContext context, ContentHandler out) {
    this.document = document;
    this.context = context;
    this.out = out;
  }

  void report() throws IOException, ExtractionException {
    // No fix-up: the default one would generate appearances, changing what is inspected.
    PDAcroForm form = document.getDocumentCatalog().getAcroForm(null);
    if (form == null) {
      return;
    }
    Map<COSDictionary, Integer> widgetPages = widgetPages();
    int count = 0;
    for (PDField field : form.getFieldTree()) {
      if (!(field instanceof PDTerminalField terminal)) {
        continue;
      }
      if (++count > MAX_FIELDS) {
        out.fact(new Fact(FactKind.UNINSPECTED_PART, PLACE, "form fields",
            "more than " + MAX_FIELDS + " fields; the rest were not read"));
        break;
      }
      if (count % 500 == 0) {
        context.checkDeadline();
      }
      field(terminal, widgetPages);
    }
    if (form.hasXFA()) {
      out.fact(new Fact(FactKind.FORM_FIELD, PLACE, "XFA form", "", Map.of("type", "xfa",
          "dynamic", Boolean.toString(form.xfaIsDynamic()))));
      out.fact(new Fact(FactKind.UNINSPECTED_PART, PLACE, "XFA form data",
          "an XFA form, whose data foilint does not read; open it in Acrobat to see what it holds"));
    }
  }

  private void field(PDTerminalField field, Map<COSDictionary, Integer> widgetPages) {
    String name = field.getFullyQualifiedName() == null ? "(unnamed field)" : field.getFullyQualifiedName();
    String type = typeOf(field);
    String value = valueOf(field);
    List<PDAnnotationWidget> widgets = field.getWidgets();
    boolean hidden = !widgets.isEmpty() && widgets.stream().allMatch(PdfFormFields::isHidden);
    Integer page = null;
    for (PDAnnotationWidget w : widgets) {
      page = widgetPages.get(w.getCOSObject());
      if (page != null) {
        break;
      }
    }
    Map<String, String> attrs = new LinkedHashMap<>();
    attrs.put("type", type);
    attrs.put("hidden", Boolean.toString(hidden));
    if (page != null) {
      attrs.put("page", page.toString());
    }
    out.fact(new Fact(FactKind.FORM_FIELD, PLACE.withRef(name), name, value, attrs));
    if (!value.isBlank()) {
      out.text(new TextBlock(TextKind.OTHER, Location.of("form field", name), value, "",
          hidden ? Visibility.HIDDEN_FORM_FIELD : Visibility.VISIBLE));
    }
  }

  /** The value as typed or chosen; an unticked box ("Off") and a push button hold none. */
  private static String valueOf(PDTerminalField field) {
    if (field instanceof PDPushButton || field instanceof PDSignatureField) {
      return "";
    }
    String v;
    try {
      v = field.getValueAsString();
    } catch (RuntimeException e) {
      v = "";
    }
    if (v == null) {
      return "";
    }
    if ((field instanceof PDCheckBox || field instanceof PDRadioButton) && v.equals("Off")) {
      return "";
    }
    if (field instanceof PDChoice && v.equals("[]")) {
      // PDFBox's wording of a list with nothing selected
      return "";
    }
    return v;
  }

  private static String typeOf(PDTerminalField field) {
    if (field instanceof PDCheckBox) {
      return "checkbox";
    }
    if (field instanceof PDRadioButton) {
      return "radio";
    }
    if (field instanceof PDPushButton) {
      return "button";
    }
    if (field instanceof PDChoice) {
      return "choice";
    }
    if (field instanceof PDSignatureField sig) {
      return sig.getSignature() == null ? "signature (empty)" : "signature (signed)";
    }
    return "text";
  }

  /** Hidden or not shown on screen, or drawn in a box of no size. */
  private static boolean isHidden(PDAnnotationWidget w) {
    if (w.isHidden() || w.isNoView()) {
      return true;
    }
    PDRectangle r = w.getRectangle();
    return r != null && (r.getWidth() <= 0.5f || r.getHeight() <= 0.5f);
  }

  /** Page number of each widget annotation, by its dictionary. */
  private Map<COSDictionary, Integer> widgetPages() throws IOException {
    Map<COSDictionary, Integer> pages = new IdentityHashMap<>();
    int number = 0;
    for (PDPage page : document.getPages()) {
      number++;
      for (PDAnnotation a : page.getAnnotations()) {
        if ("Widget".equals(a.getSubtype())) {
          pages.putIfAbsent(a.getCOSObject(), number);
        }
      }
    }
    return pages;
  }
}
