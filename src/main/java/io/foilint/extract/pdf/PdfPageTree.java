package io.foilint.extract.pdf;

import io.foilint.extract.ExtractionException;
import io.foilint.extract.ExtractionException.Reason;
import io.foilint.model.ContentHandler;
import io.foilint.model.Fact;
import io.foilint.model.FactAttr;
import io.foilint.model.FactKind;
import io.foilint.model.Location;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Checks the page tree itself, which PDFBox walks leniently: a {@code /Kids} entry that points to
 * nothing or to something that is not a page, a loop, a {@code /Count} that does not match the
 * pages there are. Page objects the tree does not reach (found in the census of the file's
 * objects) are recovered: their text is read like any page's, after the tree's pages, and the
 * repair is reported (REVIEW). Damage that loses pages no object scan can find is BLOCK.
 */
final class PdfPageTree {

  private static final int MAX_DEPTH = 64;

  private PdfPageTree() {}

  /** Checks the tree and registers recovered pages with {@link PdfPages}; reports the repair. */
  static void check(PDDocument document, java.nio.file.Path file, List<COSDictionary> pageObjects,
      ContentHandler out) throws ExtractionException {
    List<String> problems = new ArrayList<>();
    Set<COSDictionary> reached = Collections.newSetFromMap(new IdentityHashMap<>());
    COSBase rootItem = document.getDocumentCatalog().getCOSObject().getItem(COSName.PAGES);
    COSBase root = rootItem instanceof COSObject ro ? ro.getObject() : rootItem;
    // PDFBox mends the tree while loading (drops entries that point nowhere, corrects counts);
    // the node as written in the file says what it did.
    Map<COSDictionary, org.apache.pdfbox.cos.COSObjectKey> keys = new IdentityHashMap<>();
    if (rootItem instanceof COSObject ro && root instanceof COSDictionary rd) {
      keys.put(rd, ro.getKey());
    }
    int[] written = root instanceof COSDictionary rd2 ? asWritten(document, file, keys.get(rd2)) : null;
    int stated = written != null && written[1] >= 0 ? written[1]
        : root instanceof COSDictionary r ? r.getInt(COSName.COUNT, -1) : -1;
    boolean lost = false;
    if (!(root instanceof COSDictionary)) {
      problems.add("the document has no page list");
      lost = true;
    } else {
      Deque<Object[]> todo = new ArrayDeque<>();
      Set<COSDictionary> nodes = Collections.newSetFromMap(new IdentityHashMap<>());
      todo.push(new Object[] {root, 0});
      nodes.add((COSDictionary) root);
      while (!todo.isEmpty()) {
        Object[] item = todo.pop();
        COSDictionary node = (COSDictionary) item[0];
        int depth = (Integer) item[1];
        if (!isTreeNode(node)) {
          reached.add(node);
          continue;
        }
        if (depth > MAX_DEPTH) {
          problems.add("the page list is nested more than " + MAX_DEPTH + " levels deep");
          lost = true;
          continue;
        }
        COSBase kids = node.getDictionaryObject(COSName.KIDS);
        if (!(kids instanceof COSArray array)) {
          problems.add("a branch of the page list has no list of pages");
          lost = true;
          continue;
        }
        int[] asWritten = keys.containsKey(node) ? asWritten(document, file, keys.get(node)) : null;
        int goodRefs = 0;
        for (int i = 0; i < array.size(); i++) {
          if (array.get(i) instanceof COSObject ko1 && ko1.getKey() != null
              && document.getDocument().getXrefTable().containsKey(ko1.getKey())) {
            goodRefs++;
          }
        }
        // PDFBox drops entries that point nowhere, or puts an empty page in their place.
        if (asWritten != null && asWritten[0] > goodRefs) {
          problems.add("an entry of the page list points to an object that is not in the file or is"
              + " not a page");
          lost = true;
        }
        for (int i = array.size() - 1; i >= 0; i--) {
          COSBase kid = array.get(i);
          COSBase target = kid instanceof COSObject o ? o.getObject() : kid;
          if (target == null || target instanceof org.apache.pdfbox.cos.COSNull
              || kid instanceof COSObject ko0 && ko0.getKey() != null
                  && !document.getDocument().getXrefTable().containsKey(ko0.getKey())) {
            // (PDFBox puts an empty page where an entry points to an object the file lacks)
            problems.add("an entry of the page list points to an object that is not in the file");
            lost = true;
          } else if (!(target instanceof COSDictionary d)) {
            problems.add("an entry of the page list is not a page");
            lost = true;
          } else if (!nodes.add(d)) {
            problems.add("the page list loops back on itself");
          } else {
            if (kid instanceof COSObject ko) {
              keys.put(d, ko.getKey());
            }
            todo.push(new Object[] {d, depth + 1});
          }
        }
      }
    }
    List<COSDictionary> recovered = new ArrayList<>();
    for (COSDictionary d : pageObjects) {
      if (!reached.contains(d) && !recovered.contains(d)) {
        recovered.add(d);
      }
    }
    int found = reached.size() + recovered.size();
    if (stated >= 0 && stated != reached.size()) {
      problems.add("the page list says it holds " + stated + " page" + (stated == 1 ? "" : "s")
          + " but " + reached.size() + " " + (reached.size() == 1 ? "is" : "are") + " there");
      if (stated > found) {
        lost = true;
      }
    }
    if (problems.isEmpty() && recovered.isEmpty()) {
      return;
    }
    String what = String.join("; ", new java.util.LinkedHashSet<>(problems));
    if (lost && recovered.isEmpty()) {
      throw new ExtractionException(Reason.CORRUPT,
          "The PDF's page list is damaged (" + what + "); pages may be missing from what foilint"
              + " read, so it cannot say what the document holds");
    }
    PdfPages.recover(document, recovered);
    String repair = recovered.isEmpty()
        ? "foilint read each page it holds once"
        : "foilint found " + recovered.size() + " page" + (recovered.size() == 1 ? "" : "s")
            + " the list does not reach by scanning the file's objects and checked "
            + (recovered.size() == 1 ? "its" : "their") + " text as pages " + (reached.size() + 1)
            + (recovered.size() == 1 ? "" : "–" + (reached.size() + recovered.size()));
    String why = what.isEmpty() ? "pages are in the file that its page list does not reach" : what;
    out.fact(new Fact(FactKind.UNINSPECTED_PART, Location.of("PDF structure"), "page list",
        "The PDF's page list is damaged (" + why + "); " + repair
            + ". A PDF reader may show different pages; check the document by hand",
        FactAttr.attrs().put(FactAttr.SENTENCE, true).build()));
  }

