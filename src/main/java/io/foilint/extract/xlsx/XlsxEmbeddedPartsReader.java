package io.foilint.extract.xlsx;

import io.foilint.extract.ExtractionContext;
import io.foilint.extract.ExtractionException;
import io.foilint.extract.MediaTypeWords;
import io.foilint.extract.ExtractionException.Reason;
import io.foilint.model.ContentHandler;
import io.foilint.model.Fact;
import io.foilint.model.FactKind;
import io.foilint.model.Location;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.poifs.macros.VBAMacroReader;

/**
 * Binary parts: the VBA project, ActiveX controls, the Power Pivot data model and embedded
 * documents (OLE objects, packaged workbooks, the workbook behind a chart). Embedded documents
 * are handed to the engine to be scanned in turn; the engine decides whether it can read them.
 */
public final class XlsxEmbeddedPartsReader {

  static final String VBA = "application/vnd.ms-office.vbaProject";
  static final String ACTIVEX_XML = "application/vnd.ms-office.activeX+xml";
  static final String ACTIVEX_BIN = "application/vnd.ms-office.activeX";

  private final XlsxPackageParts parts;
  private final ExtractionContext context;
  private final ContentHandler out;

  public XlsxEmbeddedPartsReader(XlsxPackageParts parts, ExtractionContext context, ContentHandler out) {
    this.parts = parts;
    this.context = context;
    this.out = out;
  }

  public void readAll() throws IOException, ExtractionException {
    for (PackagePart part : parts.all()) {
      String name = XlsxPartsReader.nameOf(part);
      String type = part.getContentType();
      if (type.equalsIgnoreCase(VBA)) {
        readVba(part, name);
      } else if (type.toLowerCase().startsWith("application/vnd.ms-office.vbaprojectsignature")) {
        parts.handled(name); // a signature over the project: no content of its own
      } else if (type.equalsIgnoreCase(ACTIVEX_XML) || type.equalsIgnoreCase(ACTIVEX_BIN)) {
        parts.handled(name);
        out.fact(new Fact(FactKind.EMBEDDED_OBJECT, Location.of(name), name,
            MediaTypeWords.of(type, "ActiveX control"),
            Map.of("bytes", String.valueOf(XlsxPackageParts.sizeOf(part)), "scanned", "false",
                "kind", "activeX")));
      } else if (name.startsWith("xl/model/")) {
        parts.handled(name);
        out.fact(new Fact(FactKind.DATA_MODEL, Location.of(name), name, type,
            Map.of("bytes", String.valueOf(XlsxPackageParts.sizeOf(part)))));
      } else if (isEmbedding(name)) {
        readEmbedding(part, name, type);
      }
    }
  }

  private boolean isEmbedding(String name) {
    return name.startsWith("xl/embeddings/")
        || parts.linksTo(name).stream()
            .anyMatch(l -> l.typeEndsWith("/oleObject") || l.typeEndsWith("/package"));
  }

  private void readVba(PackagePart part, String name) throws ExtractionException {
    parts.handled(name);
    Map<String, String> attrs = new LinkedHashMap<>();
    attrs.put("bytes", String.valueOf(XlsxPackageParts.sizeOf(part)));
    try (InputStream in = part.getInputStream();
        VBAMacroReader reader = new VBAMacroReader(in)) {
      attrs.put("modules", String.join("|", reader.readMacros().keySet()));
    } catch (IOException | RuntimeException e) {
      // The project is reported either way; only its module list is unknown.
      attrs.put("modules", "");
      attrs.put("unreadable", "true");
    }
    out.fact(new Fact(FactKind.VBA_PROJECT, Location.of(name), name, part.getContentType(), attrs));
  }

  private void readEmbedding(PackagePart part, String name, String type)
      throws IOException, ExtractionException {
    parts.handled(name);
    Map<String, String> attrs = new LinkedHashMap<>();
    attrs.put("bytes", String.valueOf(XlsxPackageParts.sizeOf(part)));
    attrs.put("scanned", "true");
    attrs.put("sheet", parts.sheetOf(name));
    out.fact(new Fact(FactKind.EMBEDDED_OBJECT, Location.of(name), name,
        MediaTypeWords.of(type, "embedded object"), attrs));
    InputStream in;
    try {
      in = part.getInputStream();
    } catch (IOException | RuntimeException e) {
      throw new ExtractionException(
          Reason.CORRUPT, "The embedded part " + name + " of this workbook could not be opened.", e);
    }
    try (in) {
      context.embedded(name, in);
    }
  }
}
