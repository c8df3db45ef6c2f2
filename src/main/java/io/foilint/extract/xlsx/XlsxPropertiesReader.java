package io.foilint.extract.xlsx;

import io.foilint.extract.ExtractionException;
import io.foilint.extract.PropertyValues;
import io.foilint.model.ContentHandler;
import io.foilint.model.Fact;
import io.foilint.model.FactKind;
import io.foilint.model.Location;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.internal.PackagePropertiesPart;

/**
 * Document properties: core (creator, lastModifiedBy, title, dates ...), extended (Company,
 * Manager, TitlesOfParts — which lists hidden sheet names too — HyperlinkBase ...), custom
 * ({@code custom:<name>}), and the thumbnail picture. One fact per non-empty property; vectors
 * are joined with "|".
 */
public final class XlsxPropertiesReader {

  static final String CORE = "application/vnd.openxmlformats-package.core-properties+xml";
  static final String APP = "application/vnd.openxmlformats-officedocument.extended-properties+xml";
  static final String CUSTOM = "application/vnd.openxmlformats-officedocument.custom-properties+xml";

  /** Binary blobs (signatures) that are not readable properties. */
  private static final Set<String> SKIPPED = Set.of("DigSig");

  private final XlsxPackageParts parts;
  private final ContentHandler out;

  public XlsxPropertiesReader(XlsxPackageParts parts, ContentHandler out) {
    this.parts = parts;
    this.out = out;
  }

  public void readAll() throws ExtractionException {
    for (PackagePart part : parts.withContentType(CORE)) {
      if (part instanceof PackagePropertiesPart props) {
        readCore(props);
      } else {
        readFlat(part, "");
      }
    }
    for (PackagePart part : parts.withContentType(APP)) {
      readFlat(part, "");
    }
    for (PackagePart part : parts.withContentType(CUSTOM)) {
      readCustom(part);
    }
    for (XlsxPackageParts.Link link : parts.linksFrom("", "/thumbnail")) {
      PackagePart part = parts.part(link.target()).orElse(null);
      if (part != null) {
        String name = XlsxPartsReader.nameOf(part);
        parts.handled(name);
        out.fact(new Fact(FactKind.THUMBNAIL, Location.of(name), name, part.getContentType(),
            Map.of("bytes", String.valueOf(XlsxPackageParts.sizeOf(part)))));
      }
    }
  }

  /**
   * POI has already parsed (hardened) the core properties and refuses to hand out their raw
   * stream, so they are taken from its getters.
   */
  private void readCore(PackagePropertiesPart props) {
    String name = XlsxPartsReader.nameOf(props);
    parts.handled(name);
    emit(name, "title", props.getTitleProperty());
    emit(name, "subject", props.getSubjectProperty());
    emit(name, "creator", props.getCreatorProperty());
    emit(name, "keywords", props.getKeywordsProperty());
    emit(name, "description", props.getDescriptionProperty());
    emit(name, "lastModifiedBy", props.getLastModifiedByProperty());
    emit(name, "revision", props.getRevisionProperty());
    emit(name, "category", props.getCategoryProperty());
    emit(name, "contentStatus", props.getContentStatusProperty());
    emit(name, "contentType", props.getContentTypeProperty());
    emit(name, "identifier", props.getIdentifierProperty());
    emit(name, "language", props.getLanguageProperty());
    emit(name, "version", props.getVersionProperty());
    emit(name, "created", props.getCreatedProperty().map(XlsxPropertiesReader::iso));
    emit(name, "modified", props.getModifiedProperty().map(XlsxPropertiesReader::iso));
    emit(name, "lastPrinted", props.getLastPrintedProperty().map(XlsxPropertiesReader::iso));
  }

  private void emit(String partName, String property, Optional<String> value) {
    value.ifPresent(v -> emit(partName, property, v));
  }

  private static String iso(Date date) {
    return date.toInstant().toString();
  }

  /** Core and extended properties: each child of the root is one property. */
  private void readFlat(PackagePart part, String prefix) throws ExtractionException {
    String name = XlsxPartsReader.nameOf(part);
    parts.handled(name);
    try (XlsxXmlReader xml = XlsxXmlReader.open(part)) {
      if (!xml.nextStart()) {
        return;
      }
      while (xml.next()) {
        if (xml.isStart()) {
          String property = xml.local();
          if (SKIPPED.contains(property)) {
            xml.skipElement();
            continue;
          }
          emit(name, prefix + property, leafTexts(xml));
        }
      }
    }
  }

  private void readCustom(PackagePart part) throws ExtractionException {
    String name = XlsxPartsReader.nameOf(part);
    parts.handled(name);
    try (XlsxXmlReader xml = XlsxXmlReader.open(part)) {
      while (xml.nextStart()) {
        if (xml.isStart("property")) {
          String property = xml.attr("name");
          emit(name, "custom:" + property, customValue(property, xml));
        }
      }
    }
  }

  private void emit(String partName, String property, String value) {
    if (!value.isBlank()) {
      out.fact(new Fact(FactKind.DOCUMENT_PROPERTY, Location.of(partName), property, value.strip()));
    }
  }

  /**
   * A custom property's value, the reader inside its {@code property} element: a {@code vt:blob}
   * (base64) is rendered by {@link PropertyValues#blob} (Office's hyperlink list decoded, other
   * blobs by their size), any other value as its text.
   */
  private static String customValue(String property, XlsxXmlReader xml) throws ExtractionException {
    while (xml.next()) {
      if (xml.isEnd()) {
        return "";
      }
      if (xml.isStart()) {
        break;
      }
    }
    if (!xml.isStart()) {
      return "";
    }
    if (!xml.local().equals("blob")) {
      return leafTexts(xml, 2);
    }
    String base64 = xml.elementText().replaceAll("\\s", "");
    xml.skipElement();
    try {
      return PropertyValues.blob(property, Base64.getDecoder().decode(base64));
    } catch (IllegalArgumentException notBase64) {
      return "binary value (not readable)";
    }
  }

  /** The text of each innermost element below the current one, joined with "|". */
  private static String leafTexts(XlsxXmlReader xml) throws ExtractionException {
    return leafTexts(xml, 1);
  }

  /** {@link #leafTexts(XlsxXmlReader)} from {@code depth} levels inside (2: on a child's start). */
  private static String leafTexts(XlsxXmlReader xml, int depth) throws ExtractionException {
    List<String> leaves = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean leaf = true;
    while (depth > 0 && xml.next()) {
      if (xml.isStart()) {
        depth++;
        current.setLength(0);
        leaf = true;
      } else if (xml.isEnd()) {
        if (leaf && current.length() > 0) {
          leaves.add(current.toString().strip());
        }
        current.setLength(0);
        leaf = false;
        depth--;
      } else if (xml.isText()) {
        current.append(xml.text());
      }
    }
    return String.join("|", leaves.stream().filter(s -> !s.isEmpty()).toList());
  }
}