  /**
   * How many references a page-tree node's {@code /Kids} held and what its {@code /Count} said
   * as written in the file (not as PDFBox mended them), or null when the node is not stored plainly
   * at an offset (inside an object stream, or the file is damaged).
   */
  private static int[] asWritten(PDDocument document, java.nio.file.Path file,
      org.apache.pdfbox.cos.COSObjectKey key) {
    if (key == null || file == null) {
      return null;
    }
    Long offset = document.getDocument().getXrefTable().get(key);
    if (offset == null || offset <= 0) {
      return null;
    }
    byte[] head;
    try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(file)) {
      java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate(65536);
      ch.read(buf, offset);
      head = java.util.Arrays.copyOf(buf.array(), buf.position());
    } catch (java.io.IOException e) {
      return null;
    }
    String text = new String(head, java.nio.charset.StandardCharsets.ISO_8859_1);
    int end = text.indexOf("endobj");
    if (!text.startsWith(key.getNumber() + " ") || end < 0) {
      return null;
    }
    text = text.substring(0, end);
    java.util.regex.Matcher kids = java.util.regex.Pattern.compile("/Kids\\s*\\[([^\\]]*)\\]").matcher(text);
    if (!kids.find()) {
      return null;
    }
    java.util.regex.Matcher refs = java.util.regex.Pattern.compile("\\d+\\s+\\d+\\s+R").matcher(kids.group(1));
    int n = 0;
    while (refs.find()) {
      n++;
    }
    java.util.regex.Matcher count = java.util.regex.Pattern.compile("/Count\\s+(\\d{1,9})\\b").matcher(text);
    return new int[] {n, count.find() ? Integer.parseInt(count.group(1)) : -1};
  }

  /** As PDFBox decides: a node with /Type /Pages or with /Kids is a branch, anything else a page. */
  private static boolean isTreeNode(COSDictionary d) {
    return COSName.PAGES.equals(d.getCOSName(COSName.TYPE)) || d.containsKey(COSName.KIDS);
  }
}
