package io.foilint.extract.pdf;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.ExtractionException;
import io.foilint.extract.ExtractionException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * A decompression bomb guard for PDFs: the page content streams, the forms they draw and the XMP
 * packet are inflated once, through a counter that stops at the limit, before any pass parses
 * them. PDFBox
 * decodes a content stream whole into memory to parse it, so a two-megabyte file whose page
 * inflates to gigabytes would otherwise exhaust the heap (and every other file scanning beside
 * it) instead of failing closed with a reason.
 */
final class PdfInflationGuard {

  /** No real page needs a content stream this large; drawings with huge paths stay well below. */
  static final long MAX_STREAM_BYTES = 128L * 1024 * 1024;

  private static final int MAX_FORM_DEPTH = 12;

  private final long maxStreamBytes;
  private final long maxTotalBytes;
  private final Set<COSStream> seen = Collections.newSetFromMap(new IdentityHashMap<>());
  private long total;

  PdfInflationGuard(long maxStreamBytes, long maxTotalBytes) {
    this.maxStreamBytes = maxStreamBytes;
    this.maxTotalBytes = maxTotalBytes;
  }

  static PdfInflationGuard of(ExtractionContext context) {
    return new PdfInflationGuard(MAX_STREAM_BYTES, context.limits().maxInflatedBytes());
  }

  /** Inflates every page's content and forms through the counter; throws at the limit. */
  void check(PDDocument document, ExtractionContext context) throws ExtractionException {
    // The XMP packet is read whole too.
    if (document.getDocumentCatalog().getCOSObject().getDictionaryObject(COSName.METADATA)
        instanceof COSStream xmp) {
      stream(xmp, 0);
    }
    int number = 0;
    for (PDPage page : document.getPages()) {
      number++;
      if (number % 50 == 0) {
        context.checkDeadline();
      }
      COSBase contents = page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
      if (contents instanceof COSStream s) {
        stream(s, number);
      } else if (contents instanceof COSArray array) {
        for (int i = 0; i < array.size(); i++) {
          if (array.getObject(i) instanceof COSStream s) {
            stream(s, number);
          }
        }
      }
      forms(page.getCOSObject().getDictionaryObject(COSName.RESOURCES), number, 0);
    }
  }

  private void forms(COSBase resources, int page, int depth) throws ExtractionException {
    if (depth > MAX_FORM_DEPTH || !(resources instanceof COSDictionary r)) {
      return;
    }
    if (!(r.getDictionaryObject(COSName.XOBJECT) instanceof COSDictionary xobjects)) {
      return;
    }
    for (COSName name : xobjects.keySet()) {
      COSBase x = xobjects.getDictionaryObject(name);
      if (x instanceof COSStream s && COSName.FORM.equals(s.getCOSName(COSName.SUBTYPE))
          && !seen.contains(s)) {
        stream(s, page);
        forms(s.getDictionaryObject(COSName.RESOURCES), page, depth + 1);
      }
    }
  }

  private void stream(COSStream s, int page) throws ExtractionException {
    if (!seen.add(s)) {
      return;
    }
    long n = inflatedUpTo(s, maxStreamBytes + 1);
    total += n;
    if (n > maxStreamBytes || total > maxTotalBytes) {
      throw new ExtractionException(
          Reason.LIMIT_EXCEEDED,
          String.format(Locale.ROOT,
              "%s inflate%s to more than %,d MB (a decompression bomb or a damaged stream); foilint"
                  + " stopped rather than run out of memory",
              page == 0 ? "The document's metadata" : "Page " + page + "'s drawing instructions",
              page == 0 ? "s" : "",
              (n > maxStreamBytes ? maxStreamBytes : maxTotalBytes) / (1024 * 1024)));
    }
  }

  /**
   * How many bytes the stream's first filter produces, counting no further than {@code cap}. Later
   * filters in a chain only shrink or reshape what the first produces (predictors aside), and a
   * bomb is one deflated run; an undecodable stream counts as its raw length and is left to the
   * passes that read it.
   */
  static long inflatedUpTo(COSStream s, long cap) {
    List<COSName> filters = filterNames(s);
    if (filters.isEmpty()) {
      return s.getLength();
    }
    Counter counter = new Counter(cap);
    try (InputStream raw = s.createRawInputStream()) {
      Filter filter = FilterFactory.INSTANCE.getFilter(filters.get(0));
      filter.decode(raw, counter, s, 0);
    } catch (Counter.Full full) {
      return counter.count;
    } catch (IOException | RuntimeException e) {
      return Math.max(counter.count, s.getLength());
    }
    return counter.count;
  }

  private static List<COSName> filterNames(COSStream s) {
    COSBase f = s.getFilters();
    if (f instanceof COSName name) {
      return List.of(name);
    }
    if (f instanceof COSArray array) {
      java.util.ArrayList<COSName> names = new java.util.ArrayList<>();
      for (int i = 0; i < array.size(); i++) {
        COSBase item = array.getObject(i);
        if (item instanceof COSObject o) {
          item = o.getObject();
        }
        if (item instanceof COSName name) {
          names.add(name);
        }
      }
      return names;
    }
    return List.of();
  }

  /** Counts bytes written and stops the decoder once past the cap. */
  private static final class Counter extends OutputStream {
    private final long cap;
    long count;

    Counter(long cap) {
      this.cap = cap;
    }

    /** Thrown to stop the decoder; an IOException so filters pass it up. */
    static final class Full extends IOException {
      Full() {
        super("inflation cap reached");
      }
    }

    @Override
    public void write(int b) throws IOException {
      add(1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      add(len);
    }

    private void add(long n) throws Full {
      count += n;
      if (count >= cap) {
        throw new Full();
      }
    }
  }
}
