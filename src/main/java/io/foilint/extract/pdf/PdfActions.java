package io.foilint.extract.pdf;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.ExtractionException;
import io.foilint.model.ContentHandler;
import io.foilint.model.Fact;
import io.foilint.model.FactKind;
import io.foilint.model.Location;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDNameTreeNode;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;

/**
 * Actions the PDF runs or offers: document JavaScript, the action run on opening, actions tied
 * to the document, its pages, annotations and form fields ({@code /AA}), and what links do.
 * Scripts can send data or change what is shown; launch actions start programs; submit actions
 * post the form to an address; links name web sites and files. Moves within the document (GoTo)
 * and viewer commands (Named) carry nothing and are left out.
 */
final class PdfActions {

  /** Most actions reported; a file with more is cut short and says so. */
  static final int MAX_ACTIONS = 5_000;

  private static final int MAX_CHAIN = 32;
  private static final Set<String> NAVIGATION = Set.of("GoTo", "Named", "Thread", "Trans");

  private final PDDocument document;
  private final ExtractionContext context;
  private final ContentHandler out;
  private final Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
  private int reported;

  PdfActions(PDDocument document, ExtractionContext context, ContentHandler out) {
    this.document = document;
    this.context = context;
    this.out = out;
  }

  void report() throws IOException, ExtractionException {
    PDDocumentCatalog catalog = document.getDocumentCatalog();
    Location doc = Location.of("document");
    documentJavaScript(catalog.getNames(), doc);
    action("OpenAction", catalog.getCOSObject().getDictionaryObject(COSName.OPEN_ACTION), doc);
    additional("document", catalog.getCOSObject(), doc);
    int number = 0;
    for (PDPage page : document.getPages()) {
      number++;
      context.checkDeadline();
      Location where = Location.of("page " + number);
      additional("page " + number, page.getCOSObject(), where);
      for (PDAnnotation a : page.getAnnotations()) {
        String subtype = a.getSubtype() == null ? "annotation" : a.getSubtype().toLowerCase(java.util.Locale.ROOT);
        String trigger = "page " + number + " " + subtype;
        action(trigger, a.getCOSObject().getDictionaryObject(COSName.A), where);
        additional(trigger, a.getCOSObject(), where);
      }
    }
    PDAcroForm form = catalog.getAcroForm(null);
    if (form != null) {
      int fields = 0;
      for (PDField field : form.getFieldTree()) {
        if (++fields % 500 == 0) {
          context.checkDeadline();
        }
        additional("form field " + field.getFullyQualifiedName(), field.getCOSObject(), Location.of("form"));
      }
    }
    if (reported > MAX_ACTIONS) {
      out.fact(new Fact(FactKind.UNINSPECTED_PART, doc, "actions",
          "more than " + MAX_ACTIONS + " actions; the rest were not listed"));
    }
  }

  private void documentJavaScript(PDDocumentNameDictionary names, Location where) throws IOException {
    if (names == null) {
      return;
    }
    PDJavascriptNameTreeNode tree = names.getJavaScript();
    if (tree != null) {
      walk(tree, where, 0);
    }
  }

  private void walk(PDNameTreeNode<PDActionJavaScript> node, Location where, int depth) throws IOException {
    if (depth > 32) {
      return;
    }
    Map<String, PDActionJavaScript> leaves = node.getNames();
    if (leaves != null) {
      for (Map.Entry<String, PDActionJavaScript> e : leaves.entrySet()) {
        action("document JavaScript '" + e.getKey() + "'", e.getValue().getCOSObject(), where);
      }
    }
    List<PDNameTreeNode<PDActionJavaScript>> kids = node.getKids();
    if (kids != null) {
      for (PDNameTreeNode<PDActionJavaScript> kid : kids) {
        walk(kid, where, depth + 1);
      }
    }
  }

  /** The additional-actions dictionary ({@code /AA}) of a catalog, page, annotation or field. */
  private void additional(String owner, COSDictionary holder, Location where) {
    if (holder.getDictionaryObject(COSName.AA) instanceof COSDictionary aa) {
      for (COSName event : aa.keySet()) {
        // a field's /C is its calculation; elsewhere /C is closing
        String when = owner.startsWith("form field") && event.getName().equals("C")
            ? "on calculate" : eventName(event.getName());
        action(owner + " " + when, aa.getDictionaryObject(event), where);
      }
    }
  }

  /** Reports one action and those chained after it ({@code /Next}). */
  private void action(String trigger, COSBase base, Location where) {
    int chain = 0;
    COSBase current = base;
    while (current instanceof COSDictionary dict && chain++ < MAX_CHAIN && seen.add(dict)) {
      one(trigger, dict, where);
      COSBase next = dict.getDictionaryObject(COSName.NEXT);
      if (next instanceof COSArray array) {
        for (COSBase item : array) {
          action(trigger, item instanceof COSObject o ? o.getObject() : item, where);
        }
        return;
      }
      current = next;
    }
  }

  private void one(String trigger, COSDictionary action, Location where) {
    String type = action.getNameAsString(COSName.S);
    if (type == null || NAVIGATION.contains(type) || ++reported > MAX_ACTIONS) {
      return;
    }
    Map<String, String> attrs = new LinkedHashMap<>();
    String target = switch (type) {
      case "URI" -> action.getString(COSName.URI, "");
      case "Launch", "GoToR", "GoToE", "SubmitForm", "ImportData" -> fileOf(action);
      default -> "";
    };
    if (!target.isEmpty()) {
      attrs.put("target", target);
    }
    if (type.equals("JavaScript")) {
      attrs.put("scriptBytes", Long.toString(scriptLength(action.getDictionaryObject(COSName.JS))));
    }
    out.fact(new Fact(FactKind.PDF_ACTION, where, trigger, type, attrs));
  }

  /** The file or address an action names: {@code /F} as a string or a file specification. */
  private static String fileOf(COSDictionary action) {
    COSBase f = action.getDictionaryObject(COSName.F);
    if (f == null && action.getDictionaryObject(COSName.WIN) instanceof COSDictionary win) {
      f = win.getDictionaryObject(COSName.F);
    }
    if (f instanceof COSString s) {
      return s.getString();
    }
    if (f instanceof COSDictionary spec) {
      String uf = spec.getString(COSName.UF);
      return uf != null ? uf : spec.getString(COSName.F, "");
    }
    return "";
  }

  private static long scriptLength(COSBase js) {
    if (js instanceof COSString s) {
      return s.getBytes().length;
    }
    if (js instanceof COSStream stream) {
      try (InputStream in = stream.createInputStream()) {
        return in.transferTo(java.io.OutputStream.nullOutputStream());
      } catch (IOException | RuntimeException e) {
        return stream.getLength();
      }
    }
    return 0;
  }

  /** Words for the additional-action events (PDF 32000 tables 194–197). */
  private static String eventName(String key) {
    return switch (key) {
      case "O" -> "on open";
      case "C" -> "on close";
      case "E" -> "on mouse enter";
      case "X" -> "on mouse exit";
      case "D" -> "on mouse down";
      case "U" -> "on mouse up";
      case "Fo" -> "on focus";
      case "Bl" -> "on blur";
      case "PO" -> "on page open";
      case "PC" -> "on page close";
      case "PV" -> "on page visible";
      case "PI" -> "on page invisible";
      case "K" -> "on keystroke";
      case "F" -> "on format";
      case "V" -> "on validate";
      case "WC" -> "before closing";
      case "WS" -> "before saving";
      case "DS" -> "after saving";
      case "WP" -> "before printing";
      case "DP" -> "after printing";
      default -> "on " + key;
    };
  }
}
