package io.foilint.extract.xlsx;

import io.foilint.extract.ExtractionException;
import io.foilint.model.ContentHandler;
import io.foilint.model.Fact;
import io.foilint.model.FactKind;
import io.foilint.model.Location;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.openxml4j.opc.PackagePart;

/**
 * The visible side of pivots: pivot table parts (which cache each one summarises, where it sits)
 * and slicer/timeline caches (the filter buttons' view of a cache or table).
 */
final class XlsxPivotTableReader {

  static final String PIVOT_TABLE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml";
  static final String SLICER_CACHE = "application/vnd.ms-excel.slicerCache+xml";
  static final String TIMELINE_CACHE = "application/vnd.ms-excel.timelineCache+xml";
  /** The slicer and timeline controls themselves: captions and sizes only. */
  static final String SLICER = "application/vnd.ms-excel.slicer+xml";

  static final String TIMELINE = "application/vnd.ms-excel.timeline+xml";

  private final XlsxPackageParts parts;
  private final ContentHandler out;

  XlsxPivotTableReader(XlsxPackageParts parts, ContentHandler out) {
    this.parts = parts;
    this.out = out;
  }

  void readAll() throws ExtractionException {
    for (PackagePart part : parts.withContentType(PIVOT_TABLE)) {
      readPivotTable(part);
    }
    for (PackagePart part : parts.withContentType(SLICER_CACHE)) {
      readCache(part, "slicer");
    }
    for (PackagePart part : parts.withContentType(TIMELINE_CACHE)) {
      readCache(part, "timeline");
    }
    for (PackagePart part : parts.withContentType(SLICER)) {
      parts.handled(XlsxPartsReader.nameOf(part));
    }
    for (PackagePart part : parts.withContentType(TIMELINE)) {
      parts.handled(XlsxPartsReader.nameOf(part));
    }
  }

  private void readPivotTable(PackagePart part) throws ExtractionException {
    String name = XlsxPartsReader.nameOf(part);
    parts.handled(name);
    String tableName = "";
    String cacheId = "";
    String location = "";
    try (XlsxXmlReader xml = XlsxXmlReader.open(part)) {
      while (xml.nextStart()) {
        if (xml.isStart("pivotTableDefinition")) {
          tableName = xml.attr("name");
          cacheId = xml.attr("cacheId");
        } else if (xml.isStart("location")) {
          location = xml.attr("ref");
          break;
        }
      }
    }
    Map<String, String> attrs = new LinkedHashMap<>();
    attrs.put("cache", cacheId);
    attrs.put("sheet", parts.sheetOf(name));
    attrs.put("location", location);
    parts.linksFrom(name, "/pivotCacheDefinition").stream()
        .findFirst()
        .ifPresent(l -> attrs.put("cachePart", l.target()));
    out.fact(new Fact(FactKind.PIVOT_TABLE, Location.of(name), tableName, cacheId, attrs));
  }

  private void readCache(PackagePart part, String type) throws ExtractionException {
    String name = XlsxPartsReader.nameOf(part);
    parts.handled(name);
    Map<String, String> attrs = new LinkedHashMap<>();
    attrs.put("type", type);
    String cacheName = "";
    try (XlsxXmlReader xml = XlsxXmlReader.open(part)) {
      if (xml.nextStart()) {
        cacheName = xml.attr("name");
        attrs.put("sourceName", xml.attr("sourceName"));
      }
      while (xml.nextStart()) {
        if (xml.isStart("tabular")) {
          attrs.put("pivotCacheId", xml.attr("pivotCacheId"));
        } else if (xml.isStart("tableSlicerCache")) {
          attrs.put("tableId", xml.attr("tableId"));
          attrs.put("column", xml.attr("column"));
        }
      }
    }
    out.fact(new Fact(FactKind.SLICER_CACHE, Location.of(name), name, cacheName, attrs));
  }
}
