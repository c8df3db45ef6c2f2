package io.foilint.extract.ole;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.ExtractionException;
import io.foilint.extract.ExtractionException.Reason;
import io.foilint.extract.Extractor;
import io.foilint.model.ContentHandler;
import io.foilint.model.Fact;
import io.foilint.model.FactKind;
import io.foilint.model.Location;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Reads an OLE object storage (what an xlsx keeps as {@code xl/embeddings/oleObject1.bin}): the
 * document it wraps is handed to the engine under its own name; an object that wraps nothing
 * foilint can read (an equation, another program's chart) is reported as not inspected.
 */
public final class OleObjectExtractor implements Extractor {

  @Override
  public void extract(Path file, ExtractionContext context, ContentHandler out)
      throws IOException, ExtractionException {
    OleObjectPayload payload;
    try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
      payload = OleObjectPayload.of(fs.getRoot());
    } catch (RuntimeException e) {
      throw new ExtractionException(Reason.CORRUPT, "The embedded OLE object is damaged and cannot be read", e);
    }
    if (payload.damaged()) {
      throw new ExtractionException(Reason.CORRUPT,
          "The embedded OLE package is damaged: the file it wraps cannot be unpacked");
    }
    if (payload.bytes() == null) {
      out.fact(new Fact(FactKind.UNINSPECTED_PART, Location.of(""), payload.type(),
          payload.type() + ": an embedded object whose content foilint cannot read",
          Map.of("kind", "ole2")));
      return;
    }
    String name = payload.fileName() != null ? payload.fileName() : payload.type();
    context.embedded(name, new ByteArrayInputStream(payload.bytes()));
  }
}
