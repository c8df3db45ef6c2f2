package io.foilint.extract.pdf;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.ExtractionException;
import io.foilint.extract.ExtractionException.Reason;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * A decompression bomb guard for PDFs, and the census of every stream in the file. Every stream
 * the cross-reference table lists — page content, forms, fonts, character maps, images, XMP,
 * attached files, object streams (first, before the objects inside them are read) — has its whole
 * filter chain decoded once by {@link PdfStreamDecoder}, through a counter that stops at a cap for
 * its kind and at the file's inflation budget ({@code limits.maxInflatedBytes()}), before any pass
 * parses it. PDFBox decodes a content stream, a font or a character map whole into memory, so a
 * small file that inflates to gigabytes would otherwise exhaust the heap instead of failing closed.
 *
 * <p>A chain that names a filter twice is decoded here and the stream replaced (in memory only) by
 * its decoded bytes, since PDFBox would decode it once and every pass would see compressed bytes.
 * Page content and forms whose compressed data is damaged or cut short fail closed: the text after
 * the damage cannot be read. The census also lists the streams nothing in the document uses and
 * the page objects the page tree does not reach, for {@link PdfUnusedStreams} and {@link
 * PdfPageTree}.
 */
final class PdfInflationGuard {

  /** No real page needs a content stream this large; drawings with huge paths stay well below. */
  static final long MAX_STREAM_BYTES = 64L * 1024 * 1024;

  /** Embedded font programs: the largest CJK fonts are about 20 MB. */
  static final long MAX_FONT_BYTES = 32L * 1024 * 1024;

  /** ToUnicode and encoding character maps: real ones are kilobytes. */
  static final long MAX_CMAP_BYTES = 8L * 1024 * 1024;

  private final long maxStreamBytes;
  private final long maxTotalBytes;
  private long total;

  /** What the census found. */
  record Census(List<Unused> unused, List<COSDictionary> pageObjects, int streams) {}

  /** A stream nothing in the document refers to. */
  record Unused(long number, COSStream stream) {}

  /** Objects already checked, by where they are stored in the file (an earlier revision's guard). */
  private final Map<COSObjectKey, Long> checked;

  PdfInflationGuard(long maxStreamBytes, long maxTotalBytes) {
    this(maxStreamBytes, maxTotalBytes, Map.of());
  }

  /**
   * @param checked the final version's cross-reference table: an earlier revision's streams
   *     stored at the same place are the same bytes, already decoded and counted
   */
  PdfInflationGuard(long maxStreamBytes, long maxTotalBytes, Map<COSObjectKey, Long> checked) {
    this.maxStreamBytes = maxStreamBytes;
    this.maxTotalBytes = maxTotalBytes;
    this.checked = checked;
  }

  private boolean alreadyChecked(COSObjectKey key, Long offset) {
    return offset != null && offset > 0 && offset.equals(checked.get(key));
  }

  static PdfInflationGuard of(ExtractionContext context) {
    return new PdfInflationGuard(MAX_STREAM_BYTES, context.limits().maxInflatedBytes());
  }

