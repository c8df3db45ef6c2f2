package io.foilint.extract.tika;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.ExtractionException;
import io.foilint.extract.ExtractionException.Reason;
import io.foilint.extract.Extractor;
import io.foilint.model.ContentHandler;
import io.foilint.model.Fact;
import io.foilint.model.FactKind;
import io.foilint.model.Location;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A picture given on its own (a photo in a bundle, attached to an e-mail or to a PDF): its
 * metadata read by {@link ImageMetadata}; and, since foilint does not look at pixels, one fact
 * saying the picture itself was not checked — the same words a package's pictures get, so a photo
 * of a whiteboard is never an empty PASS. Pictures over {@link #MAX_BYTES} are refused rather
 * than read in part.
 */
public final class ImageExtractor implements Extractor {

  static final long MAX_BYTES = 256L * 1024 * 1024;

  /** Where a picture given on its own keeps its metadata, for locations. */
  static final String PLACE = "picture metadata";

  @Override
  public void extract(Path file, ExtractionContext context, ContentHandler out)
      throws IOException, ExtractionException {
    TikaText.refuseOver(file, MAX_BYTES, "picture", "pictures");
    long size = Files.size(file);
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(64);
    }
    PictureFormat format = PictureFormat.sniff(head, head.length).orElseThrow(() ->
        new ExtractionException(Reason.UNSUPPORTED, "The file is not a picture foilint can read"));
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      ImageMetadata.read(format, in, context, out, PLACE);
    }
    Map<String, String> attrs = new LinkedHashMap<>();
    attrs.put("pictures", "true");
    attrs.put("count", "1");
    attrs.put("bytes", Long.toString(size));
    attrs.put("kind", "picture");
    attrs.put("orphans", "0");
    out.fact(new Fact(FactKind.UNINSPECTED_PART, Location.of("picture"), "1 picture",
        String.format(Locale.ROOT, "a %s picture, %,d bytes: its metadata was read, but the"
            + " picture itself is not looked at (no text recognition), so text or faces in it"
            + " were not checked", format.label(), size),
        attrs));
  }
}
