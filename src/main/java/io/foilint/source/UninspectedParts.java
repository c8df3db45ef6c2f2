package io.foilint.source;

import io.foilint.extract.ExtractionContext;
import io.foilint.model.ContentHandler;
import io.foilint.model.Fact;
import io.foilint.model.FactKind;
import io.foilint.model.Location;
import io.foilint.extract.ExtractionException;
import io.foilint.extract.tika.ImageMetadata;
import io.foilint.extract.tika.PictureFormat;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.Optional;

/**
 * The end of every package walk (xlsx, xlsb, ods): each part no reader has read comes here and
 * is reported as {@link FactKind#UNINSPECTED_PART}, never skipped by name. Its bytes are sniffed
 * ({@link PartKind}): a part holding a document (workbook, zip, OLE2, PDF, delimited text) is
 * handed to the engine and reported as a block; a part named or typed as a picture whose bytes
 * are not a picture is a block; real pictures are listed together in one fact per package.
 *
 * <p>Fact attributes: {@code bytes}, {@code kind} (sniffed), {@code contentType}, {@code orphan}
 * (reached by no relationship or manifest entry), {@code block} (an embedded document or a
 * disguised part), {@code pictures} (the one fact listing the package's pictures, with
 * {@code count}).
 */
public final class UninspectedParts {

  /** Opens a part's bytes (a fresh stream each call). */
  public interface Opener {
    InputStream open() throws IOException;
  }

  private static final int LISTED_PICTURES = 10;

  private final ContentHandler out;
  private final ExtractionContext context;
  private final List<String> pictures = new ArrayList<>();
  private long pictureBytes;
  private int orphanPictures;
  private int metadataRead;
  /** Pictures whose metadata the image reader could not read (damaged). */
  private final List<String> metadataFailed = new ArrayList<>();
  private Predicate<String> shownAsPicture = name -> false;

  public UninspectedParts(ContentHandler out, ExtractionContext context) {
    this.out = out;
    this.context = context;
  }

  /**
   * Which parts the package shows as pictures (targets of its image relationships). A PDF among
   * them is a picture kept as PDF — Word, Excel and PowerPoint for Mac store vector pictures so —
   * and is still scanned as an embedded document, but is not a document hidden in the package.
   */
  public UninspectedParts shownAsPictures(Predicate<String> partNames) {
    this.shownAsPicture = partNames;
    return this;
  }

  /**
   * Reports one part no reader read.
   *
   * @param what how the package describes the part, e.g. "printer settings" or its content type
   * @param orphan true when no relationship (or manifest entry) reaches the part
   */
  public void report(String name, String contentType, String what, boolean orphan, Opener opener)
      throws IOException {
    report(name, contentType, what, orphan, null, opener);
  }

  /**
   * As {@link #report(String, String, String, boolean, Opener)}; a non-null {@code blockReason}
   * (e.g. "cell text that no sheet shows") makes the part a block whatever its bytes are.
   */
  public void report(
      String name, String contentType, String what, boolean orphan, String blockReason, Opener opener)
      throws IOException {
    byte[] head = new byte[PartKind.HEAD];
    long size;
    int n;
    try (InputStream in = opener.open()) {
      n = in.readNBytes(head, 0, head.length);
      size = n + in.transferTo(OutputSink.INSTANCE);
    }
    PartKind kind = PartKind.sniff(head, n);
    if (kind == PartKind.EMPTY) {
      return; // no bytes: nothing to inspect
    }
    String orphanNote = orphan ? "; no relationship of the package reaches it (an orphan part)" : "";
    Map<String, String> attrs = new LinkedHashMap<>();
    attrs.put("bytes", Long.toString(size));
    attrs.put("kind", kind.name().toLowerCase(Locale.ROOT));
    attrs.put("contentType", contentType);
    attrs.put("orphan", Boolean.toString(orphan));
    if (kind == PartKind.PICTURE) {
      pictures.add(name);
      pictureBytes += size;
      orphanPictures += orphan ? 1 : 0;
      readMetadata(name, head, n, opener);
      return;
    }
    String sizeText = String.format(Locale.ROOT, "%,d bytes", size);
    if (blockReason != null && !kind.isDocument()) {
      attrs.put("block", "true");
      out.fact(new Fact(FactKind.UNINSPECTED_PART, Location.of(name), name,
          what + ", " + sizeText + ", " + kind.description() + ": " + blockReason + orphanNote,
          attrs));
      return;
    }
    if (kind == PartKind.PDF && !orphan && blockReason == null && shownAsPicture.test(name)) {
      out.fact(new Fact(FactKind.UNINSPECTED_PART, Location.of(name), name,
          what + ", " + sizeText + ": a picture kept as a PDF document (Office for Mac stores"
              + " vector pictures this way); it is scanned as an embedded document", attrs));
    } else if (kind.isDocument()) {
      attrs.put("block", "true");
      out.fact(new Fact(FactKind.UNINSPECTED_PART, Location.of(name), name,
          what + ", " + sizeText + ", holds a " + kind.description()
              + " — a document hidden inside the package; it is scanned as an embedded document"
              + orphanNote, attrs));
    }
    if (kind.isDocument()) {
      try (InputStream in = opener.open()) {
        context.embedded(name, in);
      }
      return;
    }
    if (looksLikePicture(name, contentType)) {
      attrs.put("block", "true");
      out.fact(new Fact(FactKind.UNINSPECTED_PART, Location.of(name), name,
          what + ", " + sizeText + ": named or typed as a picture, but its bytes are "
              + kind.description() + ", not a picture" + orphanNote, attrs));
      return;
    }
    out.fact(new Fact(FactKind.UNINSPECTED_PART, Location.of(name), name,
        what + ", " + sizeText + ", " + kind.description() + orphanNote, attrs));
  }

