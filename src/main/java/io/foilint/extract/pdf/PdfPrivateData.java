package io.foilint.extract.pdf;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.ExtractionException;
import io.foilint.model.ContentHandler;
import io.foilint.model.Fact;
import io.foilint.model.FactKind;
import io.foilint.model.Location;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Application private data ({@code /PieceInfo}): the editor that made the PDF may keep its own
 * copy of the document there. Illustrator keeps the whole editable artwork, with every layer and
 * text frame, even those no longer on the page. Readers never show it and foilint cannot read
 * the applications' formats, so it is reported, with its size, for a person to check. Entries that
 * hold no data of their own (markers such as {@code /MarkedPDF}) are not reported.
 */
final class PdfPrivateData {

  private static final COSName PIECE_INFO = COSName.getPDFName("PieceInfo");
  private static final int MAX_DEPTH = 8;

  private final PDDocument document;
  private final ExtractionContext context;
  private final ContentHandler out;

  PdfPrivateData(PDDocument document, ExtractionContext context, ContentHandler out) {
    this.document = document;
    this.context = context;
    this.out = out;
  }

  void report() throws ExtractionException {
    // application → first place it was seen, bytes over the document, places seen
    Map<String, long[]> totals = new LinkedHashMap<>();
    Map<String, String> firstPlace = new LinkedHashMap<>();
    collect(document.getDocumentCatalog().getCOSObject(), "the document", totals, firstPlace);
    int pageNumber = 0;
    for (PDPage page : document.getPages()) {
      pageNumber++;
      if (pageNumber % 100 == 0) {
        context.checkDeadline();
      }
      collect(page.getCOSObject(), "page " + pageNumber, totals, firstPlace);
    }
    for (Map.Entry<String, long[]> e : totals.entrySet()) {
      long bytes = e.getValue()[0];
      long places = e.getValue()[1];
      String where = firstPlace.get(e.getKey());
      out.fact(new Fact(
          FactKind.UNINSPECTED_PART,
          Location.of(where.equals("the document") ? "document catalog" : where, "/PieceInfo/" + e.getKey()),
          "/PieceInfo/" + e.getKey(),
          "The PDF keeps " + e.getKey() + " private data (" + size(bytes) + (places > 1 ? ", in " + places + " places" : "")
              + ", first on " + where + ") that PDF readers do not show and foilint cannot read; the"
              + " application can reopen it as the editable original, which may hold layers or text no"
              + " longer on the page",
          Map.of("sentence", "true", "bytes", Long.toString(bytes))));
    }
  }

  private static void collect(COSDictionary owner, String place, Map<String, long[]> totals,
      Map<String, String> firstPlace) {
    COSDictionary pieces = owner.getCOSDictionary(PIECE_INFO);
    if (pieces == null) {
      return;
    }
    for (COSName application : pieces.keySet()) {
      long bytes = streamBytes(pieces.getDictionaryObject(application), 0);
      if (bytes <= 0) {
        continue;
      }
      long[] t = totals.computeIfAbsent(application.getName(), k -> new long[2]);
      t[0] += bytes;
      t[1]++;
      firstPlace.putIfAbsent(application.getName(), place);
    }
  }

  /** Encoded bytes of every stream reachable from {@code value}, within a few levels. */
  private static long streamBytes(COSBase value, int depth) {
    if (depth > MAX_DEPTH || value == null) {
      return 0;
    }
    COSBase v = value instanceof COSObject o ? o.getObject() : value;
    if (v instanceof COSStream s) {
      return s.getLength();
    }
    long n = 0;
    if (v instanceof COSDictionary d) {
      for (COSName key : d.keySet()) {
        // /Parent and /P point back up the page tree; following them would count everything
        if (!key.equals(COSName.PARENT) && !key.equals(COSName.P)) {
          n += streamBytes(d.getItem(key), depth + 1);
        }
      }
    } else if (v instanceof COSArray a) {
      for (COSBase item : a) {
        n += streamBytes(item, depth + 1);
      }
    }
    return n;
  }

  private static String size(long bytes) {
    return bytes < 1024 ? bytes + " bytes" : String.format(Locale.ROOT, "%,d KB", (bytes + 512) / 1024);
  }
}