  /** Decodes every stream through the counter; throws at a limit or on a damaged page. */
  Census check(PDDocument document, ExtractionContext context) throws ExtractionException {
    COSDocument cos = document.getDocument();
    Map<COSObjectKey, Long> xref = new LinkedHashMap<>(cos.getXrefTable());
    // Object streams first: the objects inside are parsed from their decoded bytes.
    Set<Long> objectStreams = new TreeSet<>();
    for (Long offset : xref.values()) {
      if (offset != null && offset < 0) {
        objectStreams.add(-offset);
      }
    }
    Map<COSStream, String> kinds = new IdentityHashMap<>();
    for (long n : objectStreams) {
      COSObjectKey key = new COSObjectKey(n, 0);
      COSObject o = cos.getObjectFromPool(key);
      if (o.getObject() instanceof COSStream s && kinds.put(s, "object stream") == null
          && !alreadyChecked(key, xref.get(key))) {
        stream(s, "An object stream (object " + n + ")", maxStreamBytes);
      }
    }
    Map<COSStream, Long> numbers = new IdentityHashMap<>();
    List<COSDictionary> pageObjects = new ArrayList<>();
    int count = 0;
    for (COSObjectKey key : xref.keySet()) {
      if (++count % 500 == 0) {
        context.checkDeadline();
      }
      COSBase base = cos.getObjectFromPool(key).getObject();
      if (base instanceof COSStream s) {
        kind(s, kinds);
        if (alreadyChecked(key, xref.get(key)) && !PdfStreamDecoder.pdfboxDropsFilters(s)) {
          continue;
        }
        numbers.putIfAbsent(s, key.getNumber());
      } else if (base instanceof COSDictionary d) {
        if (COSName.PAGE.equals(d.getCOSName(COSName.TYPE))) {
          pageObjects.add(d);
        }
        fontParts(d, kinds);
      }
    }
    Map<COSStream, Integer> pageOf = pageContents(document);
    for (Map.Entry<COSStream, Long> e : numbers.entrySet()) {
      COSStream s = e.getKey();
      if ("object stream".equals(kinds.get(s)) || "cross-reference stream".equals(kinds.get(s))) {
        // object streams were checked first; PDFBox read the cross-reference streams to open the file
        continue;
      }
      context.checkDeadline();
      Integer page = pageOf.get(s);
      String kind = kinds.getOrDefault(s, "stream");
      String what = page != null ? "Page " + page + "'s drawing instructions"
          : "A" + ("aeiou".indexOf(kind.charAt(0)) >= 0 ? "n " : " ") + kind + " (object " + e.getValue() + ")";
      long cap = switch (kind) {
        case "font program" -> Math.min(MAX_FONT_BYTES, maxStreamBytes);
        case "character map" -> Math.min(MAX_CMAP_BYTES, maxStreamBytes);
        case "image" -> maxTotalBytes; // rendered subsampled; only the file's budget applies
        case "attached file" -> maxTotalBytes; // streamed to the engine, which bounds it again
        default -> maxStreamBytes;
      };
      PdfStreamDecoder.Result r = "image".equals(kind) && !PdfStreamDecoder.pdfboxDropsFilters(s)
          ? image(s, what, cap) : stream(s, what, cap);
      if (r.damaged() && (page != null || "form".equals(kind))) {
        throw new ExtractionException(Reason.CORRUPT,
            what + " " + (page != null ? "are" : "is") + " damaged (" + r.damage() + "); text after"
                + " the damage cannot be read, so foilint cannot say what the page holds");
      }
    }
    return new Census(unused(cos, numbers, kinds), pageObjects, numbers.size());
  }

  /**
   * An image is read by the renderer row by row, subsampled, and never past the size its
   * dictionary declares, so that size (or its stored length, if larger) is what it costs; it is
   * not inflated here.
   */
  private PdfStreamDecoder.Result image(COSStream s, String what, long cap) throws ExtractionException {
    long w = Math.max(0, s.getInt(COSName.WIDTH, COSName.W, 0));
    long h = Math.max(0, s.getInt(COSName.HEIGHT, COSName.H, 0));
    long bpc = Math.max(1, s.getInt(COSName.BITS_PER_COMPONENT, COSName.BPC, 8));
    COSBase cs = s.getDictionaryObject(COSName.COLORSPACE, COSName.CS);
    long components = COSName.DEVICEGRAY.equals(cs) || s.getBoolean(COSName.IMAGE_MASK, false) ? 1
        : COSName.DEVICERGB.equals(cs) ? 3 : 4;
    long declared = Math.max(s.getLength(), (w * h * components * bpc + 7) / 8);
    return check(new PdfStreamDecoder.Result(Math.min(declared, cap + 1), declared > cap, null, false),
        what, cap);
  }

  private PdfStreamDecoder.Result stream(COSStream s, String what, long cap) throws ExtractionException {
    PdfStreamDecoder.Result r = check(PdfStreamDecoder.count(s, cap + 1), what, cap);
    if (PdfStreamDecoder.pdfboxDropsFilters(s)) {
      normalise(s, cap);
    }
    return r;
  }

  private PdfStreamDecoder.Result check(PdfStreamDecoder.Result r, String what, long cap)
      throws ExtractionException {
    total += r.bytes();
    if (r.overCap() || total > maxTotalBytes) {
      throw new ExtractionException(
          Reason.LIMIT_EXCEEDED,
          String.format(Locale.ROOT,
              "%s inflate%s to more than %,d MB (a decompression bomb or a damaged stream); foilint"
                  + " stopped rather than run out of memory",
              what, what.endsWith("instructions") ? "" : "s",
              (r.overCap() ? cap : maxTotalBytes) / (1024 * 1024)));
    }
    return r;
  }

  /** Replaces the stream's data (in memory) by its decoded bytes, keeping a trailing image codec. */
  private static void normalise(COSStream s, long cap) {
    List<COSName> names = PdfStreamDecoder.filters(s);
    COSName last = names.get(names.size() - 1);
    boolean image = PdfStreamDecoder.IMAGE_CODECS.contains(last);
    COSBase parms = s.getDictionaryObject(COSName.DECODE_PARMS, COSName.DP);
    COSBase lastParms = parms instanceof COSArray a && a.size() >= names.size()
        ? a.getObject(names.size() - 1) : null;
    try (PdfStreamDecoder.Spill decoded = new PdfStreamDecoder.Spill(cap + 1, true)) {
      PdfStreamDecoder.decode(s, decoded);
      try (java.io.InputStream in = decoded.read(); OutputStream raw = s.createRawOutputStream()) {
        in.transferTo(raw);
      }
      s.removeItem(COSName.DECODE_PARMS);
      s.removeItem(COSName.DP);
      if (image) {
        s.setItem(COSName.FILTER, last);
        if (lastParms != null) {
          s.setItem(COSName.DECODE_PARMS, lastParms);
        }
      } else {
        s.removeItem(COSName.FILTER);
      }
    } catch (IOException e) {
      // left as it was: the passes read what PDFBox makes of it
    }
  }

