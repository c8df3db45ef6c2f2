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
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.optionalcontent.PDOptionalContentGroup;
import org.apache.pdfbox.pdmodel.graphics.optionalcontent.PDOptionalContentProperties;

/**
 * Optional content (layers). A layer switched off in the default view is not drawn, yet its text
 * is in the file and a reader can switch it on in the Layers panel. Each layer is reported with
 * its state and where page content uses it; text drawn on a layer that is off is reported as
 * text on a hidden layer. Only pages whose resources use an off layer are walked again.
 */
final class PdfOptionalContent {

  private static final COSName OC = COSName.getPDFName("OC");
  private static final COSName OCGS = COSName.getPDFName("OCGs");
  private static final COSName OCMD = COSName.getPDFName("OCMD");
  private static final COSName POLICY = COSName.getPDFName("P");

  private final PDDocument document;
  private final ExtractionContext context;
  private final ContentHandler out;

  /** Off groups by their dictionary, with their names. */
  private final Map<COSDictionary, String> off = new IdentityHashMap<>();

  PdfOptionalContent(PDDocument document, ExtractionContext context, ContentHandler out) {
    this.document = document;
    this.context = context;
    this.out = out;
  }

  /**
   * What decides whether content is on a layer that is off when the file opens, for the page
   * text pass; null when no layer is off.
   */
  static java.util.function.Function<COSBase, String> offLayers(PDDocument document) {
    PDOptionalContentProperties properties = document.getDocumentCatalog().getOCProperties();
    if (properties == null) {
      return null;
    }
    PdfOptionalContent layers = new PdfOptionalContent(document, null, null);
    layers.noteOffGroups(properties);
    return layers.off.isEmpty() ? null : layers::hiddenLayer;
  }

  void report() throws IOException, ExtractionException {
    PDOptionalContentProperties properties = document.getDocumentCatalog().getOCProperties();
    if (properties == null) {
      return;
    }
    List<PDOptionalContentGroup> groups = new ArrayList<>(properties.getOptionalContentGroups());
    noteOffGroups(properties);
    Map<COSDictionary, Set<Integer>> usedOn = new IdentityHashMap<>();
    Set<String> withText = new LinkedHashSet<>();
    MarkedContentStripper stripper = new MarkedContentStripper(this::hiddenLayer);
    int number = 0;
    for (PDPage page : document.getPages()) {
      number++;
      context.checkDeadline();
      Set<COSDictionary> used = Collections.newSetFromMap(new IdentityHashMap<>());
      groupsUsedBy(page.getCOSObject().getDictionaryObject(COSName.RESOURCES), used, 0,
          Collections.newSetFromMap(new IdentityHashMap<>()));
      for (COSDictionary g : used) {
        usedOn.computeIfAbsent(g, k -> new LinkedHashSet<>()).add(number);
      }
      if (used.stream().anyMatch(off::containsKey)) {
        stripper.reset();
        stripper.setStartPage(number);
        stripper.setEndPage(number);
        stripper.getText(document);
        for (Map.Entry<String, String> e : stripper.hiddenText().entrySet()) {
          withText.add(e.getKey());
          out.text(new TextBlock(TextKind.BODY, Location.of("page " + number, "layer '" + e.getKey() + "'"),
              e.getValue(), "", Visibility.HIDDEN_LAYER));
        }
      }
    }
    for (PDOptionalContentGroup g : groups) {
      String name = nameOf(g);
      Set<Integer> pages = usedOn.getOrDefault(g.getCOSObject(), Set.of());
      Map<String, String> attrs = new LinkedHashMap<>();
      attrs.put("used", Boolean.toString(!pages.isEmpty()));
      if (!pages.isEmpty()) {
        attrs.put("pages", pages.stream().limit(20).map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("")
            + (pages.size() > 20 ? ", …" : ""));
      }
      attrs.put("hasText", Boolean.toString(withText.contains(name)));
      out.fact(new Fact(FactKind.PDF_LAYER, Location.of("layers"), name,
          off.containsKey(g.getCOSObject()) ? "off" : "on", attrs));
    }
  }

