package io.foilint.extract.pdf;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.ExtractionException;
import io.foilint.model.ContentHandler;
import io.foilint.model.Location;
import io.foilint.model.TextBlock;
import io.foilint.model.TextKind;
import io.foilint.model.Visibility;
import java.io.IOException;
import java.util.ArrayList;
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
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Text a reader does not see on the page but that travels with it: bookmark titles (the
 * document outline, which often repeats a heading or a name that was redacted from the page),
 * and the {@code /ActualText} and {@code /Alt} strings of the structure tree and of marked
 * content (what copy-and-paste and screen readers give instead of the drawn glyphs). All are
 * reported as metadata text; whether they repeat covered text is for the checks to decide.
 */
final class PdfOutlineAndAltText {

  /** Most bookmarks and structure elements visited; hostile trees can be endless. */
  static final int MAX_NODES = 100_000;

  /** Most characters reported per place (one page's alt text, all bookmarks). */
  static final int MAX_CHARS = 200_000;

  private static final COSName ALT = COSName.getPDFName("Alt");
  private static final COSName PG = COSName.getPDFName("Pg");

  private final PDDocument document;
  private final ExtractionContext context;
  private final ContentHandler out;
  private final Map<COSDictionary, Integer> pageNumbers = new IdentityHashMap<>();
  private int nodes;
  private boolean capped;

  /** Marked content's ActualText and Alt per page, as the page-text pass read them. */
  private final Map<Integer, List<String[]>> markedText;

  PdfOutlineAndAltText(PDDocument document, ExtractionContext context, ContentHandler out,
      Map<Integer, List<String[]>> markedText) {
    this.document = document;
    this.context = context;
    this.out = out;
    this.markedText = markedText;
  }

  void report() throws IOException, ExtractionException {
    bookmarks();
    int number = 0;
    for (PDPage page : document.getPages()) {
      pageNumbers.put(page.getCOSObject(), ++number);
    }
    // page number (0 = not tied to a page) -> kind ("ActualText"/"Alt") -> texts
    Map<Integer, Map<String, List<String>>> alt = new java.util.TreeMap<>();
    structureTree(alt);
    markedContent(alt);
    if (capped) {
      out.fact(new io.foilint.model.Fact(io.foilint.model.FactKind.UNINSPECTED_PART,
          Location.of("structure tree"), "bookmarks and structure tree",
          "more than " + MAX_NODES + " bookmarks and tagged elements; alternative text beyond"
              + " them was not read"));
    }
    for (Map.Entry<Integer, Map<String, List<String>>> page : alt.entrySet()) {
      String place = page.getKey() == 0 ? "structure tree" : "page " + page.getKey();
      for (Map.Entry<String, List<String>> kind : page.getValue().entrySet()) {
        out.text(new TextBlock(TextKind.OTHER, Location.of(place, kind.getKey()),
            capped(kind.getValue()), "", Visibility.METADATA));
      }
    }
  }

  // --- bookmarks ---

  private void bookmarks() throws ExtractionException {
    if (!(document.getDocumentCatalog().getCOSObject().getDictionaryObject(COSName.OUTLINES)
        instanceof COSDictionary outlines)) {
      return;
    }
    Set<COSDictionary> visited = Collections.newSetFromMap(new IdentityHashMap<>());
    visited.add(outlines);
    int[] chars = {0};
    children(outlines, "", 0, visited, chars);
  }

  private void children(COSDictionary parent, String path, int depth, Set<COSDictionary> visited, int[] chars)
      throws ExtractionException {
    if (depth > 64) {
      return;
    }
    COSBase item = parent.getDictionaryObject(COSName.FIRST);
    while (item instanceof COSDictionary bookmark && visited.add(bookmark)) {
      if (nodes++ >= MAX_NODES) {
        capped = true;
        return;
      }
      if (nodes % 1000 == 0) {
        context.checkDeadline();
      }
      String title = bookmark.getString(COSName.TITLE, "").strip();
      String titlePath = path.isEmpty() ? title : path + " > " + title;
      if (!title.isEmpty() && chars[0] < MAX_CHARS) {
        chars[0] += title.length();
        out.text(new TextBlock(TextKind.OTHER, Location.of("bookmarks", titlePath), title, "",
            Visibility.METADATA));
      }
      children(bookmark, titlePath, depth + 1, visited, chars);
      item = bookmark.getDictionaryObject(COSName.NEXT);
    }
  }

  // --- structure tree ---

  private void structureTree(Map<Integer, Map<String, List<String>>> alt) throws ExtractionException {
    if (!(document.getDocumentCatalog().getCOSObject().getDictionaryObject(COSName.STRUCT_TREE_ROOT)
        instanceof COSDictionary root)) {
      return;
    }
    // Iterative walk: deep trees must not exhaust the stack.
    Set<COSDictionary> visited = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Object[]> stack = new ArrayList<>();
    stack.add(new Object[] {root, 0});
    while (!stack.isEmpty()) {
      if (nodes >= MAX_NODES) {
        capped = true;
        return;
      }
      Object[] top = stack.remove(stack.size() - 1);
      COSDictionary element = (COSDictionary) top[0];
      if (!visited.add(element)) {
        continue;
      }
      if (++nodes % 1000 == 0) {
        context.checkDeadline();
      }
      int page = (Integer) top[1];
      if (element.getDictionaryObject(PG) instanceof COSDictionary pg) {
        page = pageNumbers.getOrDefault(pg, page);
      }
      add(alt, page, "ActualText", element.getString(COSName.ACTUAL_TEXT));
      add(alt, page, "Alt", element.getString(ALT));
      COSBase kids = element.getDictionaryObject(COSName.K);
      if (kids instanceof COSArray array) {
        for (int i = array.size() - 1; i >= 0; i--) {
          push(stack, array.getObject(i), page);
        }
      } else {
        push(stack, kids, page);
      }
    }
  }

  private static void push(List<Object[]> stack, COSBase kid, int page) {
    COSBase k = kid instanceof COSObject o ? o.getObject() : kid;
    // marked-content and object references (MCR, OBJR) carry no alt text of their own
    if (k instanceof COSDictionary d && !COSName.getPDFName("MCR").equals(d.getCOSName(COSName.TYPE))
        && !COSName.getPDFName("OBJR").equals(d.getCOSName(COSName.TYPE))) {
      stack.add(new Object[] {d, page});
    }
  }

  // --- marked content on pages ---

  /** What the page-text pass found in the pages' marked content. */
  private void markedContent(Map<Integer, Map<String, List<String>>> alt) {
    for (Map.Entry<Integer, List<String[]>> page : markedText.entrySet()) {
      for (String[] kindAndText : page.getValue()) {
        add(alt, page.getKey(), kindAndText[0], kindAndText[1]);
      }
    }
  }

  private static void add(Map<Integer, Map<String, List<String>>> alt, int page, String kind, String text) {
    if (text != null && !text.isBlank()) {
      alt.computeIfAbsent(page, k -> new LinkedHashMap<>()).computeIfAbsent(kind, k -> new ArrayList<>())
          .add(text.strip());
    }
  }

  private static String capped(List<String> texts) {
    StringBuilder sb = new StringBuilder();
    for (String t : texts) {
      if (sb.length() + t.length() > MAX_CHARS) {
        sb.append("\n…");
        break;
      }
      if (sb.length() > 0) {
        sb.append('\n');
      }
      sb.append(t);
    }
    return sb.toString();
  }
}