  /** What a stream is, from its own dictionary, when a font or font descriptor has not said. */
  private static void kind(COSStream s, Map<COSStream, String> kinds) {
    if (kinds.containsKey(s)) {
      return;
    }
    COSName type = s.getCOSName(COSName.TYPE);
    COSName subtype = s.getCOSName(COSName.SUBTYPE);
    String kind = null;
    if (COSName.OBJ_STM.equals(type)) {
      kind = "object stream";
    } else if (COSName.XREF.equals(type)) {
      kind = "cross-reference stream";
    } else if (COSName.IMAGE.equals(subtype)) {
      kind = "image";
    } else if (COSName.FORM.equals(subtype)) {
      kind = "form";
    } else if (COSName.METADATA.equals(type)) {
      kind = "metadata packet";
    } else if (COSName.EMBEDDED_FILE.equals(type)) {
      kind = "attached file";
    } else if (COSName.getPDFName("CMap").equals(type)) {
      kind = "character map";
    }
    if (kind != null) {
      kinds.put(s, kind);
    }
  }

  /** Font programs and character maps are known from the font and its descriptor. */
  private static void fontParts(COSDictionary d, Map<COSStream, String> kinds) {
    COSName type = d.getCOSName(COSName.TYPE);
    if (COSName.FONT_DESC.equals(type)) {
      for (COSName f : List.of(COSName.FONT_FILE, COSName.FONT_FILE2, COSName.FONT_FILE3)) {
        if (d.getDictionaryObject(f) instanceof COSStream s) {
          kinds.put(s, "font program");
        }
      }
    } else if (COSName.FONT.equals(type)) {
      for (COSName f : List.of(COSName.TO_UNICODE, COSName.ENCODING)) {
        if (d.getDictionaryObject(f) instanceof COSStream s) {
          kinds.put(s, "character map");
        }
      }
    }
  }

  /** Each page's content streams, by page number as the page tree walk finds them. */
  private static Map<COSStream, Integer> pageContents(PDDocument document) {
    Map<COSStream, Integer> pageOf = new IdentityHashMap<>();
    int number = 0;
    for (PDPage page : PdfPages.of(document)) {
      number++;
      COSBase contents = page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
      if (contents instanceof COSStream s) {
        pageOf.putIfAbsent(s, number);
      } else if (contents instanceof COSArray array) {
        for (int i = 0; i < array.size(); i++) {
          if (array.getObject(i) instanceof COSStream s) {
            pageOf.putIfAbsent(s, number);
          }
        }
      }
    }
    return pageOf;
  }

  /**
   * Streams nothing reachable from the trailer refers to (left behind by an edit, or planted),
   * other than object and cross-reference streams (structure) and attached files (reported by
   * {@link PdfAttachments}).
   */
  private static List<Unused> unused(COSDocument cos, Map<COSStream, Long> numbers,
      Map<COSStream, String> kinds) {
    Set<COSBase> reached = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<COSBase> todo = new ArrayDeque<>();
    todo.push(cos.getTrailer());
    while (!todo.isEmpty()) {
      COSBase b = todo.pop();
      if (b instanceof COSObject o) {
        b = o.getObject();
      }
      if (b == null || !reached.add(b)) {
        continue;
      }
      if (b instanceof COSDictionary d) {
        for (COSBase v : d.getValues()) {
          todo.push(v);
        }
      } else if (b instanceof COSArray a) {
        for (int i = 0; i < a.size(); i++) {
          todo.push(a.get(i));
        }
      }
    }
    List<Unused> unused = new ArrayList<>();
    for (Map.Entry<COSStream, Long> e : numbers.entrySet()) {
      String kind = kinds.get(e.getKey());
      if (!reached.contains(e.getKey()) && !"object stream".equals(kind)
          && !"cross-reference stream".equals(kind) && !"attached file".equals(kind)) {
        unused.add(new Unused(e.getValue(), e.getKey()));
      }
    }
    unused.sort(java.util.Comparator.comparingLong(Unused::number));
    return unused;
  }

  /** How many bytes the stream's whole filter chain produces, counting no further than {@code cap}. */
  static long inflatedUpTo(COSStream s, long cap) {
    return PdfStreamDecoder.count(s, cap).bytes();
  }
}