  /** Records the groups that are off in the default configuration, with their names. */
  private void noteOffGroups(PDOptionalContentProperties properties) {
    for (PDOptionalContentGroup g : properties.getOptionalContentGroups()) {
      if (!properties.isGroupEnabled(g)) {
        off.put(g.getCOSObject(), nameOf(g));
      }
    }
  }

  private static String nameOf(PDOptionalContentGroup g) {
    String name = g.getName();
    return name == null || name.isBlank() ? "(unnamed layer)" : name;
  }

  /**
   * The hidden layer an {@code /OC} value (a group or a membership dictionary) puts content on,
   * or null when the content is shown.
   */
  String hiddenLayer(COSBase oc) {
    COSBase base = oc instanceof COSObject o ? o.getObject() : oc;
    if (!(base instanceof COSDictionary dict)) {
      return null;
    }
    if (!OCMD.equals(dict.getCOSName(COSName.TYPE))) {
      return off.get(dict);
    }
    List<COSDictionary> members = members(dict);
    List<String> offNames = new ArrayList<>();
    for (COSDictionary m : members) {
      if (off.containsKey(m)) {
        offNames.add(off.get(m));
      }
    }
    if (members.isEmpty()) {
      return null;
    }
    boolean anyOff = !offNames.isEmpty();
    boolean allOff = offNames.size() == members.size();
    COSName policy = dict.getCOSName(POLICY, COSName.getPDFName("AnyOn"));
    boolean hidden = switch (policy.getName()) {
      case "AllOn" -> anyOff;
      case "AnyOff" -> !anyOff;
      case "AllOff" -> !allOff;
      default -> allOff; // AnyOn
    };
    if (!hidden) {
      return null;
    }
    return offNames.isEmpty() ? "(layers on)" : String.join(" + ", offNames);
  }

  private static List<COSDictionary> members(COSDictionary ocmd) {
    List<COSDictionary> list = new ArrayList<>();
    COSBase ocgs = ocmd.getDictionaryObject(OCGS);
    if (ocgs instanceof COSDictionary d) {
      list.add(d);
    } else if (ocgs instanceof COSArray array) {
      for (int i = 0; i < array.size(); i++) {
        if (array.getObject(i) instanceof COSDictionary d) {
          list.add(d);
        }
      }
    }
    return list;
  }

  /** Groups a resource dictionary's property lists and XObjects (and their forms') refer to. */
  private void groupsUsedBy(COSBase resources, Set<COSDictionary> used, int depth, Set<COSDictionary> visited) {
    if (!(resources instanceof COSDictionary res) || depth > 6 || !visited.add(res)) {
      return;
    }
    if (res.getDictionaryObject(COSName.PROPERTIES) instanceof COSDictionary props) {
      for (COSName key : props.keySet()) {
        addGroups(props.getDictionaryObject(key), used);
      }
    }
    if (res.getDictionaryObject(COSName.XOBJECT) instanceof COSDictionary xobjects) {
      for (COSName key : xobjects.keySet()) {
        if (xobjects.getDictionaryObject(key) instanceof COSDictionary x) {
          addGroups(x.getDictionaryObject(OC), used);
          if (COSName.FORM.equals(x.getCOSName(COSName.SUBTYPE))) {
            groupsUsedBy(x.getDictionaryObject(COSName.RESOURCES), used, depth + 1, visited);
          }
        }
      }
    }
  }

  private static void addGroups(COSBase oc, Set<COSDictionary> used) {
    if (!(oc instanceof COSDictionary dict)) {
      return;
    }
    if (OCMD.equals(dict.getCOSName(COSName.TYPE))) {
      used.addAll(members(dict));
    } else if (COSName.getPDFName("OCG").equals(dict.getCOSName(COSName.TYPE))) {
      used.add(dict);
    }
  }
}