  /**
   * A picture's metadata (author, software, GPS) read by the image reader, located at the part:
   * its pixels are still not looked at, which the package's one pictures fact says, as it says
   * which pictures' metadata could not be read (never passed over in silence).
   */
  private void readMetadata(String name, byte[] head, int n, Opener opener) throws IOException {
    Optional<PictureFormat> format = PictureFormat.sniff(head, n);
    if (format.isEmpty()) {
      return; // EMF, WMF, SVG …: no metadata reader; listed with the others
    }
    try (InputStream in = new BufferedInputStream(opener.open())) {
      ImageMetadata.read(format.get(), in, context, out, name);
      metadataRead++;
    } catch (ExtractionException e) {
      metadataFailed.add(name);
    }
  }

  /** Emits the one fact listing the package's pictures, if it has any. */
  public void finish() {
    if (pictures.isEmpty()) {
      return;
    }
    List<String> shown = pictures.subList(0, Math.min(LISTED_PICTURES, pictures.size()));
    String list = String.join(", ", shown)
        + (pictures.size() > shown.size() ? " and " + (pictures.size() - shown.size()) + " more" : "");
    Map<String, String> attrs = new LinkedHashMap<>();
    attrs.put("pictures", "true");
    attrs.put("count", Integer.toString(pictures.size()));
    attrs.put("bytes", Long.toString(pictureBytes));
    attrs.put("kind", "picture");
    attrs.put("orphans", Integer.toString(orphanPictures));
    String orphans = orphanPictures == 0 ? ""
        : orphanPictures == pictures.size() && orphanPictures == 1
            ? " (shown nowhere: no relationship of the package reaches it)"
            : " (" + orphanPictures + " of them shown nowhere: no relationship of the package"
                + " reaches them)";
    out.fact(new Fact(FactKind.UNINSPECTED_PART, Location.of(pictures.get(0)),
        pictures.size() == 1 ? "1 picture" : pictures.size() + " pictures",
        String.format(Locale.ROOT, "%s, %,d bytes in all: %s%s — %s; the pictures themselves are"
            + " not looked at (no text recognition), so text or faces in them were not checked",
            pictures.size() == 1 ? "1 picture" : pictures.size() + " pictures", pictureBytes, list,
            orphans, metadataNote()),
        attrs));
  }

  /** What was read of the pictures: their metadata, all, some or none, and what failed. */
  private String metadataNote() {
    int total = pictures.size();
    int noReader = total - metadataRead - metadataFailed.size();
    List<String> parts = new ArrayList<>();
    if (metadataRead == total) {
      return total == 1 ? "its metadata was read" : "their metadata was read";
    }
    if (metadataRead > 0) {
      parts.add("the metadata of " + metadataRead + " of them was read");
    }
    if (!metadataFailed.isEmpty()) {
      List<String> named = metadataFailed.subList(0, Math.min(3, metadataFailed.size()));
      parts.add((total == 1 ? "its metadata" : "the metadata of " + String.join(", ", named)
          + (metadataFailed.size() > named.size()
              ? " and " + (metadataFailed.size() - named.size()) + " more" : ""))
          + " could not be read (damaged picture data)");
    }
    if (noReader > 0) {
      parts.add(total == 1 ? "its format has no metadata foilint reads"
          : noReader == total ? "their formats have no metadata foilint reads"
          : noReader + " are of formats with no metadata foilint reads");
    }
    return String.join("; ", parts);
  }

  private static boolean looksLikePicture(String name, String contentType) {
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    String lower = name.toLowerCase(Locale.ROOT);
    return type.startsWith("image/")
        || lower.contains("/media/") || lower.startsWith("media/") || lower.startsWith("pictures/")
        || lower.matches(".*\\.(png|jpe?g|gif|bmp|tiff?|emf|wmf|svg|webp|ico|svm)$");
  }

  /** Counts without keeping: the size of a part whose zip entry may not say. */
  private static final class OutputSink extends java.io.OutputStream {
    static final OutputSink INSTANCE = new OutputSink();

    @Override
    public void write(int b) {}

    @Override
    public void write(byte[] b, int off, int len) {}
  }
}
